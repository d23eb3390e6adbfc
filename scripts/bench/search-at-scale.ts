/**
 * `node scripts/bench/search-at-scale.ts [--pages=1000] [--rounds=2] [--repeat=3] [--rebuild] [--label=x]`: only the
 * search latency of `npm run bench`'s scaling table, for iterating on search speed. Builds this project with
 * `--pages` synthetic pages once into bench/.work/search-<pages>/ and reuses that build on later runs (until
 * `--rebuild`, which also picks up changed search code; `--label` keeps a second build, e.g. of an older commit,
 * in search-<pages>-<label>/ for an A/B comparison), then measures the same queries the same way as the
 * full bench (scripts/bench/search-scaling.ts) `--repeat` times, each in a fresh browser context, since the
 * machine may be shared and one run can be unlucky. Besides the bench's figures it prints the first round (each
 * query new to the page) apart from the repeats. Not a test: nothing here passes or fails on a number.
 */
import { existsSync } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from '../../test-support/chromium.ts';
import { summarize } from '../../test-support/stats.ts';
import { queries } from './queries.ts';
import { measureSearch } from './search-latency.ts';
import { serveDist } from './search-scaling.ts';
import { buildSite, prepareSite, WORK } from './sites.ts';

const option = (name: string, fallback: number) => {
	const value = process.argv.find((argument) => argument.startsWith(`--${name}=`))?.slice(name.length + 3);
	const number = value === undefined ? fallback : Number(value);
	if (!Number.isInteger(number) || number < 0) throw new Error(`--${name} must be a whole number, not ${value}`);
	return number;
};
const pages = option('pages', 1000);
const rounds = option('rounds', 2);
const repeat = option('repeat', 3);
const label = process.argv.find((argument) => argument.startsWith('--label='))?.slice('--label='.length);
const dir = join(WORK, `search-${pages}${label ? `-${label}` : ''}`);

if (process.argv.includes('--rebuild') || !existsSync(join(dir, 'dist/search-vocabulary.json'))) {
	// prepareSite lays out bench/.work/ours-<pages>; moved aside so a full `npm run bench` keeps its own folder.
	await rm(dir, { recursive: true, force: true });
	await rename(await prepareSite('ours', pages), dir);
	console.error(`building ${pages} synthetic pages in ${dir} …`);
	const ms = await buildSite(dir, 'http://127.0.0.1:4321');
	console.error(`built in ${(ms / 1000).toFixed(0)} s`);
}

const ms = (value: number) => `${value.toFixed(1)} ms`;
const figures = (samples: readonly number[]) => {
	const { median, p95 } = summarize(samples);
	return `median ${ms(median)}, p95 ${ms(p95)}`;
};
const server = await serveDist(dir);
const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
try {
	for (let run = 1; run <= repeat; run++) {
		const { samples, misses, completeSamples } = await measureSearch(browser, server.root, queries, rounds);
		// The first round asks each query for the first time (but the very first, which measureSearch leaves out),
		// so it pays for index chunks and page fragments; later rounds find them in the browser's memory.
		const split =
			misses.length === 0 && rounds > 1
				? `; first round ${figures(samples.slice(0, queries.length))}, later rounds ${figures(samples.slice(queries.length))}`
				: '';
		console.log(
			`${dir.replace(`${WORK}/`, '')} run ${run}/${repeat}: ${figures(samples)}${split}` +
				`; complete ranking ${figures(completeSamples)} (${samples.length} searches, ${misses.length} without a result)`,
		);
	}
} finally {
	await browser.close();
	await server.close();
}
