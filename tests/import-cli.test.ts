/**
 * `npm run import` against scratch copies of the site: what it writes, and that it writes nothing at all
 * when it should not (dry runs, existing pages, malformed exports, failed downloads).
 */
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { PNG, startImageServer, type ImageServer } from '../test-support/image-server.ts';
import { sharedSetup } from '../test-support/setup.ts';
import { makeScratchSite, removeScratchSites, ROOT, runImport, snapshot } from '../test-support/scratch-site.ts';

const FIXTURE = join(ROOT, 'tests/fixtures/hashnode/s3-basics.md');
const PAGE = 'src/content/docs/s3-basics.mdx';
const SIDEBAR = 'src/lib/site/sidebar.json';
const ORIGINAL = 'notes/s3-basics.md';
const TIMEOUT = { timeout: 60_000 };

const images = sharedSetup<ImageServer>(startImageServer, 10_000);
afterAll(async () => {
	await removeScratchSites();
	await images().close();
});

/** Writes an export next to the copy's sources (outside src/, so snapshots only see what the importer wrote). */
async function exportFile(dir: string, name: string, text: string): Promise<string> {
	const path = join(dir, name);
	await writeFile(path, text);
	return path;
}

describe.concurrent('npm run import', () => {
	test('writes the page and adds it to the sidebar group named by --section', TIMEOUT, async () => {
		const dir = await makeScratchSite();
		const result = await runImport(dir, [FIXTURE, '--section', 'S3']);
		expect(result.code, result.stderr).toBe(0);
		const page = await readFile(join(dir, PAGE), 'utf8');
		expect(page).toMatch(/^---\ntitle: "Amazon S3 기초"\n/);
		expect(page).not.toMatch(/^slug:/m);
		expect(page).not.toContain('cdn.hashnode.com');
		expect(JSON.parse(await readFile(join(dir, SIDEBAR), 'utf8')).at(-1)).toEqual({
			label: 'S3',
			slugs: ['s3-basics'],
		});
		// The export itself is kept beside the site, byte for byte, for the fidelity checks.
		expect(await readFile(join(dir, ORIGINAL))).toEqual(await readFile(FIXTURE));
		expect(result.stdout).toContain('작성자가 넣어야 할 이미지 1개');
		expect(result.stdout).toContain(
			'src/assets/s3-basics/image-1.png ← https://cdn.hashnode.com/res/hashnode/image/upload/v1751879700000/3f6a2c1e-s3-create-bucket.png',
		);
	});

	test('writes the sidebar data formatted like the repository (Prettier)', TIMEOUT, async () => {
		const dir = await makeScratchSite();
		await runImport(dir, [FIXTURE]);
		const sidebar = await readFile(join(dir, SIDEBAR), 'utf8');
		expect(sidebar).toContain('\t\t\t"lifecycle",\n\t\t\t"s3-basics"\n');
	});

	test('--dry-run prints the page and the sidebar change and writes nothing', TIMEOUT, async () => {
		const dir = await makeScratchSite();
		const before = await snapshot(dir);
		const result = await runImport(dir, [FIXTURE, '--dry-run', '--section', 'S3']);
		expect(result.code, result.stderr).toBe(0);
		expect(result.stdout).toContain(`=== ${PAGE}\n---\ntitle: "Amazon S3 기초"`);
		expect(result.stdout).toContain('<caption>스토리지 클래스</caption>');
		expect(result.stdout).toContain(`=== ${SIDEBAR}`);
		expect(result.stdout).toContain(`=== ${ORIGINAL}`);
		expect(result.stdout).toContain('아무것도 쓰지 않았습니다');
		expect(await snapshot(dir)).toEqual(before);
		expect(existsSync(join(dir, ORIGINAL))).toBe(false);
	});

	test('refuses to overwrite an existing page without --force, and overwrites with it', TIMEOUT, async () => {
		const dir = await makeScratchSite();
		await writeFile(join(dir, PAGE), '---\ntitle: 손으로 쓴 페이지\n---\n\n본문\n');
		const before = await snapshot(dir);
		const refused = await runImport(dir, [FIXTURE]);
		expect(refused.code).toBe(1);
		expect(refused.stderr).toContain(`${PAGE}이(가) 이미 있습니다: 덮어쓰려면 --force를 붙이세요`);
		expect(await snapshot(dir)).toEqual(before);
		expect(existsSync(join(dir, ORIGINAL))).toBe(false);

		const forced = await runImport(dir, [FIXTURE, '--force']);
		expect(forced.code, forced.stderr).toBe(0);
		expect(await readFile(join(dir, PAGE), 'utf8')).toContain('title: "Amazon S3 기초"');
	});

	test.each([
		['no front matter', '## S3\n\n문장\n', 'front matter가 없습니다'],
		['no title', '---\nslug: s3-basics\n---\n\n문장\n', 'title이 없습니다'],
		[
			'an unparseable date',
			'---\ntitle: S3\ndatePublished: 어제 오후\n---\n\n문장\n',
			'datePublished "어제 오후" is not a date',
		],
		[
			'a highlight left open',
			'---\ntitle: S3\n---\n\n<mark>열린 강조\n\n다음\n',
			'5번째 줄: <mark>이 같은 문단 안에서',
		],
	])(
		'an export with %s fails, names the file and the problem, and writes nothing',
		TIMEOUT,
		async (_, text, problem) => {
			const dir = await makeScratchSite();
			const file = await exportFile(dir, 'broken-note.md', text);
			const before = await snapshot(dir);
			const result = await runImport(dir, [file]);
			expect(result.code).toBe(1);
			expect(result.stderr).toContain(`가져오기 실패: ${file}: `);
			expect(result.stderr).toContain(problem);
			expect(result.stderr).toContain('아무것도 쓰지 않았습니다');
			expect(await snapshot(dir)).toEqual(before);
		},
	);

	test.each([
		['a missing export', 'exports/없는-노트.md', '파일이 없습니다'],
		['a folder', 'src', '파일이 아니라 폴더입니다'],
	])('%s fails, naming the path, and writes nothing', TIMEOUT, async (_, path, problem) => {
		const dir = await makeScratchSite();
		const before = await snapshot(dir);
		const result = await runImport(dir, [path]);
		expect(result.code).toBe(1);
		expect(result.stderr).toContain(`가져오기 실패: ${path}: ${problem}`);
		expect(await snapshot(dir)).toEqual(before);
	});

	test.each([
		[['--force'], '가져올 파일을 하나 주세요'],
		[['a.md', '--section'], '--section 뒤에 사이드바 그룹 이름이 필요합니다'],
		[['a.md', '--yes'], '알 수 없는 옵션입니다: --yes'],
	])('%j is a usage error (exit 2) that shows the usage', TIMEOUT, async (args, message) => {
		const result = await runImport(await makeScratchSite(), args);
		expect(result.code).toBe(2);
		expect(result.stderr).toContain(message);
		expect(result.stderr).toContain('사용법: npm run import -- <Hashnode 내보내기.md>');
	});

	test('--fetch-images downloads into src/assets/<slug>/ and links the local copy', TIMEOUT, async () => {
		const dir = await makeScratchSite();
		const fixture = await readFile(FIXTURE, 'utf8');
		const remote = `${images().origin}/res/create-bucket.png`;
		const file = await exportFile(dir, 's3.md', fixture.replace(/https:\/\/cdn\.hashnode\.com\/\S+?\.png/, remote));
		const result = await runImport(dir, [file, '--fetch-images']);
		expect(result.code, result.stderr).toBe(0);
		expect(await readFile(join(dir, 'src/assets/s3-basics/image-1.png'))).toEqual(PNG);
		const page = await readFile(join(dir, PAGE), 'utf8');
		expect(page).toContain(
			'![스크린샷: S3 콘솔의 버킷 만들기 화면에서 버킷 이름을 입력한다](../../assets/s3-basics/image-1.png)',
		);
		expect(page).not.toContain(images().origin);
		expect(result.stdout).toContain(`내려받은 이미지 1개`);
	});

	test.each([
		['a 404', '/res/gone.png?missing', 'HTTP 404'],
		['an HTML page', '/page.html', '이미지가 아닌 응답입니다(Content-Type: text/html)'],
	])('--fetch-images that gets %s fails and writes nothing', TIMEOUT, async (_, path, problem) => {
		const dir = await makeScratchSite();
		const fixture = await readFile(FIXTURE, 'utf8');
		const file = await exportFile(
			dir,
			's3.md',
			fixture.replace(/https:\/\/cdn\.hashnode\.com\/\S+?\.png/, `${images().origin}${path}`),
		);
		const before = await snapshot(dir);
		const result = await runImport(dir, [file, '--fetch-images']);
		expect(result.code).toBe(1);
		expect(result.stderr).toContain(problem);
		expect(await snapshot(dir)).toEqual(before);
	});
});
