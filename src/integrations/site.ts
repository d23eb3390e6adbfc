/**
 * The site's one Astro integration: every build-time concern that is not Starlight's, registered once in
 * astro.config.mjs before `starlight()`.
 * - `astro:config:setup`: the Content-Security-Policy with the hashes of `is:inline` scripts (csp/policy.ts),
 *   the Markdown processor and its steps (markdown/processor.ts), stylesheets as files for the page finishing,
 *   and the dev server's search index (dev-search/integration.ts), all through `updateConfig`.
 * - `astro:build:done`: finishing every page (page-postprocess.ts: policy first, island ids, one shared
 *   stylesheet, module scripts after the first paint).
 *
 * Order matters twice, which is why this integration must come before Starlight in the list: Starlight adds
 * its Markdown plugins to whatever `markdown.processor` holds when its own `astro:config:setup` runs, and it
 * builds the Pagefind index in its own `astro:build:done`, which must read the finished pages. Astro runs each
 * hook integration by integration in list order, so the page finishing is a hook here rather than an
 * integration added through `updateConfig` (those are appended after Starlight); the concepts' Pagefind page ids
 * (search-page-ids.ts) are such an integration because they need the index. The dev search index only acts
 * under `astro dev`, where its place in the list does not matter, so it is added the way Starlight adds its own.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { astroSourcesUnder, cspHash, inlineScriptHashes, siteCsp } from './csp/policy.ts';
import { devSearchIndex } from './dev-search/integration.ts';
import { directDynamicImports } from './direct-dynamic-imports.ts';
import { markdownProcessor } from './markdown/processor.ts';
import { finishPages, startFinishingWorkers, type CssDelivery, type FinishingWorkers } from './page-postprocess.ts';
import { AFTER_PAINT_LOADER } from './page-scripts/after-paint.ts';
import { searchPageIds } from './search-page-ids.ts';

const NAME = 'aws-ec2-notes:site';
/**
 * Pages Astro renders at once (see `build.concurrency` below). On 2 cores at 1,000 pages: 1 was 0.7 s slower than
 * 4; 8, 16 and 32 rendered in 2.5–2.8 s against 4's 2.7–3.0 s (each run several times), so 16, with room either way.
 */
const RENDER_CONCURRENCY = 16;

export interface SiteIntegrationOptions {
	/**
	 * How the shared CSS reaches a page (see `CssDelivery`); `PAGE_CSS=inline` in the environment overrides it
	 * for one build, to measure the two.
	 * @default 'file'
	 */
	css?: CssDelivery;
}

export function siteIntegration(options: SiteIntegrationOptions = {}): AstroIntegration {
	const delivery = cssDelivery(process.env['PAGE_CSS']) ?? options.css ?? 'file';
	let base = '/';
	let assetsDir = '_astro';
	let workers: FinishingWorkers | undefined;
	return {
		name: NAME,
		hooks: {
			'astro:config:setup': async ({ config, updateConfig, addClientDirective }) => {
				const names = config.integrations.map((integration) => integration.name);
				const starlightAt = names.indexOf('@astrojs/starlight');
				if (starlightAt >= 0 && starlightAt < names.indexOf(NAME))
					throw new Error(
						`${NAME} must come before starlight() in astro.config.mjs: Starlight builds the search index from the pages this integration finishes`,
					);
				// Where the `is:inline` scripts the policy must allow come from: Starlight's components and ours.
				// Hashing their sources means a Starlight update that changes them changes the policy too; Astro
				// adds the hashes of everything it bundles.
				const inlineScriptFolders = [
					fileURLToPath(new URL('.', import.meta.resolve('@astrojs/starlight/components'))),
					fileURLToPath(config.srcDir),
				];
				updateConfig({
					security: {
						csp: siteCsp([
							...inlineScriptHashes(await astroSourcesUnder(inlineScriptFolders)),
							// The page finishing adds this script to every page that has module scripts.
							cspHash(AFTER_PAINT_LOADER),
						]),
					},
					build: {
						// Stylesheets as files: Astro does not hash the styles of components used inside MDX content, so
						// its own inlining would put unhashed <style> elements on those pages. The page finishing merges
						// the files into one (or inlines it with its hash in the policy).
						inlineStylesheets: 'never',
						// Pages render while earlier ones are written: with one at a time, about a third of the
						// 1,000-page render was spent waiting on each page's mkdir and writeFile. The output does not
						// depend on the order (tests/reproducible-build.test.ts).
						concurrency: RENDER_CONCURRENCY,
					},
					markdown: {
						// Code blocks go through Starlight's Expressive Code; Astro's own Shiki pass is off (it styles inline).
						syntaxHighlight: false,
						processor: markdownProcessor({ base: config.base, site: config.site }),
					},
					// The homes' page ids need the Pagefind index, so that step must run after Starlight's: appended here.
					integrations: [devSearchIndex(), searchPageIds()],
					vite: { plugins: [directDynamicImports()] },
				});
				// `client:painted`: hydrate once the page has painted (src/scripts/after-paint/directive.ts).
				addClientDirective({
					name: 'painted',
					entrypoint: fileURLToPath(new URL('../scripts/after-paint/directive.ts', import.meta.url)),
				});
			},
			'astro:config:done': ({ config }) => {
				base = config.base.endsWith('/') ? config.base : `${config.base}/`;
				assetsDir = config.build.assets;
			},
			'astro:build:start': () => {
				workers = startFinishingWorkers();
			},
			'astro:build:done': ({ dir, logger }) => finishPages({ dir, base, assetsDir, delivery, logger, workers }),
		},
	};
}

/** `PAGE_CSS` from the environment: unset means the option decides; anything but `file` or `inline` stops the build. */
export function cssDelivery(value: string | undefined): CssDelivery | undefined {
	if (value === undefined) return undefined;
	if (value === 'file' || value === 'inline') return value;
	throw new Error(`PAGE_CSS must be "file" or "inline", not ${JSON.stringify(value)}`);
}
