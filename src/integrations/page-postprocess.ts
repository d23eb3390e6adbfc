/**
 * Finishes every built HTML page once, over the written files, instead of in a middleware that buffered and
 * rewrote each response while Astro rendered it (the middleware cost about a fifth of a 1,000-page build):
 * - the Content-Security-Policy `<meta>` first in `<head>` (src/lib/csp-head.ts);
 * - island ids that do not depend on the folder the site was built in (src/lib/island-ids.ts);
 * - one render-blocking stylesheet for the whole site, holding Astro's island rule too, so no `<style>`
 *   is left inside `<main>` (src/lib/page-css/shared-stylesheet.ts).
 * Runs before Starlight's Pagefind step (it comes first in the integrations list), so the index is built
 * from the finished pages. The dev server renders pages as Astro writes them.
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { policyFirst } from '../lib/csp-head.ts';
import { stableIslandIds } from '../lib/island-ids.ts';
import {
	blockingStylesheets,
	linkSharedStylesheet,
	mergedOrder,
	sharedCss,
	sharedCssName,
} from '../lib/page-css/shared-stylesheet.ts';

export function pagePostprocess(): AstroIntegration {
	let base = '/';
	let assetsDir = '_astro';
	return {
		name: 'page-postprocess',
		hooks: {
			'astro:config:done': ({ config }) => {
				base = config.base.endsWith('/') ? config.base : `${config.base}/`;
				assetsDir = config.build.assets;
			},
			'astro:build:done': async ({ dir, logger }) => {
				const root = fileURLToPath(dir);
				// Sorted, so the merged order (and the shared file's hash) does not depend on how the folder is read.
				const files = (await readdir(root, { recursive: true })).filter((name) => name.endsWith('.html')).sort();
				const pages = await Promise.all(
					files.map(async (file) => ({ file, html: await readFile(join(root, file), 'utf8') })),
				);

				const order = mergedOrder(pages.map(({ html }) => blockingStylesheets(html)));
				const pathOf = (href: string) => {
					if (!href.startsWith(base)) throw new Error(`stylesheet ${href} is not under the base path ${base}`);
					return join(root, href.slice(base.length));
				};
				const css = sharedCss(await Promise.all(order.map((href) => readFile(pathOf(href), 'utf8'))));
				const name = sharedCssName(css);
				await writeFile(join(root, assetsDir, name), css);
				const href = `${base}${assetsDir}/${name}`;

				await Promise.all(
					pages.map(async ({ file, html }) => {
						const finished = policyFirst(stableIslandIds(linkSharedStylesheet(html, href)));
						if (finished !== html) await writeFile(join(root, file), finished);
					}),
				);
				logger.info(`${pages.length} pages finished; ${order.length} stylesheets merged into ${href}`);
			},
		},
	};
}
