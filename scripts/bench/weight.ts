/**
 * Page weight as a reader's browser downloads it: every response of a fresh browser context, by kind,
 * uncompressed and gzip-compressed, before any interaction and after opening search and typing a query.
 */
import { gzipSync } from 'node:zlib';
import type { Browser, Response } from '@playwright/test';
import { SearchDialog } from '../../test-support/search.ts';

export const KINDS = ['html', 'css', 'js', 'images', 'fonts', 'other'] as const;
export type Kind = (typeof KINDS)[number];

/** Bytes of one kind of file, as stored and as sent by a server that gzips text. */
export interface Bytes {
	raw: number;
	gzip: number;
}

export type Weight = Record<Kind | 'total', Bytes>;

/** What `url` weighs before interaction and, when a query is given, once search shows its results. */
export interface PageWeight {
	url: string;
	before: Weight;
	afterSearch?: Weight;
}

/** Kind of a response by its content type; Pagefind's index, fragments and WebAssembly count as `other`. */
function kindOf(contentType: string): Kind {
	if (contentType.includes('html')) return 'html';
	if (contentType.includes('css')) return 'css';
	if (contentType.includes('javascript')) return 'js';
	if (contentType.startsWith('image/')) return 'images';
	if (contentType.startsWith('font/') || contentType.includes('woff')) return 'fonts';
	return 'other';
}

/**
 * Text types are counted gzipped, like GitHub Pages sends them; everything else as is (images, fonts and
 * Pagefind's files are compressed already).
 */
const COMPRESSIBLE = /html|css|javascript|json|xml|svg|text\//;

function emptyWeight(): Weight {
	return Object.fromEntries([...KINDS, 'total'].map((kind) => [kind, { raw: 0, gzip: 0 }])) as Weight;
}

/** Sum of the first response for each URL; a file fetched twice is downloaded once. */
async function sum(responses: Map<string, Promise<{ kind: Kind; raw: number; gzip: number } | undefined>>) {
	const weight = emptyWeight();
	for (const pending of responses.values()) {
		const file = await pending;
		if (!file) continue;
		for (const key of [file.kind, 'total'] as const) {
			weight[key].raw += file.raw;
			weight[key].gzip += file.gzip;
		}
	}
	return weight;
}

async function measureResponse(response: Response) {
	if (response.status() >= 300 && response.status() < 400) return undefined;
	const contentType = response.headers()['content-type'] ?? '';
	const body = await response.body().catch(() => undefined);
	if (!body) return undefined;
	const gzip = COMPRESSIBLE.test(contentType) ? gzipSync(body, { level: 9 }).length : body.length;
	return { kind: kindOf(contentType), raw: body.length, gzip };
}

/**
 * Loads `url` in a fresh context (empty cache) and waits for the network to go quiet, which includes
 * scripts that start when the browser is idle; then, if `query` is given, opens search and types it.
 */
export async function measureWeight(browser: Browser, url: string, query?: string): Promise<PageWeight> {
	const context = await browser.newContext();
	const responses = new Map<string, Promise<{ kind: Kind; raw: number; gzip: number } | undefined>>();
	context.on('response', (response) => {
		if (!responses.has(response.url())) responses.set(response.url(), measureResponse(response));
	});
	const page = await context.newPage();
	await page.goto(url);
	await page.waitForLoadState('networkidle');
	const result: PageWeight = { url, before: await sum(responses) };
	if (query !== undefined) {
		const search = new SearchDialog(page, { anySearch: true });
		await search.open();
		await search.searchFor(query);
		await page.waitForLoadState('networkidle');
		result.afterSearch = await sum(responses);
	}
	await context.close();
	return result;
}

/** What the network carried for one page view: requests made and bytes on the wire (headers and bodies). */
export interface Transfer {
	url: string;
	requests: number;
	bytes: number;
}

/**
 * Opens `first` in a fresh context (empty cache), then follows to `second` in the same context, as a reader
 * moving to the next note does, and counts what each view actually transferred from the server: responses
 * the browser took from its cache cost nothing. Needs a server that sends caching headers (GitHub Pages
 * sends `max-age=600`; so does scripts/static-server.ts).
 */
export async function measureVisit(browser: Browser, first: string, second: string): Promise<[Transfer, Transfer]> {
	const context = await browser.newContext();
	const page = await context.newPage();
	const view = async (url: string): Promise<Transfer> => {
		const sizes: Promise<number>[] = [];
		const onFinished = (request: import('@playwright/test').Request) =>
			sizes.push(
				(async () => {
					const response = await request.response();
					if (!response || response.request().timing().responseStart < 0) return 0;
					const { responseBodySize, responseHeadersSize } = await request.sizes();
					return responseBodySize + responseHeadersSize;
				})(),
			);
		page.on('requestfinished', onFinished);
		await page.goto(url);
		await page.waitForLoadState('networkidle');
		page.off('requestfinished', onFinished);
		const bytes = await Promise.all(sizes);
		return { url, requests: bytes.filter((size) => size > 0).length, bytes: bytes.reduce((a, b) => a + b, 0) };
	};
	const result: [Transfer, Transfer] = [await view(first), await view(second)];
	await context.close();
	return result;
}
