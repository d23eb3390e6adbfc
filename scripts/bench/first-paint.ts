/**
 * `npm run bench:paint [-- --dist=dist --runs=3 --pages=/,ami/ --json=out.json]`: the quick
 * per-page check of first paint, without the whole bench. Serves a built site (built with
 * `BASE_PATH=/aws-ec2-notes`) gzipped like GitHub Pages, runs Lighthouse mobile (simulated) `runs` times on
 * every page, and prints per page the median FCP, LCP and CLS, the render-blocking requests, and what Lighthouse's
 * simulation waited for: the document's bytes and round trips after its first byte, every request on the
 * paint's path with its simulated end, and the LCP element. Then a first visit (home, empty cache) and a
 * second page with a warm cache. Not a test: nothing here passes or fails on a number.
 */
import { readdir, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from '../../test-support/chromium.ts';
import { median } from '../../test-support/stats.ts';
import { createStaticServer } from '../static-server.ts';
import { formatBytes, markdownTable } from './format.ts';
import { runLighthouse, startChrome, type LighthouseRun } from './lighthouse.ts';
import type { PaintPath } from './paint-path.ts';
import { BASE_PATH } from './sites.ts';
import { measureVisit } from './weight.ts';

const option = (name: string) =>
	process.argv.find((argument) => argument.startsWith(`--${name}=`))?.slice(name.length + 3);
const dist = resolve(option('dist') ?? 'dist');
const runs = Number(option('runs') ?? 3);
const json = option('json');

/** Every page of the built site as a path under the base (`''` for home), or the ones `--pages` names. */
async function pagePaths(): Promise<string[]> {
	const named = option('pages');
	if (named) return named.split(',').map((path) => path.replace(/^\//, ''));
	return (await readdir(dist, { recursive: true }))
		.filter((name) => name === 'index.html' || name.endsWith('/index.html'))
		.map((name) => name.replace(/index\.html$/, ''))
		.sort();
}

/** A request's file name, short enough for a table cell, with its simulated end. */
const step = (origin: string) => (request: PaintPath['requests'][number]) =>
	`${request.url.replace(`${origin}${BASE_PATH}/`, '/').replace(/^.*\/_astro\//, '')} →${Math.round(request.end)}`;

const server = createStaticServer({ root: dist, base: BASE_PATH });
await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready));
const address = server.address();
if (!address || typeof address === 'string') throw new Error('static server has no port');
const origin = `http://127.0.0.1:${address.port}`;
const root = `${origin}${BASE_PATH}/`;

const results: { path: string; runs: LighthouseRun[] }[] = [];
const chrome = await startChrome();
try {
	for (const path of await pagePaths()) {
		const pageRuns: LighthouseRun[] = [];
		for (let round = 0; round < runs; round++)
			pageRuns.push(await runLighthouse(chrome, `${root}${path}`, ['performance'], { paths: true }));
		results.push({ path: `/${path}`, runs: pageRuns });
		console.error(`/${path}: FCP ${pageRuns.map((run) => Math.round(run.fcp)).join(', ')} ms`);
	}
} finally {
	chrome.kill();
}

const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
const [first, second] = await measureVisit(browser, root, `${root}placement-groups/`);
await browser.close();
server.close();

const rows = results.map(({ path, runs: pageRuns }) => {
	// The run whose FCP is the median stands for the page's paths, so the columns describe one real run.
	const sorted = [...pageRuns].sort((a, b) => a.fcp - b.fcp);
	const typical = sorted[Math.floor(sorted.length / 2)]!;
	const documentRequest = typical.paths?.fcp.requests[0];
	return [
		path,
		`${Math.round(median(pageRuns.map((run) => run.fcp)))} ms`,
		`${Math.round(median(pageRuns.map((run) => run.lcp)))} ms`,
		String(median(pageRuns.map((run) => run.renderBlocking.length))),
		median(pageRuns.map((run) => run.cls)).toFixed(3),
		documentRequest ? formatBytes(documentRequest.bytes) : '–',
		documentRequest ? String(documentRequest.extraRoundTrips) : '–',
		(typical.paths?.fcp.requests ?? []).map(step(origin)).join(', '),
		`${Math.round(typical.paths?.fcp.cpuMs ?? Number.NaN)} ms`,
		(typical.paths?.lcp.requests ?? []).map(step(origin)).join(', '),
		typical.lcpElement ?? '',
	];
});
console.log(
	markdownTable(
		[
			'page',
			'FCP',
			'LCP',
			'render-blocking',
			'CLS',
			'HTML (wire)',
			'HTML extra RTs',
			'FCP path (simulated end, ms)',
			'FCP CPU',
			'LCP path',
			'LCP element',
		],
		rows,
	),
);
console.log(
	`\nfirst visit (home, empty cache): ${formatBytes(first.bytes)} in ${first.requests} requests; ` +
		`second page (/placement-groups/, warm cache): ${formatBytes(second.bytes)} in ${second.requests} requests`,
);
if (json) await writeFile(json, `${JSON.stringify({ dist, runs, results, visit: { first, second } }, null, '\t')}\n`);
