/**
 * Ranking while the pages load. An index look-up tells only which pages match and how well (Pagefind's page
 * ids and scores); what ranking needs besides (a page's URL, headings and excerpts) is a download per page, and
 * on a site of a thousand pages those downloads are most of a search's time. So pages are loaded best score
 * first, and after each one the results whose place no unloaded page can take any more are passed on: the
 * reader sees the first results while the rest load, in the order the complete ranking will have, and pages
 * that cannot reach the results shown are not loaded at all.
 */
import type { SearchConcept } from './lexicon.ts';
import {
	compareKeys,
	pageRanker,
	pathOf,
	type PageMatch,
	type RankedPage,
	type RankedResult,
	type RankQuery,
} from './rank.ts';

/** One page an index look-up found. */
export interface IndexHit {
	/** The same for the same page in every look-up. */
	id: string;
	/** The index's score for the page in this look-up; the loaded page carries the same. */
	score: number;
	/** The page with its matching sections for this look-up (Pagefind fetches its fragment the first time). */
	load(): Promise<PageMatch>;
}

export interface LoadOptions {
	/**
	 * How many leading results are wanted: once that many are certain, no more pages are loaded (unless
	 * `wantsMore` asks). Default: every page found.
	 */
	limit?: number;
	/** Asked after each page loads, with every loaded page ranked: keep loading past `limit` while true. */
	wantsMore?: (loaded: readonly RankedResult[]) => boolean;
	/** Called with the leading results each time more of them become certain, after `wantsMore` has seen them. */
	onLead?: (lead: readonly RankedResult[], total: number) => void;
	/** Pages loading at once. Default: `limit`, or 8 when every page is wanted. */
	concurrency?: number;
	/**
	 * URL paths of pages by id, remembered from earlier searches; the pages loaded here are added. A page whose
	 * path is known is known not to be a named concept's page (or to be one, and is then loaded first), so fewer
	 * pages need loading before the first results are certain.
	 */
	knownPaths?: Map<string, string>;
	/**
	 * Aborted when the ranking is no longer wanted (the reader typed on): no more pages load, and the promise
	 * rejects with the signal's reason, so a stale search does not hold up the next one.
	 */
	signal?: AbortSignal | undefined;
}

export interface LoadedRanking {
	/** The ranking's first results: all pages found when every page was loaded, else at least `limit`. */
	results: RankedResult[];
	/** Every page that was loaded, ranked (what `wantsMore` last saw). */
	loaded: RankedResult[];
	/** How many different pages the look-ups found. */
	total: number;
}

const DEFAULT_CONCURRENCY = 8;

/**
 * Loads the pages of `hitSets` (one list per look-up, as rankPages in rank.ts takes them) and ranks them; the result
 * is the ranking rankPages gives for all pages, cut once `limit` results are certain.
 */
