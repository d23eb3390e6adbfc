/**
 * Imports into a scratch copy of the site, builds it, and checks the result the way a reader meets it:
 * the S3 fixture as a page with its highlights, in the sidebar and in the search index; every original in
 * notes/ (the EC2 export among them) as a page that passes the same fidelity check as the hand-made EC2 pages;
 * a fetched image served by the site.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import { afterAll, describe, expect, test } from 'vitest';
import { readOriginals } from '../test-support/note.ts';
import { checkFidelity, noteText, type RenderedPage } from '../scripts/import/fidelity.ts';
import { startImageServer } from '../test-support/image-server.ts';
import { searchSite } from '../test-support/pagefind.ts';
import { sharedSetup } from '../test-support/setup.ts';
import { buildSite, makeScratchSite, removeScratchSites, ROOT, runImport } from '../test-support/scratch-site.ts';

const FIXTURE = join(ROOT, 'tests/fixtures/hashnode/s3-basics.md');

interface Built {
	dist: string;
	fixtureText: string;
	pages: Map<string, Root>;
}

// Every original in notes/ is imported too, so each is proven on the page the importer makes from it.
const originals = readOriginals();

const built = sharedSetup(async (): Promise<Built> => {
	const dir = await makeScratchSite();
	const images = await startImageServer();
	let fixtureText: string;
	try {
		fixtureText = await readFile(FIXTURE, 'utf8');
		// The same note again under another slug, with its image on a local server, to build a fetched image.
		const fetched = join(dir, 's3-images.md');
		await writeFile(
			fetched,
			fixtureText
				.replace('slug: s3-basics', 'slug: s3-images')
				.replace(/https:\/\/cdn\.hashnode\.com\/\S+?\.png/, `${images.origin}/create-bucket.png`),
		);
		const imports = [
			[FIXTURE, '--section', 'S3'],
			// --force: an original's page may be in the site already (the copy starts from the repository).
			...originals.map(({ path }) => [path, '--force']),
			[fetched, '--section', 'S3', '--fetch-images'],
		];
		for (const args of imports) {
			const result = await runImport(dir, args);
			if (!result.ok) throw new Error(`import ${args.join(' ')} failed:\n${result.stderr}`);
		}
	} finally {
		await images.close();
	}
	const build = await buildSite(dir);
	if (!build.ok) throw new Error(`the scratch site did not build:\n${build.stdout}\n${build.stderr}`);
	const dist = join(dir, 'dist');
	const pages = new Map<string, Root>();
	for (const slug of ['s3-basics', 's3-images', ...originals.map((original) => original.slug)]) {
		pages.set(slug, fromHtml(await readFile(join(dist, slug, 'index.html'), 'utf8')));
	}
	return { dist, fixtureText, pages };
}, 300_000);

/** A built page's `<main>` as the fidelity check reads it: visible text, and the text of each `<mark>`. */
function rendered(slug: string): RenderedPage {
	const main = select('main', built().pages.get(slug) ?? fromHtml(''));
	if (!main) throw new Error(`dist/${slug}/index.html has no <main>`);
	return { url: `/${slug}/`, text: toText(main), marks: selectAll('mark', main).map((mark) => toText(mark)) };
}

afterAll(removeScratchSites);

describe('the imported S3 fixture', () => {
	test('is a built page with every piece of the note, its highlights and its table', () => {
		const fixture = noteText(built().fixtureText);
		const page = rendered('s3-basics');
		expect(checkFidelity(fixture, [page])).toEqual({ missingPieces: [], missingMarks: [] });
		expect(page.marks).toEqual(fixture.marks);
		expect(page.text).toContain('https://<버킷 이름>.s3.<리전>.amazonaws.com/<키>');
		expect(page.text).toContain('{"Effect": "Allow", "Principal": "*", "Action": "s3:GetObject"}');
	});

	test('shows its table like the EC2 pages: a labelled scroll box, caption, column and row headers', () => {
		const main = select('main', built().pages.get('s3-basics')!)!;
		const box = select('section.table-scroll[aria-label="스토리지 클래스 표"]', main);
		expect(box).toBeDefined();
		expect(toText(select('table > caption', box!)!)).toBe('스토리지 클래스');
		expect(selectAll('thead th[scope="col"]', box!).map((th) => toText(th))).toEqual(['항목', '설명']);
		expect(selectAll('tbody th[scope="row"]', box!).map((th) => toText(th))).toEqual([
			'S3 Standard',
			'S3 Standard-IA',
			'S3 Intelligent-Tiering',
			'S3 Glacier Deep Archive',
		]);
	});

	test('is listed in the sidebar under the group named by --section', () => {
		const sidebar = select('nav[aria-label="메인"]', built().pages.get('s3-basics')!)!;
		const group = selectAll('details', sidebar).find((details) => toText(select('summary', details)!).trim() === 'S3');
		expect(group).toBeDefined();
		const current = select('a[aria-current="page"]', group!);
		expect(current?.properties['href']).toBe('/s3-basics/');
	});

	test('is found by the Pagefind search index', async () => {
		// A word only the S3 note (and its fetched-image copy) uses, inside one of its highlights.
		const hits = await searchSite(built().dist, '밀리초');
		expect(hits.map((hit) => hit.url).sort()).toEqual(['/s3-basics/', '/s3-images/']);
		const hit = hits.find(({ url }) => url === '/s3-basics/');
		expect(hit?.title).toBe('Amazon S3 기초');
		expect(hit?.excerpt).toContain('<mark>밀리초</mark> 단위로 액세스');
	});

	test('loads nothing from Hashnode', async () => {
		const html = await readFile(join(built().dist, 's3-basics/index.html'), 'utf8');
		expect(html).not.toContain('hashnode');
		expect(selectAll('main img', built().pages.get('s3-basics')!)).toEqual([]);
	});
});

describe.each(originals.map((original) => [original.file, original] as const))(
	'the imported original %s',
	(_, original) => {
		test('passes the fidelity check on its own page: every piece and highlight', () => {
			const note = noteText(original.text);
			expect(note.pieces.length).toBeGreaterThan(0);
			expect(checkFidelity(note, [rendered(original.slug)])).toEqual({ missingPieces: [], missingMarks: [] });
		});
	},
);

test('a fetched image is served by the site itself, with alt text from its caption', () => {
	const image = select('main img', built().pages.get('s3-images')!);
	expect(image?.properties['src']).toMatch(/^\/_astro\/image-1\.[\w-]+\.(?:png|webp)$/);
	expect(image?.properties['alt']).toBe('스크린샷: S3 콘솔의 버킷 만들기 화면에서 버킷 이름을 입력한다');
});
