/**
 * Search latency as a reader sees it, measured inside the browser: from the input event that carries the
 * query to the moment the first result link is in the page and visible.
 */
import type { Browser, ElementHandle } from '@playwright/test';
import { RESULT_LINK, SearchDialog } from '../../test-support/search.ts';

export interface SearchTiming {
	/** Latency of every measured query after the first, in milliseconds. */
	samples: number[];
	/** The first query after page load, which also loads the search index. */
	firstQuery: number;
	/** Queries that showed no result within the time limit (not counted in `samples`). */
	misses: string[];
	/**
	 * For this site's dialog only (`site-search`, which says when it is done): the time until the complete ranking
	 * was shown, for each search of `samples` that reached it. The first result can come earlier (a named
	 * concept's home).
	 */
	completeSamples: number[];
}

/** A query that shows nothing for this long counts as a miss rather than holding the benchmark up. */
const RESULT_TIMEOUT_MS = 5_000;

declare global {
	interface Window {
		benchLastInput?: number;
		benchResultShown?: Promise<number>;
		benchSearchDone?: Promise<number>;
	}
}

/**
 * Types `queries` one after another (each `repeat` times) into the search dialog of the page at `url`.
 * Before each query the input is emptied and the old results must disappear, so each timing belongs to
 * its own query. The query goes in as one input event, as when an IME commits or text is pasted.
 */
export async function measureSearch(
	browser: Browser,
	url: string,
	queries: readonly string[],
	repeat: number,
): Promise<SearchTiming> {
	const context = await browser.newContext();
	const page = await context.newPage();
	await page.goto(url);
	await page.waitForLoadState('networkidle');
	const search = new SearchDialog(page, { anySearch: true });
	await search.open();
	const { input } = search;
	const dialogElement = (await search.dialog.elementHandle()) as ElementHandle<Element>;
	await page.evaluate(() => {
		addEventListener('input', () => (window.benchLastInput = performance.now()), true);
	});

	const once = async (query: string): Promise<{ shown: number; done: number } | undefined> => {
		await input.fill('');
		await page.waitForFunction(
			([element, selector]) => ![...element.querySelectorAll(selector)].some((link) => link.checkVisibility()),
			[dialogElement, RESULT_LINK] as const,
		);
		await page.evaluate(
			([element, selector, timeout]) => {
				window.benchResultShown = new Promise((resolve) => {
					const shown = () => [...element.querySelectorAll(selector)].some((link) => link.checkVisibility());
					const observer = new MutationObserver(() => {
						if (!shown()) return;
						observer.disconnect();
						resolve(performance.now());
					});
					observer.observe(element, { subtree: true, childList: true, attributes: true, characterData: true });
					setTimeout(() => {
						observer.disconnect();
						resolve(Number.NaN);
					}, timeout);
				});
				const host = element.closest('site-search');
				window.benchSearchDone = new Promise((resolve) => {
					if (!host) return resolve(Number.NaN);
					const observer = new MutationObserver(() => {
						if (host.getAttribute('data-search-state') !== 'done') return;
						observer.disconnect();
						resolve(performance.now());
					});
					observer.observe(host, { attributes: true, attributeFilter: ['data-search-state'] });
					setTimeout(() => {
						observer.disconnect();
						resolve(Number.NaN);
					}, timeout);
				});
			},
			[dialogElement, RESULT_LINK, RESULT_TIMEOUT_MS] as const,
		);
		await input.fill(query);
		const shownAt = await page.evaluate(() => window.benchResultShown!);
		const doneAt = await page.evaluate(() => window.benchSearchDone!);
		const typedAt = await page.evaluate(() => window.benchLastInput ?? Number.NaN);
		return Number.isNaN(shownAt) ? undefined : { shown: shownAt - typedAt, done: doneAt - typedAt };
	};

	const timing: SearchTiming = { samples: [], firstQuery: Number.NaN, misses: [], completeSamples: [] };
	const [first = '검색'] = queries;
	timing.firstQuery = (await once(first))?.shown ?? Number.NaN;
	for (let round = 0; round < repeat; round++) {
		for (const query of queries) {
			const latency = await once(query);
			if (latency === undefined) timing.misses.push(query);
			else {
				timing.samples.push(latency.shown);
				if (!Number.isNaN(latency.done)) timing.completeSamples.push(latency.done);
			}
		}
	}
	await context.close();
	return timing;
}
