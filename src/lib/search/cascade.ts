/**
 * The search cascade, independent of Pagefind: runs the Korean-aware query plan against an index and, when a
 * query finds nothing because of how it was typed, searches what was meant, in this order: 초성 → what was
 * typed → keyboard layout slip → near-miss spelling (whole query, then word by word) → each word alone
 * (labelled partial). src/scripts/search/search-engine.ts adapts Pagefind to {@link SearchIndex}.
 */
import {
	choseongMatches,
	clearWinner,
	isChoseongQuery,
	layoutSlip,
	nearMisses,
	type VocabularyItem,
} from './forgiving.ts';
import { hasHangul } from './hangul.ts';
import { leadResult, type HomeLead } from './home-lead.ts';
import { buildLexicon, type Lexicon, type SearchConcept } from './lexicon.ts';
import { cleanQuery, splitWords, stripParticle } from './normalize.ts';
import { planSearch, type SearchPlan } from './plan.ts';
import { rankAsLoaded, type IndexHit } from './progressive.ts';
import { matchConfidence, pathOf, type RankedResult, type RankQuery } from './rank.ts';

export type { IndexHit } from './progressive.ts';

/** What the cascade needs from a search index. */
export interface SearchIndex {
	/**
	 * The best pages for a query (a handful), best first, and any pages of `keep` (index ids) it matches; a page's
	 * text and sections load when asked for.
	 */
	search(query: string, keep?: ReadonlySet<string>): Promise<IndexHit[]>;
	/** How many pages contain a word; 0 for a word the index has never seen. */
	hitCount(word: string): Promise<number>;
	/** Starts downloading the page with this index id, which the search will likely load; optional. */
	prefetch?(id: string): void;
}

/** Built at build time from the notes (src/pages/search-vocabulary.json.ts); fetched when search opens. */
export interface SearchData {
	/** Every concept with the section that explains it. */
	concepts: SearchConcept[];
	/** Names and headings that forgiving search corrects toward. */
	names: string[];
	/** The notes' words without particles (src/lib/search/note-words.ts). */
	words: string[];
	/**
	 * Pagefind ids of the concepts' home pages by docs id, added after the index is built
	 * (src/integrations/search-page-ids.ts); absent under `astro dev`, whose index is built apart.
	 */
	pageIds?: Record<string, string>;
	/**
	 * Each concept's home as the first result of a query naming it alone, by term, made with the page ids
	 * (src/lib/search/home-lead.ts).
	 */
	leads?: Record<string, HomeLead>;
}

/** Why the results are for a different query than the one typed. */
export interface SearchNotice {
	kind: 'choseong' | 'layout' | 'spelling';
	typed: string;
	searched: string;
}

export interface SearchOutcome {
	plan: SearchPlan;
	/** The ranked results: all pages found, or at least the first `limit` of them when a limit was asked for. */
	results: RankedResult[];
	/** How many pages were found. */
	total: number;
	/** Only some of the query's words matched. */
	partial: boolean;
	notice?: SearchNotice;
	/** Other names the reader may have meant ("이것을 찾으셨나요?"). */
	suggestions: string[];
}

const compact = (text: string) => text.toLowerCase().replace(/\s+/g, '');

/** A record's own entry: build data keyed by terms must not answer `constructor` from the prototype. */
const own = <T>(record: Readonly<Record<string, T>> | undefined, key: string): T | undefined =>
	record && Object.hasOwn(record, key) ? record[key] : undefined;

/**
 * True when every word of the query appears literally in the results. Pagefind also returns near matches
 * for a word it does not have (`보안그릅`), which should not stop spelling correction.
 */
function showsEveryWord(outcome: { plan: SearchPlan; results: RankedResult[] }): boolean {
	const shown = compact(
		outcome.results
			.flatMap((result) => [
				result.title,
				result.primary.title,
				result.primary.excerpt,
				...result.others.map((other) => other.excerpt),
			])
			.join(' '),
	).replace(/<\/?mark>/g, '');
	return outcome.plan.words.every((word) => shown.includes(compact(word)));
}

export interface SearchOptions {
	/** Search exactly what was typed, with no correction. */
	literal?: boolean;
	/** How many results are shown: pages that cannot reach them are not loaded. Default: all. */
	limit?: number;
	/**
	 * Called, before the search finishes, with the outcome it will have and the leading results known so far
	 * (in their final order), each time more of them are known. For a query naming one concept and nothing else,
	 * the first call comes before the look-ups begin, with that concept's home as the build made it (home-lead.ts):
	 * the same page and section, its other sections still missing and `total` not yet known (1).
	 */
	onLead?: (outcome: SearchOutcome) => void;
	/**
	 * Aborted when the search is no longer wanted (the reader typed on): it stops loading pages and tries no
	 * further corrections, and the promise rejects with the signal's reason.
	 */
	signal?: AbortSignal;
}

