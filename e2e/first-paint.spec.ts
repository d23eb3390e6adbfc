/**
 * What a page waits for before its first paint: the HTML and one stylesheet, the same file on every page
 * (src/integrations/page-postprocess.ts merges Astro's sheets, print included), so the next page finds it
 * cached; module scripts start only after the page has painted (src/integrations/page-scripts/after-paint.ts).
 * Structural, not timed: timings are the bench's (npm run bench; per page, scripts/bench/first-paint.ts).
 */
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { expect, test } from '../test-support/fixtures.ts';
import { BASE_PATH, SITE_ROOT } from '../test-support/site.ts';

/** A `<script src>` the parser stops for: classic, without `async` or `defer`. */
const parserBlocking = (script: Element) =>
	script.properties['src'] !== undefined &&
	String(script.properties['type'] ?? '') !== 'module' &&
	script.properties['async'] === undefined &&
	script.properties['defer'] === undefined;

/** A stylesheet that holds back rendering: every medium, not an alternate. */
const renderBlocking = (link: Element) => {
	const rel = (link.properties['rel'] as string[] | undefined) ?? [];
	const media = String(link.properties['media'] ?? 'all').trim();
	return rel.includes('stylesheet') && !rel.includes('alternate') && (media === 'all' || media === '');
};

test('every page waits for one stylesheet, the same one everywhere, and for no script; no <style> in <body>', async ({
	site,
}) => {
	expect(site.length).toBeGreaterThanOrEqual(12);
	const findings = site.map(({ url, html }) => {
		const tree = fromHtml(html);
		return {
			url,
			sheets: selectAll('link', tree)
				.filter(renderBlocking)
				.map((link) => String(link.properties['href']).replace(/\.[\w-]+\.css$/, '.css')),
			blockingScripts: selectAll('script', tree).filter(parserBlocking).length,
			moduleScriptLinks: selectAll('script[type="module"][src]', tree).length,
			stylesInBody: selectAll('body style', tree).length,
		};
	});
	const shared = new Set(
		site.flatMap(({ html }) =>
			selectAll('link', fromHtml(html))
				.filter(renderBlocking)
				.map((link) => link.properties['href']),
		),
	);
	expect(shared.size, 'one stylesheet file for the whole site').toBe(1);
	expect(findings).toEqual(
		site.map(({ url }) => ({
			url,
			sheets: [`${BASE_PATH}/_astro/site.css`],
			blockingScripts: 0,
			moduleScriptLinks: 0,
			stylesInBody: 0,
		})),
	);
});

test('module scripts start loading only after the page has loaded, and then run', async ({ page }) => {
	await page.goto(`${SITE_ROOT}placement-groups/`);
	// The search button is disabled until its module runs: the deferred scripts did load and run.
	await expect(page.getByRole('button', { name: '검색' })).toBeEnabled();
	const timing = await page.evaluate(() => ({
		load: (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).loadEventStart,
		scriptStarts: performance
			.getEntriesByType('resource')
			.filter((entry) => new URL(entry.name).pathname.endsWith('.js'))
			.map((entry) => entry.startTime),
	}));
	// Search, prefetch, both tables of contents and the quiz, at least.
	expect(timing.scriptStarts.length).toBeGreaterThanOrEqual(5);
	expect(timing.load).toBeGreaterThan(0);
	expect(timing.scriptStarts.filter((start) => start < timing.load)).toEqual([]);
});
