/**
 * Held-out search evaluation (issue 15): notes the search was never tuned for are imported with the real
 * importer into a scratch copy of the site, built like the deployed site (base path, Pagefind), served like
 * GitHub Pages, and the queries of tests/fixtures/eval-notes/queries.ts are typed into the real dialog.
 */
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { test as base, expect } from '@playwright/test';
import { createStaticServer } from '../scripts/static-server.ts';
import { evalNotes, newNoteCases, newNoteForgivingCases } from '../tests/fixtures/eval-notes/queries.ts';
import { buildSite, makeScratchSite, removeScratchSites, ROOT, runImport } from '../test-support/scratch-site.ts';
import { crawlSite, type CrawledPage } from '../test-support/crawl.ts';
import {
	EC2_SUITES,
	expectedTarget,
	expectSuite,
	suiteTitle,
	type EvaluationSuite,
} from '../test-support/search-eval.ts';
import { BASE_PATH } from '../test-support/site.ts';

const FIXTURES = join(ROOT, 'tests/fixtures/eval-notes');

interface NewNoteSite {
	/** `http://127.0.0.1:<port>/aws-ec2-notes/` of the scratch build. */
	root: string;
	pages: CrawledPage[];
}

/** Throws with the command's own output, so a broken import or build reads as that, not as bad search. */
function mustSucceed(step: string, result: { ok: boolean; code: number; stdout: string; stderr: string }): void {
	if (!result.ok) throw new Error(`${step} failed (exit ${result.code}):\n${result.stderr}\n${result.stdout}`);
}

/**
 * One scratch build per worker, set up before the first test that needs it. A worker fixture rather than
 * `beforeAll`: if setup fails, every test fails with the setup's error instead of the rest being skipped.
 */
const test = base.extend<object, { newNoteSite: NewNoteSite }>({
	newNoteSite: [
		async ({ playwright }, use) => {
			try {
				const dir = await makeScratchSite();
				for (const note of evalNotes) {
					mustSucceed(
						`npm run import -- ${note.file} --section ${note.group}`,
						await runImport(dir, [join(FIXTURES, note.file), '--section', note.group]),
					);
				}
				// Without SITE_URL, so no sitemap or canonical URLs: search uses neither, and the port is not known yet.
				mustSucceed(`BASE_PATH=${BASE_PATH} astro build of the scratch copy`, await buildSite(dir, { BASE_PATH }));
				const server = createStaticServer({ root: join(dir, 'dist'), base: BASE_PATH });
				// Port 0: the system picks a free port, so this never collides with the suite's server or a parallel run.
				await new Promise<void>((resolve, reject) => {
					server.once('error', reject);
					server.listen(0, '127.0.0.1', resolve);
				});
				try {
					const root = `http://127.0.0.1:${(server.address() as AddressInfo).port}${BASE_PATH}/`;
					const request = await playwright.request.newContext();
					const pages = await crawlSite(request, root);
					await request.dispose();
					await use({ root, pages });
				} finally {
					server.close();
				}
			} finally {
				await removeScratchSites();
			}
		},
		{ scope: 'worker', timeout: 300_000 },
	],
});

test.describe('search evaluation on new notes', () => {
	// In order in one worker: the tests share one scratch build.
	test.describe.configure({ mode: 'default', timeout: 240_000 });

	test('the crawl of the scratch build reaches every imported note', async ({ newNoteSite }) => {
		const paths = newNoteSite.pages.filter((page) => page.status === 200).map((page) => new URL(page.url).pathname);
		for (const note of evalNotes) expect(paths, note.file).toContain(`${BASE_PATH}/${note.slug}/`);
	});

	test('every expected page and section of the evaluation exists in the build', async ({ newNoteSite }) => {
		const idsByPath = new Map(
			newNoteSite.pages.map((page) => [
				decodeURIComponent(new URL(page.url).pathname),
				new Set([...page.html.matchAll(/\sid="([^"]+)"/g)].map(([, id = '']) => id)),
			]),
		);
		const missing = [...newNoteCases, ...newNoteForgivingCases].flatMap((item) => {
			const [path = '', id] = expectedTarget(item).split('#');
			const ids = idsByPath.get(path);
			if (!ids) return [`${item.query}: no page ${path}`];
			return id !== undefined && !ids.has(id) ? [`${item.query}: no section #${id} on ${path}`] : [];
		});
		expect(missing).toEqual([]);
	});

	const suites: EvaluationSuite[] = [
		{ name: 'new-note Korean queries', cases: newNoteCases, minCases: 60, minHitAt1: 0.9, minHitAt3: 0.97 },
		{
			name: 'new-note 초성, keyboard-layout slips and typos',
			cases: newNoteForgivingCases,
			minCases: 15,
			minHitAt1: 0.85,
			minHitAt3: 0.95,
		},
		// The EC2 sets with the new notes beside them: a new note must not pull the EC2 note's queries away.
		...EC2_SUITES.map((suite) => ({ ...suite, name: `EC2 ${suite.name}, new notes present` })),
	];
	for (const suite of suites) {
		test(suiteTitle(suite), async ({ page, newNoteSite }) => expectSuite(page, newNoteSite.root, suite));
	}
});
