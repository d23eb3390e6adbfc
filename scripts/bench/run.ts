/**
 * `npm run bench [-- --quick] [-- --queries=<module>]`: measures this site side by side with a plain
 * Starlight site built from the same pages by the same Astro and Starlight, prints Markdown tables and
 * writes bench/results.json (with --quick: bench/.work/results-quick.json, and the README is left alone).
 * `npm run bench -- --report` measures nothing and re-renders the tables from bench/results.json.
 * Not a test: nothing here passes or fails on a number.
 */
import { spawnSync } from 'node:child_process';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { cpus } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from '../../test-support/chromium.ts';
import { queryList } from './query-list.ts';
import { createStaticServer } from '../static-server.ts';
import { CATEGORIES, runLighthouse, startChrome, type LighthouseRun } from './lighthouse.ts';
import { renderReport, renderTargets, type BuildFigures, type Results } from './report.ts';
import { measureSearch } from './search-latency.ts';
import { measureSearchScaling } from './search-scaling.ts';
import { BASE_PATH, buildSite, distSize, prepareSite, REPO, SITE_LABEL, WORK, type SiteKind } from './sites.ts';
import { measureVisit, measureWeight, type PageWeight } from './weight.ts';

const SITES: readonly SiteKind[] = ['ours', 'baseline'];
const quick = process.argv.includes('--quick');
/** `--report`: measure nothing, re-render the tables (and the README) from bench/results.json. */
const reportOnly = process.argv.includes('--report');
const queriesArgument = process.argv.find((argument) => argument.startsWith('--queries='))?.slice('--queries='.length);

/** Repetitions: machines are noisy, so each figure is measured several times and reported as min/median. */
const plan = quick
	? {
			builds: 1,
			scaling: [{ pages: 100, builds: 1 }],
			lighthouseRuns: 1,
			everyPage: false,
			searchRounds: 1,
		}
	: {
			builds: 3,
			scaling: [
				{ pages: 100, builds: 3 },
				{ pages: 1000, builds: 2 },
			],
			lighthouseRuns: 3,
			everyPage: true,
			searchRounds: 2,
		};
/** Pages Lighthouse scores in all four categories; every other page gets the performance category only. */
const FULL_AUDIT_PATHS = ['', 'placement-groups/'];

const started = performance.now();
const log = (message: string) =>
	console.error(`[bench ${((performance.now() - started) / 1000).toFixed(0).padStart(4)} s] ${message}`);

/** The query list: read by `queryList` from scripts/bench/queries.ts or the module given with --queries=. */
async function loadQueries(): Promise<{ source: string; list: string[] }> {
	const source = queriesArgument ? resolve(queriesArgument) : join(import.meta.dirname, 'queries.ts');
	const list = queryList((await import(pathToFileURL(source).href)) as Record<string, unknown>);
	if (list.length === 0) throw new Error(`${source} exports no list of queries (see scripts/bench/query-list.ts)`);
	return { source: source.replace(`${REPO}/`, ''), list };
}

async function versionOf(pkg: string): Promise<string> {
	const manifest = JSON.parse(await readFile(join(REPO, 'node_modules', pkg, 'package.json'), 'utf8')) as {
		version: string;
	};
	return manifest.version;
}

/** Serves a site's dist/ under the base path on a free port, like GitHub Pages would. */
async function serve(dir: string) {
	const server = createStaticServer({ root: join(dir, 'dist'), base: BASE_PATH });
	await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready));
	const address = server.address();
	if (!address || typeof address === 'string') throw new Error('static server has no port');
	const origin = `http://127.0.0.1:${address.port}`;
	return { origin, root: `${origin}${BASE_PATH}/`, close: () => new Promise((done) => server.close(done)) };
}

