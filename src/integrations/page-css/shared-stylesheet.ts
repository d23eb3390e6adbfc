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

/** A stylesheet a page links: its href and the media it is for (`''` for every medium). */
export interface PageSheet {
	href: string;
	media: string;
}

/**
 * The stylesheet a `<link>` loads, with its media: `rel="stylesheet"`, not an alternate. Sheets for another
 * medium (Starlight's `media="print"`) are merged too, inside `@media`: as a link of their own they cost a
 * request on a fresh connection, which Lighthouse's simulation counted in the Largest Contentful Paint.
 */
function sheetOf(tag: string): PageSheet | undefined {
	const attributes = attributesOf(tag);
	const rel = (attributes.get('rel') ?? '').toLowerCase().split(/\s+/);
	const href = attributes.get('href');
	if (!rel.includes('stylesheet') || rel.includes('alternate') || href === undefined) return undefined;
	const media = (attributes.get('media') ?? '').trim().toLowerCase();
	return { href, media: media === 'all' ? '' : media };
}

/** A page's stylesheets, in document order. */
export function pageStylesheets(html: string): PageSheet[] {
	return [...html.matchAll(LINK)].flatMap(([tag]) => sheetOf(tag) ?? []);
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

/**
 * The shared sheet: every sheet's text in merged order, a sheet for other media inside `@media`, then the
 * island rule.
 * @throws for a sheet with `@import` or `@charset`, which are not allowed inside `@media`.
 */
export function sharedCss(sheets: readonly { css: string; media?: string }[]): string {
	const texts = sheets.map(({ css, media = '' }) => {
		if (media === '') return css.trimEnd();
		if (/@(?:import|charset)\b/i.test(css)) throw new Error(`a sheet for media "${media}" has @import or @charset`);
		return `@media ${media}{${css.trim()}}`;
	});
	return `${[...texts, ISLAND_RULE].join('\n')}\n`;
}

/** A content-hashed file name, so a changed stylesheet is never served from a stale cache. */
export function sharedCssName(css: string): string {
	return `site.${createHash('sha256').update(css).digest('base64url').slice(0, 10)}.css`;
}

/**
 * The page with its stylesheets replaced by `element`, where the first of them stood, and without Astro's
 * island `<style>` (its rule is in the shared CSS). A page without a stylesheet is returned as it was: it
 * would not get the island rule.
 */
function replaceSheets(html: string, element: string): string {
	let replaced = false;
	const result = html.replace(LINK, (tag) => {
		if (sheetOf(tag) === undefined) return tag;
		if (replaced) return '';
		replaced = true;
		return element;
	});
	return replaced ? result.replaceAll(ISLAND_STYLE, '') : html;
}

/** The page linking the shared stylesheet at `href` instead of its own ones. */
export function linkSharedStylesheet(html: string, href: string): string {
	return replaceSheets(html, `<link rel="stylesheet" href="${href}">`);
}

/**
 * The page carrying the shared CSS itself in one `<style>` instead of its stylesheets: nothing
 * is left to fetch before the first paint. The caller allows the `<style>` in the page's policy by its hash.
 */
export function inlineSharedCss(html: string, css: string): string {
	if (css.includes('</style')) throw new Error('the shared CSS contains "</style" and cannot be inlined');
	return replaceSheets(html, `<style>${css}</style>`);
}
