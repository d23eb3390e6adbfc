/**
 * Which Pagefind page is each concept's home. An index look-up returns page ids and scores only; a page's URL
 * is in its fragment, one download per page. Knowing the homes' ids up front, search can tell from the look-up
 * alone that no page still unloaded is a named concept's home, so the first result is certain as soon as the
 * home (or the best-scored page, when no concept is named) has loaded, instead of after most of the pages found.
 */
import { pagePath } from '../site/site-url.ts';
import type { PageText } from './home-lead.ts';
import type { SearchConcept } from './lexicon.ts';

/** A Pagefind fragment as the build wrote it: the page id (its file name) and the page's URL in the bundle. */
export interface IndexedPage {
	id: string;
	url: string;
}

/** Where Pagefind writes a page's fragment in the built site, named by the page's id (Pagefind 1.x). */
export const FRAGMENT_FOLDER = 'pagefind/fragment';
export const FRAGMENT_EXTENSION = '.pf_fragment';

/** The fragment file of the page with this Pagefind id, relative to the site's root. */
export const fragmentFile = (id: string) => `${FRAGMENT_FOLDER}/${id}${FRAGMENT_EXTENSION}`;

/** What a decompressed fragment begins with, before its JSON (Pagefind 1.x). */
const FRAGMENT_SIGNATURE = 'pagefind_dcd';

/**
 * The page URL at the start of a decompressed fragment (`pagefind_dcd{"url":"/eni/",…`), read from its head
 * alone so the build need not inflate every whole fragment; undefined when the head is not a fragment's.
 */
export function fragmentUrl(head: string): string | undefined {
	if (!head.startsWith(FRAGMENT_SIGNATURE)) return undefined;
	const match = /^\{"url":("(?:[^"\\]|\\.)*")/.exec(head.slice(FRAGMENT_SIGNATURE.length));
	if (!match) return undefined;
	const url: unknown = JSON.parse(match[1]!);
	return typeof url === 'string' ? url : undefined;
}

/**
 * Pagefind ids of the concepts' home pages, by docs id (`security-groups`, `index`). A home page the index
 * does not hold is left out, and search then cannot rule it out, so it ranks as before, only slower.
 */
export function homePageIds(concepts: readonly SearchConcept[], pages: readonly IndexedPage[]): Record<string, string> {
	const idByUrl = new Map(pages.map((page) => [page.url, page.id]));
	const ids: Record<string, string> = {};
	for (const page of [...new Set(concepts.map((concept) => concept.page))].sort()) {
		const id = idByUrl.get(pagePath(page));
		if (id !== undefined) ids[page] = id;
	}
	return ids;
}

const isAnchor = (value: unknown): value is PageText['anchors'][number] => {
	const anchor = value as Record<string, unknown> | null;
	return (
		typeof anchor?.element === 'string' &&
		typeof anchor.id === 'string' &&
		typeof anchor.text === 'string' &&
		typeof anchor.location === 'number'
	);
};

/** A page's text from its decompressed fragment; undefined when the data is not a fragment's. */
export function fragmentPage(decompressed: string): PageText | undefined {
	if (!decompressed.startsWith(FRAGMENT_SIGNATURE)) return undefined;
	let fragment: Record<string, unknown>;
	try {
		fragment = JSON.parse(decompressed.slice(FRAGMENT_SIGNATURE.length)) as Record<string, unknown>;
	} catch {
		return undefined;
	}
	const { url, content, anchors = [], meta } = fragment;
	if (typeof url !== 'string' || typeof content !== 'string' || !Array.isArray(anchors) || !anchors.every(isAnchor))
		return undefined;
	const title = (meta as { title?: unknown } | undefined)?.title;
	return { title: typeof title === 'string' ? title : url, content, anchors };
}
