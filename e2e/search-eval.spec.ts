import { expect, test } from '@playwright/test';
import GithubSlugger from 'github-slugger';
import { pagePath } from '../src/lib/sidebar.ts';
import { SearchDialog } from './support/search-dialog.ts';
import { searchCases, unanswerableQueries, type SearchCase } from './support/search-queries.ts';
import { BASE_PATH } from './support/site.ts';

const expectedTarget = (item: SearchCase) =>
	`${BASE_PATH}${pagePath(item.page)}${item.section ? `#${new GithubSlugger().slug(item.section)}` : ''}`;

const percentile = (values: number[], p: number) => {
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
};

test('Korean search evaluation: hit@1 ≥ 95 % and hit@3 = 100 % over the query set', async ({ page }) => {
	test.setTimeout(180_000);
	expect(searchCases.length).toBeGreaterThanOrEqual(60);
	await page.goto('');
	const search = new SearchDialog(page);
	await search.open();
	await search.search('EC2'); // warm the index so latency measures searching, not downloading

	const misses: string[] = [];
	const latencies: number[] = [];
	let hitAt1 = 0;
	let hitAt3 = 0;
	for (const item of searchCases) {
		await search.search(item.query);
		latencies.push(await search.lastSearchMs());
		const expected = expectedTarget(item);
		// Without an expected section, a link to any section of the right page is a hit.
		const targets = (await search.resultTargets(3)).map((target) => (item.section ? target : target.split('#')[0]!));
		if (targets[0] === expected) hitAt1 += 1;
		if (targets.includes(expected)) hitAt3 += 1;
		else misses.push(`${item.query} → ${targets.join(', ') || '(없음)'} (기대: ${expected})`);
		if (targets[0] !== expected && targets.includes(expected)) misses.push(`${item.query}: rank > 1 (${targets[0]})`);
	}
	const report = {
		queries: searchCases.length,
		'hit@1': `${((hitAt1 / searchCases.length) * 100).toFixed(1)} %`,
		'hit@3': `${((hitAt3 / searchCases.length) * 100).toFixed(1)} %`,
		'median ms': percentile(latencies, 50).toFixed(1),
		'p95 ms': percentile(latencies, 95).toFixed(1),
	};
	console.log('search evaluation', JSON.stringify(report), misses.length ? `\n  ${misses.join('\n  ')}` : '');
	test.info().annotations.push({ type: 'search evaluation', description: JSON.stringify(report) });
	expect(hitAt1 / searchCases.length, misses.join('\n')).toBeGreaterThanOrEqual(0.95);
	expect(hitAt3, misses.join('\n')).toBe(searchCases.length);
});

test('queries about things the notes do not cover get no confident answer', async ({ page }) => {
	await page.goto('');
	const search = new SearchDialog(page);
	await search.open();
	for (const query of unanswerableQueries) {
		await search.search(query);
		const status = (await search.status.textContent()) ?? '';
		expect(status, query).toMatch(/결과 없음|일부 단어만 일치/);
	}
});
