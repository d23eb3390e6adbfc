import { expect, type Page } from '@playwright/test';
import GithubSlugger from 'github-slugger';
import { pagePath } from '../src/lib/site/sidebar.ts';
import { withBase } from '../src/lib/site/site-url.ts';
import { forgivingCases } from './forgiving-queries.ts';
import { SearchDialog } from './search.ts';
import { searchCases, type ExpectedHit } from './search-queries.ts';
import { BASE_PATH } from './site.ts';
import { median, percentile } from './stats.ts';

export interface EvaluationReport {
	queries: number;
	hitAt1: number;
	hitAt3: number;
	medianMs: number;
	p95Ms: number;
	misses: string[];
}

/** The decoded path and `#section` a hit for this case links to (what `SearchDialog.resultTargets` returns). */
export const expectedTarget = (item: ExpectedHit) =>
	`${withBase(BASE_PATH, pagePath(item.page))}${item.section ? `#${new GithubSlugger().slug(item.section)}` : ''}`;

/**
 * Types every case into the open dialog and scores where the first three results point.
 * Without an expected section, a link to any section of the right page is a hit.
 */
export async function evaluateSearch(search: SearchDialog, cases: readonly ExpectedHit[]): Promise<EvaluationReport> {
	await search.search('EC2'); // warm the index so latency measures searching, not downloading
	const misses: string[] = [];
	const latencies: number[] = [];
	let hitAt1 = 0;
	let hitAt3 = 0;
	for (const item of cases) {
		await search.search(item.query);
		latencies.push(await search.lastSearchMs());
		const expected = expectedTarget(item);
		const targets = (await search.resultTargets(3)).map((target) => (item.section ? target : target.split('#')[0]!));
		if (targets[0] === expected) hitAt1 += 1;
		if (targets.includes(expected)) hitAt3 += 1;
		if (targets[0] !== expected) misses.push(`${item.query} → ${targets.join(', ') || '(없음)'} (기대: ${expected})`);
	}
	return {
		queries: cases.length,
		hitAt1: hitAt1 / cases.length,
		hitAt3: hitAt3 / cases.length,
		medianMs: median(latencies),
		p95Ms: percentile(latencies, 95),
		misses,
	};
}

/** One line for the test log: `hit@1 97.1 % · hit@3 100.0 % · median 12.3 ms · p95 25.0 ms`. */
export function formatReport(name: string, report: EvaluationReport): string {
	const percent = (value: number) => `${(value * 100).toFixed(1)} %`;
	const lines = [
		`${name}: ${report.queries} queries · hit@1 ${percent(report.hitAt1)} · hit@3 ${percent(report.hitAt3)} · median ${report.medianMs.toFixed(1)} ms · p95 ${report.p95Ms.toFixed(1)} ms`,
		...report.misses.map((miss) => `  ${miss}`),
	];
	return lines.join('\n');
}

/** A set of queries and the quality it must reach. */
export interface EvaluationSuite {
	name: string;
	cases: readonly ExpectedHit[];
	/** Fewer cases than this means the set was cut by mistake, not that search got better. */
	minCases: number;
	minHitAt1: number;
	minHitAt3: number;
}

/** The EC2 notes' query sets and their bars; the held-out evaluation runs them again beside the new notes. */
export const EC2_SUITES: readonly EvaluationSuite[] = [
	{ name: 'Korean queries', cases: searchCases, minCases: 60, minHitAt1: 0.95, minHitAt3: 1 },
	{
		name: '초성, keyboard-layout slips and typos',
		cases: forgivingCases,
		minCases: 30,
		minHitAt1: 0.85,
		minHitAt3: 0.95,
	},
];

/** The test title that states a suite's bar. */
export const suiteTitle = (suite: EvaluationSuite) =>
	`${suite.name}: hit@1 ≥ ${suite.minHitAt1 * 100} % and hit@3 ≥ ${suite.minHitAt3 * 100} %`;

/** Opens the search at `url`, types every case of the suite, logs the report and holds it to the suite's bar. */
export async function expectSuite(page: Page, url: string, suite: EvaluationSuite): Promise<void> {
	expect(suite.cases.length).toBeGreaterThanOrEqual(suite.minCases);
	await page.goto(url);
	const search = new SearchDialog(page);
	await search.open();
	const report = await evaluateSearch(search, suite.cases);
	console.log(formatReport(suite.name, report));
	expect(report.hitAt1, report.misses.join('\n')).toBeGreaterThanOrEqual(suite.minHitAt1);
	expect(report.hitAt3, report.misses.join('\n')).toBeGreaterThanOrEqual(suite.minHitAt3);
}
