import type { APIRequestContext } from '@playwright/test';
import { pagePath, sidebar } from '../src/lib/site/sidebar.ts';
import { ORIGIN, SITE_ROOT } from './site.ts';

/** Every URL-bearing attribute a built page can hold; `srcset` lists several. */
const URL_ATTRIBUTE = /\s(?:href|src|srcset|content)="([^"]*)"/g;

/** Absolute URLs (same origin, no fragment) that an HTML document links to. */
export function linksIn(html: string, pageUrl: string, origin = ORIGIN): URL[] {
	const urls: URL[] = [];
	for (const [, raw = ''] of html.matchAll(URL_ATTRIBUTE)) {
		const value = raw.replaceAll('&amp;', '&');
		const candidates =
			value.includes(',') || / \d+[wx]$/.test(value)
				? value.split(',').map((part) => part.trim().split(/\s+/)[0] ?? '')
				: [value];
		for (const candidate of candidates) {
			if (!candidate || /^(?:data|mailto|javascript):/i.test(candidate)) continue;
			if (!/^(?:https?:|\/|\.|#|[\w-]+\/)/.test(candidate)) continue;
			const url = new URL(candidate, pageUrl);
			if (url.origin === origin) urls.push(url);
		}
	}
	return urls;
}

export interface CrawledPage {
	url: string;
	status: number;
	html: string;
}

type SidebarItem = string | { link?: string; items?: readonly SidebarItem[] };

/** Root-relative paths of every page the sidebar lists (`/`, each note, the glossary, the tags page). */
export function sidebarPaths(items: readonly SidebarItem[] = sidebar): string[] {
	return items.flatMap((item) =>
		typeof item === 'string'
			? [pagePath(item)]
			: [...(item.link ? [item.link] : []), ...sidebarPaths(item.items ?? [])],
	);
}

/**
 * The one check every whole-site gate relies on: the crawl reached, with status 200, every page the sidebar
 * lists. A crawl that found nothing (a broken home page, a wrong base path) would otherwise pass every gate.
 * @throws naming the pages the crawl missed.
 */
export function assertCrawlCoversSidebar(pages: readonly CrawledPage[], siteRoot = SITE_ROOT): void {
	const reached = new Set(pages.filter(({ status }) => status === 200).map(({ url }) => url));
	const expected = sidebarPaths().map((path) => `${siteRoot}${path.slice(1)}`);
	const missing = expected.filter((url) => !reached.has(url));
	if (missing.length > 0 || pages.length < expected.length) {
		throw new Error(
			`the crawl reached ${pages.length} pages but not all ${expected.length} the sidebar lists; not reached with status 200: ${missing.join(', ') || '(none by URL)'}`,
		);
	}
}

/**
 * Visits every HTML page reachable from the home page by links, the way a reader (or a crawler) could.
 * Returns the pages in discovery order; the 404 page is included via its own URL. Fails unless every page
 * the sidebar lists was reached (`assertCrawlCoversSidebar`), so no gate can pass on a short crawl. `siteRoot`
 * is the suite's server unless a test serves a build of its own (e.g. a scratch copy with imported notes).
 */
export async function crawlSite(request: APIRequestContext, siteRoot = SITE_ROOT): Promise<CrawledPage[]> {
	const origin = new URL(siteRoot).origin;
	const seen = new Set<string>();
	const queue = [siteRoot, `${siteRoot}404.html`];
	const pages: CrawledPage[] = [];
	while (queue.length > 0) {
		const url = queue.shift()!;
		if (seen.has(url)) continue;
		seen.add(url);
		const response = await request.get(url);
		if (!(response.headers()['content-type'] ?? '').startsWith('text/html')) continue;
		const html = await response.text();
		pages.push({ url, status: response.status(), html });
		for (const link of linksIn(html, url, origin)) {
			link.hash = '';
			link.search = '';
			const next = link.href;
			if (next.startsWith(siteRoot) && (next.endsWith('/') || next.endsWith('.html')) && !seen.has(next))
				queue.push(next);
		}
	}
	assertCrawlCoversSidebar(pages, siteRoot);
	return pages;
}
