/**
 * Builds a scratch copy of the site with one broken page and checks the build stops with a message
 * naming the file and the field, so an author can fix it without guessing.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { buildSite, makeScratchSite, removeScratchSites } from '../test-support/scratch-site.ts';

async function buildWithPage(fileName: string, source: string): Promise<{ ok: boolean; output: string }> {
	const dir = await makeScratchSite();
	await writeFile(join(dir, 'src/content/docs', fileName), source);
	const { ok, stdout, stderr } = await buildSite(dir);
	return { ok, output: stdout + stderr };
}

afterAll(removeScratchSites);

describe.concurrent('a page with invalid front matter fails the build', () => {
	test.each([
		['missing-title.mdx', 'title', '---\ndescription: 제목이 없는 페이지\n---\n\n본문\n'],
		['bad-date.mdx', 'datePublished', '---\ntitle: 날짜가 틀린 페이지\ndatePublished: 지난주 수요일\n---\n\n본문\n'],
		['bad-tags.mdx', 'tags', '---\ntitle: 태그가 틀린 페이지\ntags: 42\n---\n\n본문\n'],
		['bad-aliases.mdx', 'aliases', '---\ntitle: 별칭이 틀린 페이지\naliases: [custom ami]\n---\n\n본문\n'],
	])('%s is named together with the field %s', { timeout: 120_000 }, async (fileName, field, source) => {
		const { ok, output } = await buildWithPage(fileName, source);
		expect(ok).toBe(false);
		expect(output).toContain(`src/content/docs/${fileName}`);
		expect(output).toContain(field);
		if (process.env.SHOW_BUILD_ERRORS) console.log(output);
	});
});
