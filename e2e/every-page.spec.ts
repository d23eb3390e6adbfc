import { expect, test } from '@playwright/test';
import { crawlSite, linksIn } from './support/crawl.ts';
import { SITE_ROOT } from './support/site.ts';
import { brokenKoreanWords } from './support/word-breaks.ts';

test.describe('every page', () => {
	test('loads without console errors, never scrolls sideways and never splits a Korean word at 375 px', async ({
		browser,
		request,
	}) => {
		const pages = await crawlSite(request);
		expect(pages.length).toBeGreaterThanOrEqual(12);
		const context = await browser.newContext({ viewport: { width: 375, height: 812 } });
		const page = await context.newPage();
		const errors: string[] = [];
		page.on('console', (message) => {
			if (message.type() === 'error' && !message.text().includes('404'))
				errors.push(`${page.url()}: ${message.text()}`);
		});
		page.on('pageerror', (error) => errors.push(`${page.url()}: ${error.message}`));
		for (const { url } of pages) {
			await page.goto(url);
			const overflow = await page.evaluate(
				() => document.documentElement.scrollWidth - document.documentElement.clientWidth,
			);
			expect(overflow, `${url} scrolls sideways by ${overflow}px`).toBeLessThanOrEqual(0);
			expect(await brokenKoreanWords(page), `${url} splits Korean words across lines`).toEqual([]);
		}
		expect(errors).toEqual([]);
		await context.close();
	});
});

test('every same-origin link and asset on every page stays under the base path and resolves', async ({ request }) => {
	const pages = await crawlSite(request);
	const checked = new Map<string, number>();
	const broken: string[] = [];
	for (const { url, html } of pages) {
		for (const link of linksIn(html, url)) {
			link.hash = '';
			if (!link.href.startsWith(SITE_ROOT)) {
				broken.push(`${url} → ${link.href} (outside ${SITE_ROOT})`);
				continue;
			}
			if (!checked.has(link.href)) checked.set(link.href, (await request.get(link.href)).status());
			if (checked.get(link.href)! >= 400) broken.push(`${url} → ${link.href} (${checked.get(link.href)})`);
		}
	}
	expect(checked.size).toBeGreaterThan(pages.length);
	expect(broken).toEqual([]);
});