export interface Cascade {
	search(raw: string, options?: SearchOptions): Promise<SearchOutcome>;
	readonly lexicon: Lexicon;
}

/** What one query's look-ups found, before any page is loaded. */
interface Found {
	plan: SearchPlan;
	partial: boolean;
	hitSets: IndexHit[][];
	query: RankQuery;
	/** Different pages found. */
	total: number;
}

/**
 * @param pageUrlOf the URL path of a concept's page as the index reports page URLs, e.g. `/aws-ec2-notes/eni/`.
 */
export function createCascade(
	index: SearchIndex,
	data: SearchData,
	pageUrlOf: (concept: SearchConcept) => string,
): Cascade {
	const lexicon = buildLexicon(data.concepts, data.words);
	const vocabulary: VocabularyItem[] = data.names.map((text) => ({ text }));
	const wordVocabulary: VocabularyItem[] = data.words.filter((word) => word.length >= 2).map((text) => ({ text }));
	const keys = data.names.map(compact);
	const nameWords = new Set(data.names.flatMap((name) => splitWords(cleanQuery(name))));
	/**
	 * Which page each index id is: the concepts' homes from the build, the rest learnt as pages load, so a search
	 * knows which pages found are (or cannot be) a named concept's page before loading them.
	 */
	const knownPaths = new Map<string, string>();
	for (const concept of data.concepts) {
		const id = own(data.pageIds, concept.page);
		if (id !== undefined) knownPaths.set(id, pathOf(pageUrlOf(concept)));
	}

	/**
	 * Runs a plan's queries. Words the index has never seen are counted first (Pagefind silently drops them),
	 * so a query mostly about something else is not answered with confidence; when every variant finds
	 * nothing, each word alone is tried and the results are labelled partial.
	 */
	async function lookUp(
		raw: string,
		signal?: AbortSignal,
		onHome?: (home: RankedResult, plan: SearchPlan) => void,
	): Promise<Found> {
		const plan = planSearch(raw, lexicon);
		const found = (hitSets: IndexHit[][], query: RankQuery, partial: boolean): Found => ({
			plan,
			partial,
			hitSets,
			query,
			total: new Set(hitSets.flat().map((hit) => hit.id)).size,
		});
		const none = found([], { concepts: [], otherWords: [], matchWords: [] }, false);
		if (plan.queries.length === 0) return none;
		// The named concepts' pages are the likely first results: their downloads overlap the index look-ups.
		const homeIds = plan.concepts.flatMap((concept) => {
			const id = own(data.pageIds, concept.page);
			return id === undefined ? [] : [id];
		});
		for (const id of homeIds) index.prefetch?.(id);
		// A bare concept's home is ranked first whenever found (rank.ts), so the look-ups keep it even when other
		// pages score higher, and it is shown before they begin.
		const [named] = plan.concepts;
		const bare = named !== undefined && plan.concepts.length === 1 && plan.otherWords.length === 0;
		const keep = new Set(bare ? homeIds : []);
		const lead = bare && keep.size > 0 ? own(data.leads, named.term) : undefined;
		if (lead && named) onHome?.(leadResult(lead, named, pageUrlOf(named)), plan);
		const [sets, otherWordHits] = await Promise.all([
			Promise.all(plan.queries.map((query) => index.search(query, keep))),
			plan.words.length > 1 ? Promise.all(plan.otherWords.map((word) => index.hitCount(word))) : [],
		]);
		const unknown = otherWordHits.filter((hits) => hits === 0).length;
		const confidence = matchConfidence(plan.concepts.length + otherWordHits.length - unknown, unknown);
		if (confidence === 'none') return none;
		const query = { ...plan, concepts: confidence === 'partial' ? [] : plan.concepts, matchWords: plan.highlight };
		if (sets.every((set) => set.length === 0) && plan.words.length > 1) {
			signal?.throwIfAborted();
			const words = plan.words.slice(0, 4);
			const perWord = await Promise.all(words.map((word) => index.search(word)));
			return found(perWord, { ...query, queries: words }, true);
		}
		return found(sets, query, confidence === 'partial');
	}

	/**
	 * Ranks what a look-up found into an outcome. With `worthShowing`, leading results are passed on only once
	 * the loaded pages pass it, and pages keep loading until they do (or all are loaded).
	 * @returns the outcome, and whether the loaded pages passed `worthShowing`.
	 */
	async function rank(
		found: Found,
		extra: Pick<SearchOutcome, 'suggestions' | 'notice'>,
		{ limit, onLead, signal }: SearchOptions,
		worthShowing?: (loaded: readonly RankedResult[]) => boolean,
	): Promise<{ outcome: SearchOutcome; passed: boolean }> {
		const outcome = (results: readonly RankedResult[]): SearchOutcome => ({
			plan: found.plan,
			partial: found.partial,
			...extra,
			results: [...results],
			total: found.total,
		});
		let passed = worthShowing === undefined;
		const ranking = await rankAsLoaded(found.hitSets, found.query, pageUrlOf, {
			knownPaths,
			signal,
			...(limit === undefined ? {} : { limit }),
			...(worthShowing ? { wantsMore: (loaded) => !(passed ||= worthShowing(loaded)) } : {}),
			...(onLead ? { onLead: (lead) => passed && onLead(outcome(lead)) } : {}),
		});
		return { outcome: outcome(ranking.results), passed };
	}

	const isWord = (word: string) =>
		nameWords.has(word) || lexicon.knownWords.has(stripParticle(word, lexicon.knownWords));
	// A conversion counts when it names a concept, begins a name of the site (`탄력적` of `탄력적 IP`), or is
	// made of the notes' words or words of the site's names (`가용 영역`, `aurora`).
	const isKnown = (text: string) => {
		const key = compact(text);
		if (planSearch(text, lexicon).concepts.length > 0) return true;
		if (keys.some((name) => name === key || (key.length >= 2 && name.startsWith(key)))) return true;
		const words = splitWords(cleanQuery(text));
		return words.length > 0 && words.every(isWord);
	};

	/** The query with each unknown word replaced by the one clearly nearest word of the notes, if any changed. */
	function correctWords(raw: string): string | undefined {
		const words = splitWords(cleanQuery(raw));
		if (words.length < 2) return undefined;
		let changed = false;
		const corrected = words.map((word) => {
			if (!hasHangul(word) || isWord(word) || lexicon.conceptsByKey.has(word)) return word;
			const winner = clearWinner(nearMisses(word, wordVocabulary));
			if (!winner) return word;
			changed = true;
			return winner.item.text;
		});
		return changed ? corrected.join(' ') : undefined;
	}

	const nearestName = (text: string) => clearWinner(nearMisses(text, vocabulary))?.item.text;

	async function search(raw: string, options: SearchOptions = {}): Promise<SearchOutcome> {
		// Before the look-ups begin, so before any ranked result: those then replace it.
		const showHome =
			options.onLead &&
			((home: RankedResult, plan: SearchPlan) =>
				options.onLead!({ plan, results: [home], total: 1, partial: false, suggestions: [] }));
		// Before and after each look-up: a search that is no longer wanted goes no further.
		const lookUpWanted = async (text: string, onHome?: (home: RankedResult, plan: SearchPlan) => void) => {
			options.signal?.throwIfAborted();
			const found = await lookUp(text, options.signal, onHome);
			options.signal?.throwIfAborted();
			return found;
		};
		const instead = async (kind: SearchNotice['kind'], searched: string, suggestions: string[] = []) => {
			const found = await lookUpWanted(searched);
			if (found.total === 0) return undefined;
			return (await rank(found, { notice: { kind, typed: raw, searched }, suggestions }, options)).outcome;
		};

		if (!options.literal && isChoseongQuery(raw)) {
			const [best, ...others] = choseongMatches(raw, vocabulary);
			const found =
				best &&
				(await instead(
					'choseong',
					best.text,
					others.slice(0, 3).map((item) => item.text),
				));
			if (found) return found;
		}
		const typed = await lookUpWanted(raw, showHome);
		if (options.literal || (typed.total > 0 && typed.plan.concepts.length > 0))
			return (await rank(typed, { suggestions: [] }, options)).outcome;
		// Without a concept, the results stand only if they show every word typed; otherwise what was meant is searched.
		const { outcome: direct, passed } = await rank(typed, { suggestions: [] }, options, (loaded) =>
			showsEveryWord({ plan: typed.plan, results: [...loaded] }),
		);
		if (typed.total > 0 && passed) return direct;

		const slip = layoutSlip(raw, isKnown);
		const slipped = slip && (await instead('layout', slip));
		if (slipped) return slipped;
		// A slip with a typo in it (`rkdyd dudur` → `가용 여역`): the conversion, spelling-corrected, if that is known.
		const converted = slip ? undefined : layoutSlip(raw, () => true);
		const convertedFix = converted && (nearestName(converted) ?? correctWords(converted));
		const slippedTypo = convertedFix && isKnown(convertedFix) && (await instead('layout', convertedFix));
		if (slippedTypo) return slippedTypo;

		const misses = nearMisses(raw, vocabulary);
		const winner = clearWinner(misses);
		const others = misses.filter((miss) => miss !== winner).map((miss) => miss.item.text);
		const corrected = winner && (await instead('spelling', winner.item.text, others));
		if (corrected) return corrected;
		const perWord = correctWords(raw);
		const wordsCorrected = perWord && (await instead('spelling', perWord, others));
		if (wordsCorrected) return wordsCorrected;
		// Pagefind's fuzzy matches for a misspelt word stay, offered with the nearest names.
		return { ...direct, suggestions: misses.map((miss) => miss.item.text) };
	}

	return { search, lexicon };
}
