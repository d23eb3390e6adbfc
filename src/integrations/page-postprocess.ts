/**
 * Finishes every built HTML page once, over the written files, instead of in a middleware that buffered and
 * rewrote each response while Astro rendered it (the middleware cost about a fifth of a 1,000-page build):
 * - the Content-Security-Policy `<meta>` first in `<head>`, listing only the hashes the page uses
 *   (src/integrations/csp/policy-first.ts);
 * - island ids that do not depend on the folder the site was built in (src/integrations/island-ids.ts);
 * - the CSS of the whole site merged into one file, with Astro's island rule (or inlined in each page's
 *   `<head>`, allowed by its hash), so no page waits for several stylesheets and no `<style>` is left inside
 *   `<main>` (src/integrations/page-css/shared-stylesheet.ts);
 * - module scripts loaded once the page has painted, and the SVG icon inside the page, so no request but
 *   the shared stylesheet is on the paint's path (src/integrations/page-scripts/after-paint.ts,
 *   src/integrations/inline-icon.ts).
 * Run at `astro:build:done` by the site integration (site.ts), before Starlight's Pagefind step, so the index
 * is built from the finished pages. The dev server renders pages as Astro writes them.
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegrationLogger } from 'astro';
import { cspHash } from './csp/policy.ts';
import { allowStyleElement, policyFirst, withoutUnusedHashes } from './csp/policy-first.ts';
import { inlineIcon, svgDataUrl, svgIconHrefs } from './inline-icon.ts';
import { stableIslandIds } from './island-ids.ts';
import { loadModulesAfterPaint } from './page-scripts/after-paint.ts';
import {
	inlineSharedCss,
	linkSharedStylesheet,
	mergedOrder,
	pageStylesheets,
	sharedCss,
	sharedCssName,
} from './page-css/shared-stylesheet.ts';

/**
 * How the shared CSS reaches a page: as one file the browser caches (`file`, the default: one render-blocking
 * request on the first page, none on the next), or inside every page (`inline`: nothing to fetch before the
 * first paint, but about 11 KB gzip more on every later page and 57 KB more written per page, which tripled
 * dist/ and slowed the 1,000-page build).
 */
export type CssDelivery = 'file' | 'inline';

/** Finishes the built pages under `dir` in place and writes the shared stylesheet when `delivery` is `file`. */
export async function finishPages(options: {
	/** The build output folder, as `astro:build:done` gives it. */
	dir: URL;
	/** The base path with a trailing slash. */
	base: string;
	/** Astro's `build.assets` folder, where the shared stylesheet goes. */
	assetsDir: string;
	delivery: CssDelivery;
	logger: AstroIntegrationLogger;
}): Promise<void> {
	const { dir, base, assetsDir, delivery, logger } = options;
	const root = fileURLToPath(dir);
	// Sorted, so the merged order (and the shared file's hash) does not depend on how the folder is read.
	const files = (await readdir(root, { recursive: true })).filter((name) => name.endsWith('.html')).sort();
	const pages = await Promise.all(
		files.map(async (file) => ({ file, html: await readFile(join(root, file), 'utf8') })),
	);

	const sheets = pages.map(({ html }) => pageStylesheets(html));
	const mediaOf = new Map<string, string>();
	for (const { href, media } of sheets.flat()) {
		if ((mediaOf.get(href) ?? media) !== media)
			throw new Error(`stylesheet ${href} is linked for different media on different pages`);
		mediaOf.set(href, media);
	}
	const order = mergedOrder(sheets.map((page) => page.map(({ href }) => href)));
	const pathOf = (href: string) => {
		if (!href.startsWith(base)) throw new Error(`stylesheet ${href} is not under the base path ${base}`);
		return join(root, href.slice(base.length));
	};
	const css = sharedCss(
		await Promise.all(
			order.map(async (href) => ({ css: await readFile(pathOf(href), 'utf8'), media: mediaOf.get(href) ?? '' })),
		),
	);
	const name = sharedCssName(css);
	const href = `${base}${assetsDir}/${name}`;
	if (delivery === 'file') await writeFile(join(root, assetsDir, name), css);

	const icons = new Map<string, string>();
	for (const href of new Set(pages.flatMap(({ html }) => svgIconHrefs(html))))
		if (href.startsWith(base)) icons.set(href, svgDataUrl(await readFile(pathOf(href), 'utf8')));
	const withIcons = (html: string) =>
		[...icons].reduce((page, [iconHref, dataUrl]) => inlineIcon(page, iconHref, dataUrl), html);

	const hash = `'${cspHash(css)}'`;
	const withCss = (html: string) =>
		delivery === 'inline' ? allowStyleElement(inlineSharedCss(html, css), hash) : linkSharedStylesheet(html, href);
	await Promise.all(
		pages.map(async ({ file, html }) => {
			const finished = policyFirst(
				withoutUnusedHashes(stableIslandIds(loadModulesAfterPaint(withIcons(withCss(html)))), cspHash),
			);
			if (finished !== html) await writeFile(join(root, file), finished);
		}),
	);
	const into = delivery === 'file' ? href : `a <style> in each page (${css.length} bytes)`;
	logger.info(`${pages.length} pages finished; ${order.length} stylesheets merged into ${into}`);
}
