/**
 * How search scales with the number of notes (issue 15): the size of what the search dialog downloads when it
 * opens (search-vocabulary.json: concepts with their homes, names, the notes' words) at each site size, and
 * search latency on the largest site. Kept apart from the rest of the bench so its parts change independently.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from '../../test-support/chromium.ts';
import { formatBytes, formatDuration, markdownTable } from './format.ts';
import { summarize } from '../../test-support/stats.ts';
import { createStaticServer } from '../static-server.ts';
import { measureSearch } from './search-latency.ts';
import { BASE_PATH } from './sites.ts';

export interface SearchScalingRow {
	/** Pages of the site, synthetic ones included. */
	pages: number;
	/** search-vocabulary.json, raw and gzip bytes. */
	download: { raw: number; gzip: number };
	/** Search latency, measured on the largest site only. */
	latency?: { medianMs: number; p95Ms: number; samples: number; misses: number; completeP95Ms?: number };
}

/** Serves a built site's dist/ under the base path on a free port. */
export async function serveDist(dir: string) {
	const server = createStaticServer({ root: join(dir, 'dist'), base: BASE_PATH });
	await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready));
	const address = server.address();
	if (!address || typeof address === 'string') throw new Error('static server has no port');
	return {
		root: `http://127.0.0.1:${address.port}${BASE_PATH}/`,
		close: () => new Promise((done) => server.close(done)),
	};
}

async function downloadSize(dir: string): Promise<SearchScalingRow['download']> {
	const bytes = await readFile(join(dir, 'dist/search-vocabulary.json'));
	return { raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
}

/**
 * @param sites built sites of our kind, smallest first; latency is measured on the last one.
 */
export async function measureSearchScaling(
	sites: readonly { pages: number; dir: string }[],
	queries: readonly string[],
	rounds: number,
): Promise<SearchScalingRow[]> {
	const rows: SearchScalingRow[] = [];
	for (const site of sites) rows.push({ pages: site.pages, download: await downloadSize(site.dir) });
	const largest = sites.at(-1);
	if (!largest) return rows;
	const server = await serveDist(largest.dir);
	const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
	try {
		const timing = await measureSearch(browser, server.root, queries, rounds);
		const { median, p95 } = summarize(timing.samples);
		rows.at(-1)!.latency = {
			medianMs: median,
			p95Ms: p95,
			samples: timing.samples.length,
			misses: timing.misses.length,
			...(timing.completeSamples.length > 0 ? { completeP95Ms: summarize(timing.completeSamples).p95 } : {}),
		};
	} finally {
		await browser.close();
		await server.close();
	}
	return rows;
}

/** The table for the report: download size per site size, and latency where measured. */
export function renderSearchScaling(rows: readonly SearchScalingRow[]): string {
	const table = markdownTable(
		['쪽 수', '검색을 열 때 받는 데이터(gzip)', '압축 전', '검색 지연 중앙값', '검색 지연 p95', '전체 순위까지 p95'],
		rows.map((row) => [
			row.pages.toLocaleString('en-US'),
			formatBytes(row.download.gzip),
			formatBytes(row.download.raw),
			row.latency ? formatDuration(row.latency.medianMs) : '–',
			row.latency
				? `${formatDuration(row.latency.p95Ms)}${row.latency.p95Ms <= 30 ? ' (목표 ≤ 30 ms 달성)' : ' (목표 ≤ 30 ms 미달)'}`
				: '–',
			row.latency?.completeP95Ms === undefined ? '–' : formatDuration(row.latency.completeP95Ms),
		]),
	);
	return [
		'#### 검색 규모(search-vocabulary.json: 개념과 설명 섹션, 이름, 노트의 낱말, 개념별 첫 결과)',
		'',
		table,
		'',
		'검색 지연은 첫 결과가 보일 때까지, 전체 순위는 보이는 8개가 모두 정해질 때까지입니다(개념 하나만 찾으면 첫 결과는 Pagefind 전에 나옵니다).',
	].join('\n');
}
