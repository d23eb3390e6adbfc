import type { BrowserContext } from '@playwright/test';
import { blockOtherHosts } from '../test-support/guards.ts';
import { expect, forEveryPage, test } from '../test-support/fixtures.ts';
import { SearchDialog } from '../test-support/search.ts';

test.describe('requests nothing from any host but the site itself', () => {
	test('while loading every page and scrolling to its end', async ({ browser, site }) => {
		const outside: string[] = [];
		const prepare = async (context: BrowserContext) => {
			await blockOtherHosts(context, outside);
		};
		await forEveryPage(browser, site, { prepare }, async (page) => {
			// Lazy images and idle-time scripts only ask for their files once scrolled to or idle.
			await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
			await page.waitForLoadState('networkidle');
		});
		expect(outside).toEqual([]);
	});

	test('while searching in Korean and opening a result', async ({ context, page }) => {
		const outside = await blockOtherHosts(context);
		await page.goto('');
		const home = page.url();
		const search = new SearchDialog(page);
		await search.open();
		const results = await search.searchFor('보안그룹');
		await results.first().click();
		await expect(page).not.toHaveURL(home);
		await page.waitForLoadState('networkidle');
		expect(outside).toEqual([]);
	});

	test('while using every control on placement-groups/', async ({ context, page }) => {
		const outside = await blockOtherHosts(context);
		await page.goto('placement-groups/');
		await page.waitForLoadState('networkidle');
		// Whatever the page offers (a placement simulator's buttons, sliders, choices) gets used once.
		const main = page.getByRole('main');
		for (const control of await main.locator('button, select, input').all()) {
			if (!(await control.isVisible()) || !(await control.isEnabled())) continue;
			const options = await control.locator('option').count();
			if (options > 1) await control.selectOption({ index: options - 1 });
			else if (options === 0) await control.click();
		}
		await page.waitForLoadState('networkidle');
		expect(outside).toEqual([]);
	});
});
