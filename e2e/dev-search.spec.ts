/**
 * Search under `npm run dev` (src/integrations/dev-search/integration.ts): the dev server, started on its own port
 * in a scratch copy of the site under the deploy's base path, answers Korean queries through the real search
 * dialog like the production build, and picks up an edited note. Everything else in e2e/ tests the build.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { appendFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { makeScratchSite, removeScratchSites, ROOT } from '../test-support/scratch-site.ts';
import { SearchDialog } from '../test-support/search.ts';
import { BASE_PATH, SITE_ROOT } from '../test-support/site.ts';

/** Not the README's 4321 (a reader's own `npm run dev`), nor the e2e static server's port. */
const DEV_PORT = Number(process.env.DEV_SEARCH_PORT ?? 4361);
const DEV_ROOT = `http://127.0.0.1:${DEV_PORT}${BASE_PATH}/`;

async function waitForServer(server: ChildProcess, output: () => string): Promise<void> {
	const deadline = Date.now() + 90_000;
	while (Date.now() < deadline) {
		if (server.exitCode !== null) throw new Error(`astro dev exited (${server.exitCode}):\n${output()}`);
		try {
			if ((await fetch(DEV_ROOT)).ok) return;
		} catch {
			// Not listening yet.
		}
		await new Promise((resolve) => setTimeout(resolve, 500));
	}
	throw new Error(`astro dev did not answer at ${DEV_ROOT} within 90 s:\n${output()}`);
}

/**
 * Searches on a fresh load of a site's home page, waiting out "색인을 만드는 중" (only the dev server builds
 * its index after starting); returns the first three result targets.
 */
async function searchOn(page: Page, root: string, query: string, timeout = 20_000): Promise<string[]> {
	await page.goto(root);
	const search = new SearchDialog(page);
	await search.open();
	await search.input.fill(query);
	await expect(page.locator('site-search')).toHaveAttribute('data-search-state', 'done', { timeout });
	return search.resultTargets(3);
}

/** Reports how long the dev index took, in the test's annotations and its output (numbers for the README). */
function note(what: string, since: number): void {
	const description = `${what}: ${((Date.now() - since) / 1000).toFixed(1)} s`;
	test.info().annotations.push({ type: 'timing', description });
	console.log(`dev search index: ${description}`);
}

test('npm run dev: search finds 보안그룹에서 and 탄력적IP, and an edited note, through the dialog', async ({
	page,
}) => {
	test.setTimeout(240_000);
	const dir = await makeScratchSite();
	let output = '';
	const server = spawn(
		join(ROOT, 'node_modules/.bin/node'),
		[join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'dev', '--port', String(DEV_PORT), '--host', '127.0.0.1'],
		{
			cwd: dir,
			env: { ...process.env, BASE_PATH, SITE_URL: '', ASTRO_TELEMETRY_DISABLED: '1' },
			// Its own process group, so the Pagefind service it starts is stopped with it.
			detached: true,
			stdio: ['ignore', 'pipe', 'pipe'],
		},
	);
	server.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
	server.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
	try {
		await waitForServer(server, () => output);
		const started = Date.now();
		// The first search may meet the index still being built: the dialog says so and retries by itself.
		const securityGroups = await searchOn(page, DEV_ROOT, '보안그룹에서', 120_000);
		note('first search answered (index built), after the server answered', started);
		expect(securityGroups[0]).toMatch(new RegExp(`^${BASE_PATH}/security-groups/`));
		const elasticIp = await searchOn(page, DEV_ROOT, '탄력적IP');
		expect(elasticIp[0]).toBe(`${BASE_PATH}/elastic-ip/#elastic-ip`);
		// The same pages, in the same order, as the production build the rest of e2e/ serves.
		expect(securityGroups).toEqual(await searchOn(page, SITE_ROOT, '보안그룹에서'));
		expect(elasticIp).toEqual(await searchOn(page, SITE_ROOT, '탄력적IP'));

		// A word no page has, added to a note: found once the index has been rebuilt.
		await appendFile(join(dir, 'src/content/docs/eni.mdx'), '\n개발서버색인확인용문장\n');
		const edited = Date.now();
		await expect
			.poll(
				async () => {
					await page.goto(DEV_ROOT);
					const search = new SearchDialog(page);
					await search.open();
					await search.search('개발서버색인확인용문장');
					return search.resultTargets(1);
				},
				{ timeout: 30_000, intervals: [500] },
			)
			.toEqual([expect.stringMatching(new RegExp(`^${BASE_PATH}/eni/`))]);
		note('edited note found, after the edit', edited);
	} catch (error) {
		// What the dev server said (index builds and their errors) is what explains a failure here.
		throw new Error(
			`${(error as Error).message}\n--- astro dev output (last 3,000 characters) ---\n${output.slice(-3000)}`,
		);
	} finally {
		if (server.pid) process.kill(-server.pid, 'SIGTERM');
		await removeScratchSites();
	}
});
