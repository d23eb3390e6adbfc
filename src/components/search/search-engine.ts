/**
 * The search engine behind the dialog: loads Pagefind's index, runs the Korean-aware query plan
 * (src/lib/search), and when a query finds nothing because of how it was typed, searches what was meant
 * (초성, keyboard layout slips, near-miss spellings). No DOM here; search-dialog.ts renders.
 */
import { INDEX_BUILDING, INDEX_STATE_HEADER } from '../../lib/dev-search/dev-index.ts';
import { glossary, type GlossaryEntry } from '../../lib/glossary/entries.ts';
import {
	choseongMatches,
	clearWinner,
	isChoseongQuery,
	layoutSlip,
	nearMisses,
	type VocabularyItem,
} from '../../lib/search/forgiving.ts';
import { buildLexicon } from '../../lib/search/lexicon.ts';
import { planSearch, type SearchPlan } from '../../lib/search/plan.ts';
import { matchConfidence, rankResults, type PageMatch, type RankedResult } from '../../lib/search/rank.ts';
import { pagePath } from '../../lib/site-url.ts';

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

const lexicon = buildLexicon(glossary);
const RESULTS_PER_QUERY = 8;

/** The index is still being built (only under `astro dev`, src/integrations/dev-search-index.ts): try again soon. */
export class IndexBuildingError extends Error {
	constructor() {
		super('the search index is being built');
		this.name = 'IndexBuildingError';
	}
}

let pagefindPromise: Promise<Pagefind> | undefined;
let attempts = 0;
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
			await pagefind.options({ baseUrl: base, excerptLength: 24 });
			return pagefind;
		} catch (error) {
			pagefindPromise = undefined;
			// An import error does not carry the response, so ask once more what the server says.
			const state = await fetch(url, { method: 'HEAD', cache: 'no-store' }).then(
				(response) => response.headers.get(INDEX_STATE_HEADER),
				() => null,
			);
			throw state === INDEX_BUILDING ? new IndexBuildingError() : error;
		}
	})();
	return pagefindPromise;
}

/** How many pages contain a word, without loading any of them; remembered, as readers retype the same words. */
const hitCounts = new Map<string, Promise<number>>();
function hitCount(pagefind: Pagefind, word: string): Promise<number> {
	let count = hitCounts.get(word);
	if (!count) {
		count = pagefind.search(word).then((response) => response?.results.length ?? 0);
		hitCounts.set(word, count);
	}
	return count;
}

async function pageMatches(pagefind: Pagefind, query: string): Promise<PageMatch[]> {
	const response = await pagefind.search(query);
	const top = (response?.results ?? []).slice(0, RESULTS_PER_QUERY);
	return Promise.all(
		top.map(async (result) => {
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
						sub.weighted_locations?.reduce((sum, location) => sum + location.weight, 0) ?? sub.locations?.length ?? 0,
				})),
			};
		}),
	);
}

/**
 * Runs a plan's queries. Words the index has never seen are counted first (Pagefind silently drops them),
 * so a query mostly about something else is not answered with confidence; when every variant finds
 * nothing, each word alone is tried and the results are labelled partial.
 */
async function runSearch(pagefind: Pagefind, raw: string, base: string) {
	const plan = planSearch(raw, lexicon);
	const none = { plan, results: [] as RankedResult[], partial: false };
	if (plan.queries.length === 0) return none;
	const pageUrlOf = (entry: GlossaryEntry) => `${base}${pagePath(entry.page).slice(1)}`;
	const [sets, otherWordHits] = await Promise.all([
		Promise.all(plan.queries.map((query) => pageMatches(pagefind, query))),
		plan.words.length > 1 ? Promise.all(plan.otherWords.map((word) => hitCount(pagefind, word))) : [],
	]);
	const unknown = otherWordHits.filter((hits) => hits === 0).length;
	const confidence = matchConfidence(plan.concepts.length + otherWordHits.length - unknown, unknown);
	if (confidence === 'none') return none;
	const query = { ...plan, concepts: confidence === 'partial' ? [] : plan.concepts, matchWords: plan.highlight };
	if (sets.every((set) => set.length === 0) && plan.words.length > 1) {
		const perWord = await Promise.all(plan.words.slice(0, 4).map((word) => pageMatches(pagefind, word)));
		return { plan, results: rankResults(perWord, query, pageUrlOf), partial: true };
	}
	return { plan, results: rankResults(sets, query, pageUrlOf), partial: confidence === 'partial' };
}

/** Why the results are for a different query than the one typed. */
export interface SearchNotice {
	kind: 'choseong' | 'layout' | 'spelling';
	typed: string;
	searched: string;
}

export interface SearchOutcome {
	plan: SearchPlan;
	results: RankedResult[];
	/** Only some of the query's words matched. */
	partial: boolean;
	notice?: SearchNotice;
	/** Other names the reader may have meant ("이것을 찾으셨나요?"). */
	suggestions: string[];
}

let vocabularyPromise: Promise<VocabularyItem[]> | undefined;
/** The names and headings forgiving search matches against, built at build time (search-vocabulary.json). */
export function loadVocabulary(base: string): Promise<VocabularyItem[]> {
	vocabularyPromise ??= fetch(`${base}search-vocabulary.json`)
		.then((response) => (response.ok ? (response.json() as Promise<VocabularyItem[]>) : []))
		.catch(() => []);
	return vocabularyPromise;
}

const compact = (text: string) => text.toLowerCase().replace(/\s+/g, '');

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

/**
 * Searches what the reader typed; if that finds nothing (or is only initial consonants), searches what they
 * most likely meant and says so. With `literal`, searches exactly what was typed.
 */
export async function search(raw: string, base: string, literal = false): Promise<SearchOutcome> {
	const pagefind = await loadPagefind(base);
	const vocabulary = literal ? [] : await loadVocabulary(base);
	const instead = async (kind: SearchNotice['kind'], searched: string, suggestions: string[] = []) => {
		const outcome = await runSearch(pagefind, searched, base);
		return outcome.results.length > 0 ? { ...outcome, notice: { kind, typed: raw, searched }, suggestions } : undefined;
	};

	if (!literal && isChoseongQuery(raw)) {
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
	const direct = { ...(await runSearch(pagefind, raw, base)), suggestions: [] };
	if (literal || (direct.results.length > 0 && (direct.plan.concepts.length > 0 || showsEveryWord(direct))))
		return direct;

	const keys = vocabulary.map((item) => compact(item.text));
	// A conversion counts when it names a concept or begins a name of the site (`탄력적` of `탄력적 IP`).
	const isKnown = (text: string) =>
		planSearch(text, lexicon).concepts.length > 0 ||
		keys.some((key) => key === compact(text) || (compact(text).length >= 2 && key.startsWith(compact(text))));
	const slip = layoutSlip(raw, isKnown);
	const slipped = slip && (await instead('layout', slip));
	if (slipped) return slipped;

	const misses = nearMisses(raw, vocabulary);
	const winner = clearWinner(misses);
	const others = misses.filter((miss) => miss !== winner).map((miss) => miss.item.text);
	const corrected = winner && (await instead('spelling', winner.item.text, others));
	if (corrected) return corrected;
	// Pagefind's fuzzy matches for a misspelt word stay, offered with the nearest names.
	return { ...direct, suggestions: misses.map((miss) => miss.item.text) };
}
