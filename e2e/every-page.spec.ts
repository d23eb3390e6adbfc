import { watchForErrors } from './support/guards.ts';
import { expect, test } from './support/fixtures.ts';

test('every page loads without console errors, uncaught exceptions or failed requests and never scrolls sideways at 375 px', async ({
	browser,
	site,
}) => {
	expect(site.length).toBeGreaterThanOrEqual(12);
	test.setTimeout(site.length * 5_000);
	const context = await browser.newContext({ viewport: { width: 375, height: 812 } });
	const page = await context.newPage();
	const problems = watchForErrors(page);
	for (const { url } of site) {
		await page.goto(url);
		// Scripts that start when the browser is idle (search, diagrams) must run before the page counts as clean.
		await page.waitForLoadState('networkidle');
		const overflow = await page.evaluate(
			() => document.documentElement.scrollWidth - document.documentElement.clientWidth,
		);
		expect.soft(overflow, `${url} scrolls sideways by ${overflow}px`).toBeLessThanOrEqual(0);
	}
	await context.close();
	expect(problems).toEqual([]);
});

test('with JavaScript disabled every page shows its content: text, tables and diagrams', async ({ browser, site }) => {
	test.setTimeout(site.length * 5_000);
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	const missing: string[] = [];
	for (const { url } of site) {
		await page.goto(url);
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
	}
	await context.close();
	expect(missing).toEqual([]);
});
