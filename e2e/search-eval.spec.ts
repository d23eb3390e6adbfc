import { expect, test } from '@playwright/test';
import { SearchDialog } from '../test-support/search.ts';
import { EC2_SUITES, expectSuite, suiteTitle } from '../test-support/search-eval.ts';
import { unanswerableQueries } from '../test-support/search-queries.ts';

test.describe('search evaluation', () => {
	test.describe.configure({ timeout: 180_000 });

	for (const suite of EC2_SUITES) {
		test(suiteTitle(suite), async ({ page }) => expectSuite(page, '', suite));
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
