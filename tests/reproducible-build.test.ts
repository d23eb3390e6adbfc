/**
 * The same sources built twice, in two scratch folders, give byte-identical sites: anyone can rebuild a
 * deployed commit and check it, and a change in `dist/` always comes from a change in the sources.
 * Built like the deploy (base path and site URL set), in copies, so the e2e build in `dist/` is untouched.
 */
import { afterAll, expect, test } from 'vitest';
import { buildSite, makeScratchSite, removeScratchSites, snapshot } from '../test-support/scratch-site.ts';
import { sharedSetup } from '../test-support/setup.ts';

const DEPLOY = { BASE_PATH: '/aws-ec2-notes', SITE_URL: 'https://example.github.io' };

const builds = sharedSetup(async () => {
	const dirs = [await makeScratchSite(), await makeScratchSite()] as const;
	const results = await Promise.all(dirs.map((dir) => buildSite(dir, DEPLOY)));
	for (const build of results) {
		if (!build.ok) throw new Error(`a scratch site did not build:\n${build.stdout}\n${build.stderr}`);
	}
	const [first, second] = await Promise.all([snapshot(dirs[0], 'dist'), snapshot(dirs[1], 'dist')]);
	return { first, second };
}, 300_000);

afterAll(removeScratchSites);

test('both builds hold the whole site: pages, bundles, search index', () => {
	const files = [...builds().first.keys()];
	expect(files).toEqual(
		expect.arrayContaining(['dist/index.html', 'dist/placement-groups/index.html', 'dist/pagefind/pagefind.js']),
	);
	expect(files.some((file) => file.startsWith('dist/_astro/') && file.endsWith('.js'))).toBe(true);
	expect(files.some((file) => file.startsWith('dist/pagefind/fragment/'))).toBe(true);
});

test('two builds of the same sources write the same files, byte for byte', () => {
	const { first, second } = builds();
	expect([...second.keys()].sort()).toEqual([...first.keys()].sort());
	const differing = [...first].filter(([file, hash]) => second.get(file) !== hash).map(([file]) => file);
	expect(differing).toEqual([]);
});
