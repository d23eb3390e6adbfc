/**
 * Builds a scratch copy of the site with one broken page and checks the build stops with a message
 * naming the file and the field, so an author can fix it without guessing.
 */
import { execFile } from 'node:child_process';
import { cp, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, test } from 'vitest';

const run = promisify(execFile);
const root = resolve(import.meta.dirname, '..');
const scratchDirs: string[] = [];

async function buildWithPage(fileName: string, source: string): Promise<{ ok: boolean; output: string }> {
	const dir = await mkdtemp(join(tmpdir(), 'ec2-notes-fixture-'));
	scratchDirs.push(dir);
	for (const entry of ['src', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json']) {
		await cp(join(root, entry), join(dir, entry), { recursive: true });
	}
	await symlink(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
	await writeFile(join(dir, 'src/content/docs', fileName), source);
	try {
		const { stdout, stderr } = await run(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build'], {
			cwd: dir,
			env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', BASE_PATH: '', SITE_URL: '' },
		});
		return { ok: true, output: stdout + stderr };
	} catch (error) {
		const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
		return { ok: false, output: stdout + stderr };
	}
}

afterAll(async () => {
	await Promise.all(scratchDirs.map((dir) => rm(dir, { recursive: true, force: true })));
});

describe.concurrent('a page with invalid front matter fails the build', () => {
	test.each([
		['missing-title.mdx', 'title', '---\ndescription: 제목이 없는 페이지\n---\n\n본문\n'],
		['bad-date.mdx', 'datePublished', '---\ntitle: 날짜가 틀린 페이지\ndatePublished: 지난주 수요일\n---\n\n본문\n'],
		['bad-tags.mdx', 'tags', '---\ntitle: 태그가 틀린 페이지\ntags: 42\n---\n\n본문\n'],
	])('%s is named together with the field %s', { timeout: 120_000 }, async (fileName, field, source) => {
		const { ok, output } = await buildWithPage(fileName, source);
		expect(ok).toBe(false);
		expect(output).toContain(`src/content/docs/${fileName}`);
		expect(output).toContain(field);
		if (process.env.SHOW_BUILD_ERRORS) console.log(output);
	});
});
