/**
 * Pagefind behind the search cascade (src/lib/search/cascade.ts): loads Pagefind's index and the build-time
 * search data (concepts with their homes, names, the notes' words), and turns Pagefind results into the
 * cascade's page matches. No DOM here; search-dialog.ts renders.
 */
import { INDEX_BUILDING, INDEX_STATE_HEADER } from '../../integrations/dev-search/dev-index.ts';
import {
	createCascade,
	type Cascade,
	type IndexHit,
	type SearchData,
	type SearchIndex,
	type SearchOptions,
	type SearchOutcome,
} from '../../lib/search/cascade.ts';
import { EXCERPT_WORDS } from '../../lib/search/home-lead.ts';
import { fragmentFile } from '../../lib/search/page-ids.ts';
import { pagePath } from '../../lib/site/site-url.ts';

export type { SearchNotice, SearchOutcome } from '../../lib/search/cascade.ts';

interface PagefindSubResult {
	url: string;
	title: string;
	excerpt: string;
	weighted_locations?: { weight: number }[];
	locations?: number[];
}
interface PagefindData {
	url: string;
	excerpt: string;
	meta: { title?: string };
	sub_results?: PagefindSubResult[];
}
interface Pagefind {
	options(options: Record<string, unknown>): Promise<void>;
	search(query: string): Promise<{ results: { id: string; score: number; data(): Promise<PagefindData> }[] } | null>;
}

const RESULTS_PER_QUERY = 8;

/** The index is still being built (only under `astro dev`, src/integrations/dev-search/integration.ts): try again soon. */
export class IndexBuildingError extends Error {
	constructor() {
		super('the search index is being built');
		this.name = 'IndexBuildingError';
	}
}

let pagefindPromise: Promise<Pagefind> | undefined;
let attempts = 0;
/** Failed imports of a file the server did have when asked right after (see below). */
let retriesOnceThere = 0;
/**
 * Pagefind's index API, imported once from the built site. A failed import is not remembered, so the next
 * search tries again; the retry adds a query to the URL because browsers keep a failed module import.
 * @throws IndexBuildingError when the server says the index is being built.
 */
export function loadPagefind(base: string): Promise<Pagefind> {
	pagefindPromise ??= (async () => {
		const url = `${base}pagefind/pagefind.js${attempts > 0 ? `?attempt=${attempts}` : ''}`;
		attempts += 1;
		try {
			const pagefind = (await import(/* @vite-ignore */ url)) as Pagefind;
			// On the main thread: a search is a few Pagefind calls and page loads, and in a web worker each is a message
			// each way, which costs more than the search itself (median 20 ms against 8 ms at 1,000 pages in the bench).
			await pagefind.options({ baseUrl: base, excerptLength: EXCERPT_WORDS, noWorker: true });
			return pagefind;
		} catch (error) {
			pagefindPromise = undefined;
			// An import error does not carry the response, so ask once more what the server says. A file that is
			// there now was not a moment ago: the dev server finished its first index between the two requests,
			// so the search is tried again like one that met the index being built (twice at most: a file that loads
			// but never imports, e.g. blocked, must end in the error message rather than in retries).
			const state = await fetch(url, { method: 'HEAD', cache: 'no-store' }).then(
				(response) =>
					response.ok && ++retriesOnceThere <= 2 ? INDEX_BUILDING : response.headers.get(INDEX_STATE_HEADER),
				() => null,
			);
			throw state === INDEX_BUILDING ? new IndexBuildingError() : error;
		}
	})();
	return pagefindPromise;
}

const EMPTY_DATA: SearchData = { concepts: [], names: [], words: [] };
let dataPromise: Promise<SearchData> | undefined;
/** Concepts, names and words from the build (search-vocabulary.json); fetched once, when search opens. */
export function loadVocabulary(base: string): Promise<SearchData> {
	dataPromise ??= fetch(`${base}search-vocabulary.json`)
		.then((response) => (response.ok ? (response.json() as Promise<SearchData>) : EMPTY_DATA))
		.catch(() => EMPTY_DATA);
	return dataPromise;
}

/**
 * Pagefind as the cascade's index, imported when first asked (`load`), so the cascade can answer what needs no
 * look-up (a named concept's home) before Pagefind has loaded. Hit counts are remembered, as readers retype the
 * same words.
 */
function pagefindIndex(load: () => Promise<Pagefind>, base: string): SearchIndex {
	const hitCounts = new Map<string, Promise<number>>();
	const prefetched = new Set<string>();
	// On the main thread Pagefind hands every look-up the same cached object for a page and rewrites its excerpt
	// and sections for each look-up, so two loads of one page at once could each read the other's: a page's loads
	// take turns, and each copies what it needs before the next begins.
	const turns = new Map<string, Promise<unknown>>();
	const inTurn = <T>(id: string, task: () => Promise<T>): Promise<T> => {
		const run = (turns.get(id) ?? Promise.resolve()).then(task, task);
		turns.set(id, run);
		const forget = () => {
			if (turns.get(id) === run) turns.delete(id);
		};
		run.then(forget, forget);
		return run;
	};
	return {
		async search(query: string, keep?: ReadonlySet<string>): Promise<IndexHit[]> {
			const response = await (await load()).search(query);
			const results = response?.results ?? [];
			const top = results.filter((result, index) => index < RESULTS_PER_QUERY || keep?.has(result.id));
			return top.map((result) => ({
				id: result.id,
				score: result.score,
				load: () =>
					inTurn(result.id, async () => {
						const data = await result.data();
						return {
							url: data.url,
							title: data.meta.title ?? data.url,
							score: result.score,
							excerpt: data.excerpt,
							sections: (data.sub_results ?? []).map((sub) => ({
								url: sub.url,
								title: sub.title,
								excerpt: sub.excerpt,
								weight:
									sub.weighted_locations?.reduce((sum, location) => sum + location.weight, 0) ??
									sub.locations?.length ??
									0,
							})),
						};
					}),
			}));
		},
		// The file Pagefind fetches for a page's data (named by its id): fetched early, Pagefind's own request for
		// it is answered from the browser's cache.
		prefetch(id: string) {
			if (prefetched.has(id)) return;
			prefetched.add(id);
			fetch(`${base}${fragmentFile(id)}`).catch(() => prefetched.delete(id));
		},
		hitCount(word: string): Promise<number> {
			let count = hitCounts.get(word);
			if (!count) {
				count = load().then(async (pagefind) => (await pagefind.search(word))?.results.length ?? 0);
				hitCounts.set(word, count);
				// A failed import is tried again by the next search, so its count is not remembered.
				count.catch(() => hitCounts.delete(word));
			}
			return count;
		},
	};
}

let cascadePromise: Promise<Cascade> | undefined;
/** The cascade, once the search data is there (it does not fail: without the data, search works less well). */
function cascadeFor(base: string): Promise<Cascade> {
	cascadePromise ??= loadVocabulary(base).then((data) =>
		createCascade(
			pagefindIndex(() => loadPagefind(base), base),
			data,
			(concept) => `${base}${pagePath(concept.page).slice(1)}`,
		),
	);
	return cascadePromise;
}

/**
 * Searches what the reader typed; if that finds nothing (or is only initial consonants), searches what they
 * most likely meant and says so. With `literal`, searches exactly what was typed.
 */
export async function search(raw: string, base: string, options: SearchOptions = {}): Promise<SearchOutcome> {
	// Pagefind's import starts with the search, not after the search data (a failure is the look-ups' to report).
	loadPagefind(base).catch(() => undefined);
	return (await cascadeFor(base)).search(raw, options);
}
