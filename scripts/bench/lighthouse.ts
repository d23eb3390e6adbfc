/**
 * Lighthouse scores with its default (mobile) settings, driving the system Chromium. Chromium is started
 * with every host but the local server made unresolvable, so an audit cannot reach outside even by
 * accident; any request that tried is reported.
 */
import { launch, type LaunchedChrome } from 'chrome-launcher';
import lighthouse from 'lighthouse';
// Lighthouse's simulator keeps the node timings of its last simulation of each metric; the same module
// instance Lighthouse uses, so what it reports is what Lighthouse computed.
import * as Lantern from 'lighthouse/core/lib/lantern/lantern.js';
import { paintPath, type PaintPath, type SimulatedNode } from './paint-path.ts';
import { CHROMIUM_ARGS, findChromium } from '../../test-support/chromium.ts';

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type Category = (typeof CATEGORIES)[number];

export interface LighthouseRun {
	scores: Record<Category, number>;
	/** First and Largest Contentful Paint and Total Blocking Time (simulated mobile), milliseconds. */
	fcp: number;
	lcp: number;
	tbt: number;
	/** Cumulative Layout Shift. */
	cls: number;
	/** Requests that held back the first paint, as Lighthouse's render-blocking insight lists them. */
	renderBlocking: string[];
	/** Requests to any host but 127.0.0.1 that the page or an audit attempted. */
	outside: string[];
	/**
	 * What the simulated paints waited for (Lantern's pessimistic graphs, the slower of the two it averages):
	 * requests with simulated times and round trips, and CPU time. Absent in results from before it was recorded.
	 */
	paths?: { fcp: PaintPath; lcp: PaintPath };
	/** The Largest Contentful Paint element as Lighthouse names it (a CSS selector); empty when it names none. */
	lcpElement?: string;
	/** Lighthouse's own CPU speed estimate for this run; low values explain low performance scores on a busy machine. */
	benchmarkIndex: number;
}

/** One Chromium for all runs; Lighthouse opens a fresh tab and clears storage for each. */
export async function startChrome(): Promise<LaunchedChrome> {
	return launch({
		chromePath: findChromium(),
		chromeFlags: ['--headless=new', '--no-sandbox', ...CHROMIUM_ARGS],
	});
}

/**
 * Runs Lighthouse on `url`; categories left out score NaN (every page gets performance, a few get all four).
 * With `paths`, the run also records what its simulated paints waited for (scripts/bench/first-paint.ts);
 * the bench leaves them out of bench/results.json, where they would be most of the file.
 */
export async function runLighthouse(
	chrome: LaunchedChrome,
	url: string,
	categories: readonly Category[] = CATEGORIES,
	{ paths = false }: { paths?: boolean } = {},
): Promise<LighthouseRun> {
	const result = await lighthouse(url, {
		port: chrome.port,
		output: 'json',
		logLevel: 'error',
		onlyCategories: [...categories],
	});
	if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
	const { lhr } = result;
	if (lhr.runtimeError) throw new Error(`Lighthouse failed on ${url}: ${lhr.runtimeError.message}`);
	const scores = Object.fromEntries(
		CATEGORIES.map((category) => [category, Math.round((lhr.categories[category]?.score ?? Number.NaN) * 100)]),
	) as Record<Category, number>;
	const requests = (lhr.audits['network-requests']?.details as { items?: { url?: string }[] } | undefined)?.items ?? [];
	const outside = requests
		.map((item) => item.url ?? '')
		.filter((requested) => /^(?:https?|wss?):/.test(requested) && new URL(requested).hostname !== '127.0.0.1');
	const blocking = lhr.audits['render-blocking-insight'] ?? lhr.audits['render-blocking-resources'];
	const blockingItems = (blocking?.details as { items?: { url?: string }[] } | undefined)?.items ?? [];
	return {
		scores,
		fcp: lhr.audits['first-contentful-paint']?.numericValue ?? Number.NaN,
		lcp: lhr.audits['largest-contentful-paint']?.numericValue ?? Number.NaN,
		tbt: lhr.audits['total-blocking-time']?.numericValue ?? Number.NaN,
		cls: lhr.audits['cumulative-layout-shift']?.numericValue ?? Number.NaN,
		renderBlocking: blockingItems.map((item) => item.url ?? ''),
		...(paths
			? {
					paths: {
						fcp: simulatedPath('pessimisticFirstContentfulPaint'),
						lcp: simulatedPath('pessimisticLargestContentfulPaint'),
					},
				}
			: {}),
		lcpElement: lcpElementOf(lhr.audits['largest-contentful-paint-element']?.details) ?? '',
		outside,
		benchmarkIndex: lhr.environment.benchmarkIndex,
	};
}

/** The requests and CPU time of Lighthouse's last simulation labelled `label` (Lantern labels them by metric). */
function simulatedPath(label: string): PaintPath {
	const timings = Lantern.Simulation.Simulator.allNodeTimings.get(label);
	if (!timings) throw new Error(`Lighthouse ran no simulation named ${label}; has Lantern changed?`);
	const nodes: SimulatedNode[] = [...timings].map(([node, timing]) => ({
		type: node.type,
		...(node.type === 'network' ? { request: node.request } : {}),
		startTime: timing.startTime,
		endTime: timing.endTime,
		...('connectionTiming' in timing && timing.connectionTiming
			? { timeToFirstByte: timing.connectionTiming.timeToFirstByte }
			: {}),
	}));
	return paintPath(nodes);
}

/** The selector of the element in Lighthouse's LCP-element audit, whose details are a list of tables. */
function lcpElementOf(details: unknown): string | undefined {
	const tables = (details as { items?: { items?: { node?: { selector?: string } }[] }[] } | undefined)?.items ?? [];
	return tables.flatMap((table) => table.items ?? []).find((row) => row.node?.selector)?.node?.selector;
}
