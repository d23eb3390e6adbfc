import { test as base } from '@playwright/test';
import { crawlSite, type CrawledPage } from './crawl.ts';

/**
 * Playwright's `test` with a worker-scoped `site`: every page the crawler reaches, fetched once per worker
 * and shared by all tests that run there, so whole-site checks don't each pay for a crawl.
 */
export const test = base.extend<object, { site: CrawledPage[] }>({
	site: [
		async ({ playwright }, use) => {
			const request = await playwright.request.newContext();
			const pages = await crawlSite(request);
			await request.dispose();
			await use(pages);
		},
		{ scope: 'worker' },
	],
});

export { expect } from '@playwright/test';