export async function rankAsLoaded(
	hitSets: readonly (readonly IndexHit[])[],
	query: RankQuery,
	pageUrlOf: (entry: SearchConcept) => string,
	{ limit = Infinity, wantsMore, onLead, concurrency, knownPaths = new Map(), signal }: LoadOptions = {},
): Promise<LoadedRanking> {
	signal?.throwIfAborted();
	// Each page once, in the order the look-ups found it, with where it was found and its best score.
	const pages = new Map<string, { position: number; foundBy: number[]; score: number }>();
	hitSets.forEach((hits, set) =>
		hits.forEach((hit) => {
			const page = pages.get(hit.id);
			if (!page) pages.set(hit.id, { position: pages.size, foundBy: [set], score: hit.score });
			else {
				page.foundBy.push(set);
				page.score = Math.max(page.score, hit.score);
			}
		}),
	);
	const total = pages.size;
	const ranker = pageRanker(query, pageUrlOf);
	// A named concept's page first when it is known to be among them (nothing ranks above it unseen), then best score first.
	const conceptFirst = (id: string) => {
		const path = knownPaths.get(id);
		return path !== undefined && ranker.isConceptPage(path) ? 0 : 1;
	};
	const queue = [...pages]
		.sort(([a, pa], [b, pb]) => conceptFirst(a) - conceptFirst(b) || pb.score - pa.score || pa.position - pb.position)
		.map(([id]) => id);
	/** Loaded pages, ranked one by one as they arrive, each with where the look-ups found it. */
	const loaded: { page: RankedPage; position: number }[] = [];
	const loadedIds = new Set<string>();
	const loadedPaths = new Set<string>();

	let lead: RankedResult[] = [];
	let ranked: RankedResult[] = [];
	/** Orders the loaded pages and passes on newly certain results; true when loading can stop. */
	const update = (): boolean => {
		// Pages whose keys tie keep the look-ups' order, as in rankPages.
		loaded.sort((a, b) => compareKeys(a.page.key, b.page.key) || a.position - b.position);
		ranked = loaded.map(({ page }) => page.result);
		// Every page not loaded yet, at the best its text could make it.
		const pending = [...pages].filter(([id]) => !loadedIds.has(id));
		const otherPaths = new Set([...loadedPaths, ...knownPaths.values()]);
		const bounds = pending.map(([id, page]) => ({
			key: ranker.bestPossibleKey(page.foundBy, page.score, otherPaths, knownPaths.get(id)),
			position: page.position,
		}));
		const certain = loaded.findIndex(
			({ page, position }) =>
				!bounds.every((bound) => (compareKeys(page.key, bound.key) || position - bound.position) < 0),
		);
		const leading = certain === -1 ? loaded.length : certain;
		const more = wantsMore?.(ranked) ?? false;
		if (leading > lead.length) {
			lead = ranked.slice(0, leading);
			onLead?.(lead, total);
		}
		return pending.length === 0 || (lead.length >= limit && !more);
	};

	if (total === 0 || update()) return { results: lead, loaded: ranked, total };
	const parallel = concurrency ?? (Number.isFinite(limit) ? limit : DEFAULT_CONCURRENCY);
	await new Promise<void>((finish, fail) => {
		let next = 0;
		let done = false;
		/**
		 * The first page loads alone: with the concepts' pages known, it is often certain by itself (the named
		 * concept's home, or the best score when no page found is a home), and the other pages' downloads and
		 * Pagefind's work on them would only delay it. Then `parallel` load at a time.
		 */
		let width = 1;
		let inFlight = 0;
		const fill = () => {
			while (!done && inFlight < width && next < queue.length) loadNext();
		};
		// Loads in flight finish unread: Pagefind cannot cancel a download.
		const stop = () => {
			if (done) return;
			done = true;
			fail(signal!.reason);
		};
		signal?.addEventListener('abort', stop, { once: true });
		// Aborted by the first update's callbacks, before the listener was there.
		if (signal?.aborted) stop();
		const loadNext = () => {
			inFlight += 1;
			const id = queue[next++]!;
			const { foundBy, position } = pages.get(id)!;
			const hits = foundBy.map((set) => hitSets[set]!.find((hit) => hit.id === id)!);
			Promise.all(hits.map((hit) => hit.load())).then(
				(matches) => {
					if (done) return;
					// Each match with its look-up's score, so the page ranks by what its bound promised.
					const occurrences = foundBy.map((set, index) => ({
						set,
						match: { ...matches[index]!, score: hits[index]!.score },
					}));
					const page = ranker.rank(occurrences);
					loaded.push({ page, position });
					loadedIds.add(id);
					const path = pathOf(page.result.url);
					loadedPaths.add(path);
					// A path remembered under another id is from an index built before this one: forget it.
					for (const [other, known] of knownPaths) if (known === path && other !== id) knownPaths.delete(other);
					knownPaths.set(id, path);
					inFlight -= 1;
					if (update()) {
						done = true;
						signal?.removeEventListener('abort', stop);
						finish();
						return;
					}
					width = parallel;
					fill();
				},
				(error: unknown) => {
					if (done) return;
					done = true;
					signal?.removeEventListener('abort', stop);
					fail(error);
				},
			);
		};
		fill();
	});
	return { results: loaded.length === total ? ranked : lead, loaded: ranked, total };
}
