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
 *
 * The pages are read, scanned, finished and written in worker threads (page-postprocess-worker.ts), a share
 * each, with the site-wide decisions (the merged stylesheet, the icons) made here between the scan and the
 * finishing: on one thread the step took about 0.55 s of a 1,000-page build, half of it waiting on the files; on two
 * cores with two workers, about 0.3 s.
 * Each page's result depends only on the page and those decisions (finish-page.ts), not on the split.
 */
import { readdirSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { AstroIntegrationLogger } from 'astro';
import type { CssDelivery, PageScan, SiteFinishing } from './finish-page.ts';
import { svgDataUrl } from './inline-icon.ts';
import { mergedOrder, sharedCss, sharedCssName } from './page-css/shared-stylesheet.ts';
import { AFTER_PAINT_LOADER } from './page-scripts/after-paint.ts';
import type { WorkerInput, WorkerMessage } from './page-postprocess-worker.ts';

export type { CssDelivery } from './finish-page.ts';

/** Worker threads for the finishing: one per core, at most four (beyond that the disk, not the CPU, decides). */
const WORKERS = Math.max(1, Math.min(4, availableParallelism()));

/** Worker threads started ahead of the finishing (see {@link startFinishingWorkers}). */
export interface FinishingWorkers {
	workers: FinishingWorker[];
}

/**
 * Starts the finishing's worker threads, to be handed to {@link finishPages}. The site integration starts them
 * when the build starts, so their 0.1 s of loading overlaps the bundling instead of delaying the finishing;
 * they wait without using the CPU and do not keep a failed build's process alive.
 */
export function startFinishingWorkers(): FinishingWorkers {
	return { workers: Array.from({ length: WORKERS }, finishingWorker) };
}

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
	/** Workers from {@link startFinishingWorkers}; started here when absent. Stopped either way. */
	workers?: FinishingWorkers | undefined;
}): Promise<void> {
	const { dir, logger } = options;
	const { workers } = options.workers ?? startFinishingWorkers();
	try {
		const root = fileURLToPath(dir);
		// Sorted, so the merged order (and the shared file's hash) does not depend on how the folder is read. The
		// synchronous listing is 60 ms faster than the promise one here, and nothing else runs meanwhile.
		const files = readdirSync(root, { recursive: true, encoding: 'utf8' })
			.filter((name) => name.endsWith('.html'))
			.sort();
		const share = Math.ceil(files.length / workers.length);
		// In file order: the shares are consecutive slices of the sorted list.
		const scans = (
			await Promise.all(
				workers.map((worker, index) => worker.scan({ root, files: files.slice(index * share, (index + 1) * share) })),
			)
		).flat();
		const { site, sheets } = await siteFinishing(scans, { ...options, root });
		await Promise.all(workers.map((worker) => worker.finish(site)));
		const into = site.delivery === 'file' ? site.href : `a <style> in each page (${site.css.length} bytes)`;
		logger.info(`${files.length} pages finished; ${sheets} stylesheets merged into ${into}`);
	} finally {
		await Promise.all(workers.map((worker) => worker.stop()));
	}
}

/**
 * The decisions every page is finished with, from the scans of all pages in file order: the shared stylesheet
 * (written when it is a file) and the icons as `data:` URLs.
 */
async function siteFinishing(
	scans: readonly PageScan[],
	{ root, base, assetsDir, delivery }: { root: string; base: string; assetsDir: string; delivery: CssDelivery },
): Promise<{ site: SiteFinishing; sheets: number }> {
	const mediaOf = new Map<string, string>();
	for (const { href, media } of scans.flatMap(({ sheets }) => sheets)) {
		if ((mediaOf.get(href) ?? media) !== media)
			throw new Error(`stylesheet ${href} is linked for different media on different pages`);
		mediaOf.set(href, media);
	}
	const order = mergedOrder(scans.map(({ sheets }) => sheets.map(({ href }) => href)));
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
	if (delivery === 'file') await writeFile(join(root, assetsDir, name), css);
	const icons: SiteFinishing['icons'] = [];
	for (const href of new Set(scans.flatMap(({ iconHrefs }) => iconHrefs)))
		if (href.startsWith(base)) icons.push([href, svgDataUrl(await readFile(pathOf(href), 'utf8'))]);
	return {
		site: { delivery, css, href: `${base}${assetsDir}/${name}`, icons, loader: AFTER_PAINT_LOADER },
		sheets: order.length,
	};
}

interface FinishingWorker {
	/** Reads and scans `input.files`, which it keeps for `finish`. */
	scan: (input: WorkerInput) => Promise<PageScan[]>;
	/** Finishes and writes the scanned pages. */
	finish: (site: SiteFinishing) => Promise<void>;
	stop: () => Promise<void>;
}

function finishingWorker(): FinishingWorker {
	const worker = new Worker(new URL('./page-postprocess-worker.ts', import.meta.url));
	worker.unref();
	// An error or exit before the awaited message fails whichever step is waiting (the build stops with it).
	const failed = new Promise<never>((_, reject) => {
		worker.once('error', reject);
		worker.once('exit', (code) => reject(new Error(`a page finishing worker stopped (exit code ${code})`)));
	});
	failed.catch(() => {});
	const ask = async <Type extends WorkerMessage['type']>(request: unknown, type: Type) => {
		const answer = Promise.race([
			new Promise<WorkerMessage>((resolve) => worker.once('message', resolve)).then((message) => {
				if (message.type !== type) throw new Error(`a page finishing worker sent ${message.type}, not ${type}`);
				return message as Extract<WorkerMessage, { type: Type }>;
			}),
			failed,
		]);
		worker.postMessage(request);
		return answer;
	};
	return {
		scan: async (input) => (await ask(input, 'scanned')).pages,
		finish: async (site) => {
			await ask(site, 'finished');
		},
		stop: async () => {
			await worker.terminate();
		},
	};
}
