import { expect, test } from '@playwright/test';
import { forgivingCases } from '../test-support/forgiving-queries.ts';
import { SearchDialog } from '../test-support/search.ts';
import { evaluateSearch, formatReport } from '../test-support/search-eval.ts';
import { searchCases, unanswerableQueries } from '../test-support/search-queries.ts';

test.describe('search evaluation', () => {
	test.describe.configure({ timeout: 180_000 });

	const suites = [
		{ name: 'Korean queries', cases: searchCases, minCases: 60, minHitAt1: 0.95, minHitAt3: 1 },
		{
			name: '초성, keyboard-layout slips and typos',
			cases: forgivingCases,
			minCases: 30,
			minHitAt1: 0.85,
			minHitAt3: 0.95,
		},
	];
	for (const suite of suites) {
		test(`${suite.name}: hit@1 ≥ ${suite.minHitAt1 * 100} % and hit@3 ≥ ${suite.minHitAt3 * 100} %`, async ({
			page,
		}) => {
			expect(suite.cases.length).toBeGreaterThanOrEqual(suite.minCases);
			await page.goto('');
			const search = new SearchDialog(page);
			await search.open();
			const report = await evaluateSearch(search, suite.cases);
			console.log(formatReport(suite.name, report));
			expect(report.hitAt1, report.misses.join('\n')).toBeGreaterThanOrEqual(suite.minHitAt1);
			expect(report.hitAt3, report.misses.join('\n')).toBeGreaterThanOrEqual(suite.minHitAt3);
		});
	}

	test('queries about things the notes do not cover get no confident answer', async ({ page }) => {
		await page.goto('');
		const search = new SearchDialog(page);
		await search.open();
		for (const query of unanswerableQueries) {
			await search.search(query);
			expect((await search.status.textContent()) ?? '', query).toMatch(/결과 없음|일부 단어만 일치/);
		}
	});
});
