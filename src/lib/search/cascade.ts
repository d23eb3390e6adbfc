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
import { buildLexicon, type Lexicon, type SearchConcept } from './lexicon.ts';
import { cleanQuery, splitWords, stripParticle } from './normalize.ts';
import { planSearch, type SearchPlan } from './plan.ts';
import { matchConfidence, rankResults, type PageMatch, type RankedResult } from './rank.ts';

/** What the cascade needs from a search index. */
export interface SearchIndex {
	/** The best pages for a query (a handful), with their matching sections. */
	search(query: string): Promise<PageMatch[]>;
	/** How many pages contain a word; 0 for a word the index has never seen. */
	hitCount(word: string): Promise<number>;
}

/** Built at build time from the notes (src/pages/search-vocabulary.json.ts); fetched when search opens. */
export interface SearchData {
	/** Every concept with the section that explains it. */
	concepts: SearchConcept[];
	/** Names and headings that forgiving search corrects toward. */
	names: string[];
	/** The notes' words without particles (src/lib/search/note-words.ts). */
	words: string[];
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

export interface Cascade {
	search(raw: string, literal?: boolean): Promise<SearchOutcome>;
	readonly lexicon: Lexicon;
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
	 * Runs a plan's queries. Words the index has never seen are counted first (Pagefind silently drops them),
	 * so a query mostly about something else is not answered with confidence; when every variant finds
	 * nothing, each word alone is tried and the results are labelled partial.
	 */
	async function run(raw: string) {
		const plan = planSearch(raw, lexicon);
		const none = { plan, results: [] as RankedResult[], partial: false };
		if (plan.queries.length === 0) return none;
		const [sets, otherWordHits] = await Promise.all([
			Promise.all(plan.queries.map((query) => index.search(query))),
			plan.words.length > 1 ? Promise.all(plan.otherWords.map((word) => index.hitCount(word))) : [],
		]);
		const unknown = otherWordHits.filter((hits) => hits === 0).length;
		const confidence = matchConfidence(plan.concepts.length + otherWordHits.length - unknown, unknown);
		if (confidence === 'none') return none;
		const query = { ...plan, concepts: confidence === 'partial' ? [] : plan.concepts, matchWords: plan.highlight };
		if (sets.every((set) => set.length === 0) && plan.words.length > 1) {
			const words = plan.words.slice(0, 4);
			const perWord = await Promise.all(words.map((word) => index.search(word)));
			return { plan, results: rankResults(perWord, { ...query, queries: words }, pageUrlOf), partial: true };
		}
		return { plan, results: rankResults(sets, query, pageUrlOf), partial: confidence === 'partial' };
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

	async function search(raw: string, literal = false): Promise<SearchOutcome> {
		const instead = async (kind: SearchNotice['kind'], searched: string, suggestions: string[] = []) => {
			const outcome = await run(searched);
			return outcome.results.length > 0
				? { ...outcome, notice: { kind, typed: raw, searched }, suggestions }
				: undefined;
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
		const direct = { ...(await run(raw)), suggestions: [] };
		if (literal || (direct.results.length > 0 && (direct.plan.concepts.length > 0 || showsEveryWord(direct))))
			return direct;

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