/** Builds both sites `times` times, interleaved so drift in machine load hits both alike. */
async function buildBoth(
	dirs: Record<SiteKind, string>,
	origins: Record<SiteKind, string>,
	times: number,
	label: string,
) {
	const figures = { ours: [] as number[], baseline: [] as number[] };
	for (let round = 0; round < times; round++) {
		// Alternate which site goes first, so whatever the first build of a round pays is shared.
		for (const site of round % 2 === 0 ? SITES : [...SITES].reverse()) {
			const ms = await buildSite(dirs[site], origins[site]);
			figures[site].push(ms);
			log(`${label}: ${SITE_LABEL[site]} build ${round + 1}/${times} in ${(ms / 1000).toFixed(1)} s`);
		}
	}
	const result: Record<SiteKind, BuildFigures> = {
		ours: { ms: figures.ours, dist: await distSize(dirs.ours) },
		baseline: { ms: figures.baseline, dist: await distSize(dirs.baseline) },
	};
	return result;
}

/** Page paths (relative to the base) that both sites have, the 404 page excluded. */
async function sharedPaths(dirs: Record<SiteKind, string>): Promise<string[]> {
	const pages = async (dir: string) =>
		new Set(
			(await readdir(join(dir, 'dist'), { recursive: true }))
				.filter((name) => name.endsWith('index.html'))
				.map((name) => name.replace(/index\.html$/, '')),
		);
	const [ours, baseline] = [await pages(dirs.ours), await pages(dirs.baseline)];
	return [...ours].filter((path) => baseline.has(path)).sort();
}

/** Builds, serves and measures both sites. */
async function measure(): Promise<Results> {
	const queries = await loadQueries();
	log(`${quick ? 'quick run' : 'full run'}; ${queries.list.length} queries from ${queries.source}`);

	const dirs = { ours: await prepareSite('ours', 0), baseline: await prepareSite('baseline', 0) };
	const servers = { ours: await serve(dirs.ours), baseline: await serve(dirs.baseline) };
	const build = await buildBoth(
		dirs,
		{ ours: servers.ours.origin, baseline: servers.baseline.origin },
		plan.builds,
		'real site',
	);

	const browser = await chromium.launch({
		executablePath: findChromium(),
		args: CHROMIUM_ARGS,
	});
	const chromiumVersion = browser.version();
	const [firstQuery = '보안그룹'] = queries.list;

	const home = {} as Record<SiteKind, PageWeight>;
	for (const site of SITES) home[site] = await measureWeight(browser, servers[site].root, firstQuery);
	log('home page weight measured');

	// The heaviest page of ours, before interaction, compared with the same page of the baseline.
	let heaviestPath = '';
	let heaviestBytes = -1;
	for (const path of await sharedPaths(dirs)) {
		const { before } = await measureWeight(browser, `${servers.ours.root}${path}`);
		if (before.total.gzip > heaviestBytes) [heaviestPath, heaviestBytes] = [path, before.total.gzip];
	}
	const heaviest = {} as Record<SiteKind, PageWeight>;
	for (const site of SITES) heaviest[site] = await measureWeight(browser, `${servers[site].root}${heaviestPath}`);
	log(`heaviest page: /${heaviestPath}`);

	// A reader's first visit (home, empty cache) and the next page they open, with what the first left cached.
	const visit = {} as Results['visit'];
	for (const site of SITES) {
		const [first, second] = await measureVisit(browser, servers[site].root, `${servers[site].root}${heaviestPath}`);
		visit[site] = { first, second };
	}
	log('first visit and warm second page measured');

	const search = {} as Results['search'];
	for (const site of SITES) {
		search[site] = await measureSearch(browser, servers[site].root, queries.list, plan.searchRounds);
		log(`search latency measured on ${SITE_LABEL[site]} (${search[site].samples.length} samples)`);
	}
	await browser.close();

	const lighthouse: Results['lighthouse'] = [];
	const chrome = await startChrome();
	try {
		const paths = plan.everyPage ? await sharedPaths(dirs) : [''];
		for (const path of paths) {
			const categories = FULL_AUDIT_PATHS.includes(path) ? CATEGORIES : (['performance'] as const);
			const runs: Record<SiteKind, LighthouseRun[]> = { ours: [], baseline: [] };
			for (let round = 0; round < plan.lighthouseRuns; round++) {
				for (const site of SITES) {
					const run = await runLighthouse(chrome, `${servers[site].root}${path}`, categories);
					if (run.outside.length > 0)
						log(`Lighthouse on ${site} /${path} tried outside hosts: ${run.outside.join(', ')}`);
					runs[site].push(run);
					log(
						`Lighthouse /${path} ${SITE_LABEL[site]} ${round + 1}/${plan.lighthouseRuns}: ${JSON.stringify(run.scores)}`,
					);
				}
			}
			lighthouse.push({ path: `/${path}`, runs });
		}
	} finally {
		chrome.kill();
	}
	await servers.ours.close();
	await servers.baseline.close();

	const scaling: Results['scaling'] = [];
	const scaledOurs = [{ pages: 0, dir: dirs.ours }];
	for (const { pages, builds } of plan.scaling) {
		const scaled = { ours: await prepareSite('ours', pages), baseline: await prepareSite('baseline', pages) };
		const origin = 'http://127.0.0.1:4321';
		scaling.push({
			syntheticPages: pages,
			sites: await buildBoth(scaled, { ours: origin, baseline: origin }, builds, `${pages} pages`),
		});
		scaledOurs.push({ pages, dir: scaled.ours });
	}
	const realPages = (await sharedPaths(dirs)).length;
	const searchScaling = await measureSearchScaling(
		scaledOurs.map(({ pages, dir }) => ({ pages: realPages + pages, dir })),
		queries.list,
		plan.searchRounds,
	);
	log('search scaling measured');

	const cpu = cpus();
	const results: Results = {
		generatedAt: new Date().toISOString(),
		quick,
		elapsedSeconds: (performance.now() - started) / 1000,
		machine: {
			cpus: cpu.length,
			cpuModel: cpu[0]?.model.trim() ?? 'unknown',
			node: process.versions.node,
			astro: await versionOf('astro'),
			starlight: await versionOf('@astrojs/starlight'),
			chromium: chromiumVersion,
		},
		queries: { source: queries.source, count: queries.list.length },
		build,
		scaling,
		weight: { home, heaviest: { path: `/${heaviestPath}`, sites: heaviest } },
		visit,
		lighthouse,
		search,
		searchScaling,
	};
	return results;
}

