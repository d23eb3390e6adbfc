/**
 * One stylesheet for the whole site instead of Astro's four to six per page (Starlight's sheet plus one small
 * sheet per component chunk), which all block the first paint. Their union is small (about 12 KB gzip) and
 * every rule in the per-component sheets is scoped to a component class, so one sheet fits every page: inlined
 * in each page (no request before the first paint) or as one file (one request on the first page, cached for
 * the next).
 */
import { createHash } from 'node:crypto';

/**
 * The `<style>` Astro writes before the first island of a page: inside `<main>`, where HTML does not allow
 * `<style>`. Its one rule goes into the shared stylesheet instead.
 */
export const ISLAND_STYLE = '<style>astro-island,astro-slot,astro-static-slot{display:contents}</style>';
export const ISLAND_RULE = 'astro-island,astro-slot,astro-static-slot{display:contents}';

const LINK = /<link\b[^>]*>/gi;
const ATTRIBUTE = /([\w:-]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?/g;

function attributesOf(tag: string): Map<string, string> {
	const attributes = new Map<string, string>();
	for (const [, name = '', double, single, bare] of tag.replace(/^<link\b|\/?>$/gi, '').matchAll(ATTRIBUTE))
		attributes.set(name.toLowerCase(), double ?? single ?? bare ?? '');
	return attributes;
}

/**
 * A stylesheet link that blocks rendering: `rel="stylesheet"` for every medium. Sheets for another medium
 * (`media="print"`) are fetched without blocking, so they stay as they are.
 */
function blockingHref(tag: string): string | undefined {
	const attributes = attributesOf(tag);
	const rel = (attributes.get('rel') ?? '').toLowerCase().split(/\s+/);
	const media = (attributes.get('media') ?? 'all').trim().toLowerCase();
	if (!rel.includes('stylesheet') || rel.includes('alternate')) return undefined;
	if (media !== 'all' && media !== '') return undefined;
	return attributes.get('href');
}

/** The hrefs of a page's render-blocking stylesheets, in document order. */
export function blockingStylesheets(html: string): string[] {
	return [...html.matchAll(LINK)].flatMap(([tag]) => blockingHref(tag) ?? []);
}

/**
 * All sheets of all pages in one order that keeps each page's own order (the cascade depends on it): a sheet
 * comes after every sheet that precedes it on some page. Ties go to the sheet seen first, so the result
 * depends only on the pages, not on the order a folder was read in beyond the order given.
 * @throws when two pages order the same two sheets differently, which no single file can satisfy.
 */
export function mergedOrder(pages: readonly (readonly string[])[]): string[] {
	const before = new Map<string, Set<string>>();
	const firstSeen: string[] = [];
	for (const sheets of pages) {
		sheets.forEach((sheet, index) => {
			if (!before.has(sheet)) {
				before.set(sheet, new Set());
				firstSeen.push(sheet);
			}
			for (const earlier of sheets.slice(0, index)) before.get(sheet)!.add(earlier);
		});
	}
	const placed = new Set<string>();
	const order: string[] = [];
	while (order.length < firstSeen.length) {
		const next = firstSeen.find(
			(sheet) => !placed.has(sheet) && [...before.get(sheet)!].every((earlier) => placed.has(earlier)),
		);
		if (!next) {
			const left = firstSeen.filter((sheet) => !placed.has(sheet));
			throw new Error(`stylesheets are linked in conflicting orders on different pages: ${left.join(', ')}`);
		}
		placed.add(next);
		order.push(next);
	}
	return order;
}

/** The shared sheet: every sheet's text in merged order, then the island rule. */
export function sharedCss(sheets: readonly string[]): string {
	return `${[...sheets.map((css) => css.trimEnd()), ISLAND_RULE].join('\n')}\n`;
}

/** A content-hashed file name, so a changed stylesheet is never served from a stale cache. */
export function sharedCssName(css: string): string {
	return `site.${createHash('sha256').update(css).digest('base64url').slice(0, 10)}.css`;
}

/**
 * The page with its render-blocking stylesheets replaced by `element`, where the first of them stood, and
 * without Astro's island `<style>` (its rule is in the shared CSS). A page without a blocking stylesheet is
 * returned as it was: it would not get the island rule.
 */
function replaceBlockingSheets(html: string, element: string): string {
	let replaced = false;
	const result = html.replace(LINK, (tag) => {
		if (blockingHref(tag) === undefined) return tag;
		if (replaced) return '';
		replaced = true;
		return element;
	});
	return replaced ? result.replaceAll(ISLAND_STYLE, '') : html;
}

/** The page linking the shared stylesheet at `href` instead of its own render-blocking ones. */
export function linkSharedStylesheet(html: string, href: string): string {
	return replaceBlockingSheets(html, `<link rel="stylesheet" href="${href}">`);
}

/**
 * The page carrying the shared CSS itself in one `<style>` instead of its render-blocking stylesheets: nothing
 * is left to fetch before the first paint. The caller allows the `<style>` in the page's policy by its hash.
 */
export function inlineSharedCss(html: string, css: string): string {
	if (css.includes('</style')) throw new Error('the shared CSS contains "</style" and cannot be inlined');
	return replaceBlockingSheets(html, `<style>${css}</style>`);
}
