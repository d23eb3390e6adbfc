/**
 * The page finishing over a small built site in a temporary folder, through its worker threads: every page
 * finished the same way whichever worker had it, and a page that cannot be finished stops the build.
 */
import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { AstroIntegrationLogger } from 'astro';
import { afterEach, describe, expect, test } from 'vitest';
import { cspHash } from './csp/policy.ts';
import { finishPages, startFinishingWorkers } from './page-postprocess.ts';
import { AFTER_PAINT_LOADER } from './page-scripts/after-paint.ts';
import type { SiteFinishing } from './finish-page.ts';

const BASE = '/docs/';
const THEME = 'document.documentElement.dataset.theme = "dark";';
const UNUSED = cspHash('not on any page');

/** A page as Astro writes it: policy after the theme script, two stylesheets, a module script, an SVG icon. */
const page = (title: string, sheets: readonly string[], script: string) =>
	[
		'<!DOCTYPE html><html lang="ko"><head><meta charset="utf-8">',
		`<script>${THEME}</script>`,
		...sheets.map((sheet) => `<link rel="stylesheet" href="${BASE}_astro/${sheet}">`),
		`<link rel="shortcut icon" href="${BASE}favicon.svg" type="image/svg+xml">`,
		`<meta http-equiv="content-security-policy" content="default-src 'self'; script-src 'self' '${cspHash(THEME)}' '${UNUSED}'">`,
		`<title>${title}</title></head><body><main><h1>${title}</h1></main>`,
		`<script type="module" src="${BASE}_astro/${script}"></script></body></html>`,
	].join('');

const folders: string[] = [];
afterEach(async () => {
	await Promise.all(folders.splice(0).map((folder) => rm(folder, { recursive: true, force: true })));
});

/** Writes `pages` (path → HTML) and the assets they link into a fresh folder. */
async function site(pages: Record<string, string>): Promise<string> {
	const root = await mkdtemp(join(tmpdir(), 'finish-pages-'));
	folders.push(root);
	await mkdir(join(root, '_astro'));
	await writeFile(join(root, '_astro/base.css'), 'body{margin:0}\n');
	await writeFile(join(root, '_astro/quiz.css'), '.quiz{color:red}\n');
	await writeFile(
		join(root, 'favicon.svg'),
		'<svg xmlns="http://www.w3.org/2000/svg"><rect width="1" height="1"/></svg>\n',
	);
	for (const [path, html] of Object.entries(pages)) {
		await mkdir(join(root, path, '..'), { recursive: true });
		await writeFile(join(root, path), html);
	}
	return root;
}

const logger = { info: () => {} } as unknown as AstroIntegrationLogger;

const finish = (root: string, workers = startFinishingWorkers()) =>
	finishPages({ dir: pathToFileURL(`${root}/`), base: BASE, assetsDir: '_astro', delivery: 'file', logger, workers });

describe('finishPages', () => {
	test('finishes every page the same way, however the pages are shared between the workers', async () => {
		// More pages than workers, so each worker has several and the shares differ in length.
		const pages = Object.fromEntries(
			Array.from({ length: 7 }, (_, index) => [
				index === 0 ? 'index.html' : `note-${index}/index.html`,
				page(`노트 ${index}`, index % 2 ? ['base.css', 'quiz.css'] : ['base.css'], `page-${index}.js`),
			]),
		);
		const root = await site(pages);
		await finish(root);

		const sheets = (await readdir(join(root, '_astro'))).filter((name) => name.startsWith('site.'));
		expect(sheets).toHaveLength(1);
		expect(await readFile(join(root, '_astro', sheets[0]!), 'utf8')).toMatch(
			/^body\{margin:0\}\n\.quiz\{color:red\}\nastro-island/,
		);
		for (const [path, original] of Object.entries(pages)) {
			const html = await readFile(join(root, path), 'utf8');
			const index = Number(/노트 (\d)/.exec(original)![1]);
			// Policy right after the charset, keeping only the hashes this page uses.
			expect(html, path).toMatch(/^<!DOCTYPE html><html lang="ko"><head><meta charset="utf-8"><meta http-equiv/);
			expect(html, path).toContain(`'${cspHash(THEME)}'`);
			expect(html, path).not.toContain(UNUSED);
			expect(html.match(/rel="stylesheet"/g), path).toHaveLength(1);
			expect(html, path).toContain(`<link rel="stylesheet" href="${BASE}_astro/${sheets[0]}">`);
			expect(html, path).toContain('href="data:image/svg+xml,');
			expect(html, path).toContain(
				`<script data-modules="${BASE}_astro/page-${index}.js">${AFTER_PAINT_LOADER}</script></body>`,
			);
			expect(html, path).not.toContain('<script type="module"');
		}
	});

	test('stops with the reason when a page cannot be finished', async () => {
		const root = await site({
			'index.html': page('처음', ['base.css'], 'a.js'),
			'broken/index.html': page('깨짐', ['base.css'], 'b c.js'),
		});
		await expect(finish(root)).rejects.toThrow(/module script URL ".*b c\.js" has a space/);
	});

	test('starts its own workers when none were started', async () => {
		const root = await site({ 'index.html': page('처음', ['base.css'], 'a.js') });
		await finishPages({ dir: pathToFileURL(`${root}/`), base: BASE, assetsDir: '_astro', delivery: 'file', logger });
		expect(await readFile(join(root, 'index.html'), 'utf8')).toContain('data-modules=');
	});

	test('a worker stays until it is stopped, so its exit never overtakes its last answer', async () => {
		// A worker that ended by itself after posting `finished` sometimes reached the build as an exit before the
		// message did, and the build failed with "a page finishing worker stopped (exit code 0)".
		const root = await site({ 'index.html': page('처음', ['base.css'], 'a.js') });
		const worker = new Worker(new URL('./page-postprocess-worker.ts', import.meta.url));
		let exited = false;
		worker.once('exit', () => (exited = true));
		const answer = () => new Promise((resolve) => worker.once('message', resolve));
		try {
			const scanned = answer();
			worker.postMessage({ root, files: ['index.html'] });
			expect(await scanned).toMatchObject({ type: 'scanned' });
			const finished = answer();
			const decisions: SiteFinishing = {
				delivery: 'file',
				css: '',
				href: `${BASE}_astro/site.css`,
				icons: [],
				loader: AFTER_PAINT_LOADER,
			};
			worker.postMessage(decisions);
			expect(await finished).toEqual({ type: 'finished' });
			await new Promise((resolve) => setTimeout(resolve, 300));
			expect(exited).toBe(false);
		} finally {
			await worker.terminate();
		}
	});
});