/** Formats a written file the way `npm run format:check` expects, so a bench run leaves the tree clean. */
function prettier(path: string): void {
	spawnSync(process.execPath, [join(REPO, 'node_modules/prettier/bin/prettier.cjs'), '--write', path], {
		stdio: 'ignore',
	});
}

/** Prints the tables, writes the results file and, for a full run, the README's table. */
async function publish(results: Results, writeResults: boolean): Promise<void> {
	const report = renderReport(results);
	const targets = renderTargets(results);
	console.log(`${report}\n\n#### 목표 대비\n\n${targets}`);
	if (writeResults) {
		const resultsFile = results.quick ? join(WORK, 'results-quick.json') : resultsPath;
		await writeFile(resultsFile, `${JSON.stringify(results, null, '\t')}\n`);
		prettier(resultsFile);
		log(`wrote ${resultsFile.replace(`${REPO}/`, '')}`);
	}

	if (!results.quick) {
		// The README shows the latest full run between these markers; Prettier then aligns the tables.
		const readmePath = join(REPO, 'README.md');
		const readme = await readFile(readmePath, 'utf8');
		const block = /(<!-- bench:start -->\n)[^]*?(<!-- bench:end -->)/;
		if (block.test(readme)) {
			await writeFile(
				readmePath,
				readme.replace(
					block,
					(_, start: string, end: string) => `${start}\n${report}\n\n#### 목표 대비\n\n${targets}\n\n${end}`,
				),
			);
			prettier(readmePath);
			log('updated the table in README.md');
		}
	}
}

const resultsPath = join(REPO, 'bench/results.json');
if (reportOnly) await publish(JSON.parse(await readFile(resultsPath, 'utf8')) as Results, false);
else await publish(await measure(), true);
