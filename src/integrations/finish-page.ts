/**
 * What finishing does to one page, apart from reading and writing it: what it needs of the page for the
 * site-wide decisions (`scanPage`), and the finished page once those are made (`finishPage`). Pure, so the
 * page finishing (page-postprocess.ts) can run it in worker threads over parts of the site.
 */
import { cspHash } from './csp/policy.ts';
import { allowStyleElement, policyFirst, withoutUnusedHashes } from './csp/policy-first.ts';
import { inlineIcon, svgIconHrefs } from './inline-icon.ts';
import { stableIslandIds } from './island-ids.ts';
import { loadModulesAfterPaint } from './page-scripts/after-paint.ts';
import {
	inlineSharedCss,
	linkSharedStylesheet,
	pageStylesheets,
	type PageSheet,
} from './page-css/shared-stylesheet.ts';

/**
 * How the shared CSS reaches a page: as one file the browser caches (`file`, the default: one render-blocking
 * request on the first page, none on the next), or inside every page (`inline`: nothing to fetch before the
 * first paint, but about 11 KB gzip more on every later page and 57 KB more written per page, which tripled
 * dist/ and slowed the 1,000-page build).
 */
export type CssDelivery = 'file' | 'inline';

/** What the site-wide steps need to know about a page. */
export interface PageScan {
	/** Its stylesheets in document order, merged into one for the whole site. */
	sheets: PageSheet[];
	/** The SVG files its icon links point at, inlined as `data:` URLs. */
	iconHrefs: string[];
}

/** The site-wide decisions every page is finished with; plain data, so it can be posted to a worker. */
export interface SiteFinishing {
	delivery: CssDelivery;
	/** The shared CSS, inlined when `delivery` is `inline`. */
	css: string;
	/** Where the shared stylesheet is, linked when `delivery` is `file`. */
	href: string;
	/** Icon file hrefs and the `data:` URLs that replace them. */
	icons: [href: string, dataUrl: string][];
	/** The module loader's text whose hash the policy lists (`AFTER_PAINT_LOADER` of the thread that made it). */
	loader: string;
}

export function scanPage(html: string): PageScan {
	return { sheets: pageStylesheets(html), iconHrefs: svgIconHrefs(html) };
}

/**
 * A `finishPage` for one thread: it remembers the hash of each inline script and style, which are the same few
 * texts on every page.
 */
export function pageFinisher(site: SiteFinishing): (html: string) => string {
	const hashes = new Map<string, string>();
	const hashOf = (text: string) => {
		let hash = hashes.get(text);
		if (hash === undefined) {
			hash = cspHash(text);
			hashes.set(text, hash);
		}
		return hash;
	};
	const withCss = (html: string) =>
		site.delivery === 'inline'
			? allowStyleElement(inlineSharedCss(html, site.css), `'${hashOf(site.css)}'`)
			: linkSharedStylesheet(html, site.href);
	const withIcons = (html: string) =>
		site.icons.reduce((page, [iconHref, dataUrl]) => inlineIcon(page, iconHref, dataUrl), html);
	return (html) =>
		policyFirst(
			withoutUnusedHashes(stableIslandIds(loadModulesAfterPaint(withIcons(withCss(html)), site.loader)), hashOf),
		);
}
