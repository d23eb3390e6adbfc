import type { BrowserContext } from '@playwright/test';
import { expect, forEveryPage, test } from '../test-support/fixtures.ts';
import { watchForErrors } from '../test-support/guards.ts';
import { brokenKoreanWords } from '../test-support/word-breaks.ts';

test('every page loads without console errors, uncaught exceptions or failed requests, never scrolls sideways and never splits a Korean word at 375 px', async ({
	browser,
	site,
}) => {
	expect(site.length).toBeGreaterThanOrEqual(12);
	const problems: string[] = [];
	const options = {
		context: { viewport: { width: 375, height: 812 } },
		// Listening from the moment the page exists catches errors on the first page too.
		prepare: async (context: BrowserContext) => {
			context.on('page', (page) => watchForErrors(page, problems));
		},
	};
	await forEveryPage(browser, site, options, async (page, url) => {
		// Scripts that start when the browser is idle (search, diagrams) must run before the page counts as clean.
		await page.waitForLoadState('networkidle');
		const overflow = await page.evaluate(
			() => document.documentElement.scrollWidth - document.documentElement.clientWidth,
		);
		expect.soft(overflow, `${url} scrolls sideways by ${overflow}px`).toBeLessThanOrEqual(0);
		expect.soft(await brokenKoreanWords(page), `${url} splits Korean words across lines`).toEqual([]);
	});
	expect(problems).toEqual([]);
});

test('with JavaScript disabled every page shows its content: text, tables and diagrams', async ({ browser, site }) => {
	const missing: string[] = [];
	await forEveryPage(browser, site, { context: { javaScriptEnabled: false } }, async (page, url) => {
		const main = page.getByRole('main');
		if (!(await main.isVisible()) || (await main.innerText()).trim().length === 0)
			missing.push(`${url}: no text in main`);
		for (const table of await main.locator('table').all()) {
			const cells = (await table.locator('th, td').allInnerTexts()).filter((text) => text.trim() !== '');
			if (!(await table.isVisible()) || cells.length === 0) missing.push(`${url}: a table shows no cells`);
		}
		// Diagrams (svg[role=img]) and drawn stand-ins for screenshots must not wait for a script to appear.
		for (const picture of await main.locator('[role="img"]').all()) {
			const box = await picture.boundingBox();
			if (!box || box.width === 0 || box.height === 0) {
				const name = await picture.evaluate(
					(element) => element.getAttribute('aria-label') ?? element.querySelector('title')?.textContent,
				);
				missing.push(`${url}: picture "${name}" is not drawn`);
			}
		}
	});
	expect(missing).toEqual([]);
});
