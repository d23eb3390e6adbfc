import { expect, test } from '@playwright/test';
import { forgivingCases } from './support/forgiving-queries.ts';
import { SearchDialog } from './support/search-dialog.ts';
import { evaluateSearch, formatReport } from './support/search-eval.ts';
import { searchCases, unanswerableQueries } from './support/search-queries.ts';

test.describe('search evaluation', () => {
	test.describe.configure({ timeout: 180_000 });

	test('Korean queries: hit@1 ≥ 95 % and hit@3 = 100 %', async ({ page }) => {
		expect(searchCases.length).toBeGreaterThanOrEqual(60);
		await page.goto('');
		const search = new SearchDialog(page);
		await search.open();
		const report = await evaluateSearch(search, searchCases);
		console.log(formatReport('Korean search', report));
		expect(report.hitAt1, report.misses.join('\n')).toBeGreaterThanOrEqual(0.95);
		expect(report.hitAt3, report.misses.join('\n')).toBe(1);
	});

	test('초성, keyboard-layout slips and typos: hit@1 ≥ 85 % and hit@3 ≥ 95 %', async ({ page }) => {
		expect(forgivingCases.length).toBeGreaterThanOrEqual(30);
		await page.goto('');
		const search = new SearchDialog(page);
		await search.open();
		const report = await evaluateSearch(search, forgivingCases);
		console.log(formatReport('Forgiving search', report));
		expect(report.hitAt1, report.misses.join('\n')).toBeGreaterThanOrEqual(0.85);
		expect(report.hitAt3, report.misses.join('\n')).toBeGreaterThanOrEqual(0.95);
	});

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
