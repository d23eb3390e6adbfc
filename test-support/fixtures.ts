import {
	test as base,
	type Browser,
	type BrowserContext,
	type BrowserContextOptions,
	type Page,
} from '@playwright/test';
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

export interface EveryPageOptions {
	/** Options of the one context all pages open in (viewport, JavaScript off, …). */
	context?: BrowserContextOptions;
	/** Runs on the context before the first page opens: init scripts, request routing. */
	prepare?: (context: BrowserContext) => Promise<void>;
	/** Time allowed per page; the test's limit is this times the number of pages. Default 5 s. */
	perPageMs?: number;
}

/**
 * Opens every crawled page, one after another, in a single fresh context (one context for the whole site
 * keeps these checks fast on two cores) and calls `visit` once each page has loaded.
 */
export async function forEveryPage(
	browser: Browser,
	site: readonly CrawledPage[],
	options: EveryPageOptions,
	visit: (page: Page, url: string) => Promise<void>,
): Promise<void> {
	test.setTimeout(site.length * (options.perPageMs ?? 5_000));
	const context = await browser.newContext(options.context);
	await options.prepare?.(context);
	const page = await context.newPage();
	try {
		for (const { url } of site) {
			await page.goto(url);
			await visit(page, url);
		}
	} finally {
		await context.close();
	}
}
