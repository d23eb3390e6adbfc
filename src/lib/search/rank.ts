import { namesOf, type SearchConcept } from './lexicon.ts';
import { contentForms } from './plan.ts';

/** A section of a page as the index returned it (Pagefind's sub-result). */
export interface SectionMatch {
	url: string;
	title: string;
	/** Excerpt with matched words in `<mark>`, as Pagefind writes it; render with {@link excerptParts}. */
	excerpt: string;
	/** How strongly the query matched inside this section (sum of weighted word locations). */
	weight: number;
}

/** A page as the index returned it for one query. */
export interface PageMatch {
	url: string;
	title: string;
	score: number;
	excerpt: string;
	sections: SectionMatch[];
}

export interface RankedResult {
	url: string;
	title: string;
	/** The section the result links to first. */
	primary: SectionMatch;
	/** Other matching sections of the page, strongest first. */
	others: SectionMatch[];
	/** The concept that put this page first, when one did. */
	concept?: SearchConcept;
}

export const pathOf = (url: string) => url.split('#')[0]!.split('?')[0]!;

function mergePages(resultSets: readonly (readonly PageMatch[])[]): PageMatch[] {
	const pages = new Map<string, PageMatch>();
	for (const results of resultSets) {
		for (const page of results) {
			const key = pathOf(page.url);
			const seen = pages.get(key);
			if (!seen) {
				pages.set(key, { ...page, sections: [...page.sections] });
				continue;
			}
			for (const section of page.sections) {
				const same = seen.sections.findIndex((known) => known.url === section.url);
				if (same === -1) seen.sections.push(section);
				else if (section.weight > seen.sections[same]!.weight) seen.sections[same] = section;
			}
			if (page.score > seen.score) Object.assign(seen, { score: page.score, excerpt: page.excerpt });
		}
	}
	return [...pages.values()];
}

/**
 * How well a section covers the query: each distinct word found in it counts, a word in its heading a little
 * more. Pagefind's own weights count repeats, which favours long sections that say one word often.
 */
function coverage(section: SectionMatch, words: readonly string[], pageTitle: string): number {
	// The page-top section is titled with the page title, which names the page's concept for every query.
	const title = section.title === pageTitle ? '' : section.title.toLowerCase();
	const text = section.excerpt.replace(/<\/?mark>/g, '').toLowerCase();
	return words.reduce(
		(sum, word) =>
			sum + (startsWord(title, word) || startsWord(text, word) ? 20 : 0) + (startsWord(title, word) ? 10 : 0),
		0,
	);
}

/**
 * True when `word` begins a word of `text`, spacing ignored inside the word (`탄력적ip` in `탄력적 IP`), as the index
 * matches: `동기식` is in `동기식 복제` but not in `비동기식 복제`.
 */
function startsWord(text: string, word: string): boolean {
	if (word === '') return false;
	let pattern = wordPatterns.get(word);
	if (!pattern) {
		const chars = [...word].map((char) => char.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\s*');
		pattern = new RegExp(`(?:^|[^\\p{L}\\p{N}])${chars}`, 'u');
		if (wordPatterns.size < 1000) wordPatterns.set(word, pattern);
	}
	return pattern.test(text);
}
/** Weight of each pair of the query's words that a section writes as a phrase, in order. */
const PHRASE_BONUS = 15;

/**
 * Words the reader typed together, written together: `동기식 복제` in `동기식으로 복제됨` (a particle between them
 * at most) rather than both somewhere in the section.
 */
function phraseBonus(section: SectionMatch, words: readonly string[]): number {
	if (words.length < 2) return 0;
	const text = section.excerpt.replace(/<\/?mark>/g, '').toLowerCase();
	const escape = (word: string) => word.toLowerCase().replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
	let bonus = 0;
	for (let index = 1; index < words.length; index++) {
		const phrase = new RegExp(
			`(?:^|[^\\p{L}\\p{N}])${escape(words[index - 1]!)}[\\p{L}]{0,3}\\s?${escape(words[index]!)}`,
			'u',
		);
		if (phrase.test(text)) bonus += PHRASE_BONUS;
	}
	return bonus;
}

/** Patterns by word, remembered: each query checks its few words against every section shown. */
const wordPatterns = new Map<string, RegExp>();

/** Weight of the section the glossary names for a concept, over and above what the query's words give it. */
const CONCEPT_SECTION_BONUS = 50;

/** Weight of a section whose heading names every part of a query of several parts. */
const HEADING_BONUS = 40;

function chooseSections(
	page: PageMatch,
	concepts: readonly SearchConcept[],
	query: RankQuery,
	units: readonly QueryUnit[],
) {
	const words = query.matchWords.map((word) => word.toLowerCase().replaceAll(' ', ''));
	const conceptSections = new Set(concepts.flatMap((entry) => (entry.section ? [entry.section] : [])));
	const namesAll = (section: SectionMatch) =>
		units.length >= 2 && section.title !== page.title && unitsIn(section.title, units) === units.length;
	const score = (section: SectionMatch) =>
		coverage(section, words, page.title) +
		phraseBonus(section, query.otherWords) +
		section.weight +
		(conceptSections.has(section.title) ? CONCEPT_SECTION_BONUS : 0) +
		(namesAll(section) ? HEADING_BONUS : 0);
	// Each section scored once: in the comparator, a page of forty sections ran its regular expressions thousands of times.
	const scores = new Map(page.sections.map((section) => [section, score(section)]));
	const byScore = [...page.sections].sort((a, b) => scores.get(b)! - scores.get(a)!);
	const firstConcept = concepts[0];
	const conceptSection = firstConcept?.section
		? page.sections.find((section) => section.title === firstConcept.section)
		: undefined;
	// A bare concept goes where the glossary points (a section, or the page top); extra words pick the best section.
	const bareConcept = firstConcept !== undefined && query.otherWords.length === 0;
	const primary = (bareConcept ? conceptSection : byScore[0]) ?? {
		url: page.url,
		title: page.title,
		excerpt: page.sections[0]?.excerpt ?? page.excerpt,
		weight: 0,
	};
	return {
		primary: { ...primary, url: primary.url.replace(/#_top$/, '') },
		others: byScore.filter((section) => section !== primary && !section.url.endsWith('#_top')).slice(0, 2),
	};
}

/** What ranking needs to know about the query. */
export interface RankQuery {
	/** Glossary concepts the reader named, in query order. */
	concepts: readonly SearchConcept[];
	/** Words of the query that named no concept. */
	otherWords: readonly string[];
	/** Every word the pages may show for the query (concept forms and other words), for choosing sections. */
	matchWords: readonly string[];
	/** The index look-up behind each result set, in the same order; tells which sets hold every part of the query. */
	queries?: readonly string[];
}

/**
 * What orders the pages of a query, best first, compared in this order (see {@link compareKeys}). For a query of
 * several parts: a page with a heading naming them all, then a page holding them all, then a page with a section
 * showing more of them, beats the named concept's home; otherwise the home comes first; then the index's score.
 */
export interface RankKey {
	/** 1 when a heading of the page names every part of a query of several parts. */
	heading: number;
	/** 1 when a look-up holding every part of a query of several parts found the page. */
	complete: number;
	/** The most parts of a query of several parts that one section shows. */
	shown: number;
	/** Index of the first concept the reader named whose page this is; the number of concepts when none. */
	conceptRank: number;
	/** The index's best score for the page across the look-ups. */
	score: number;
}

/** Negative when `a` ranks before `b`; 0 when the keys tie (the look-up order then decides). */
export function compareKeys(a: RankKey, b: RankKey): number {
	return (
		b.heading - a.heading ||
		b.complete - a.complete ||
		b.shown - a.shown ||
		a.conceptRank - b.conceptRank ||
		b.score - a.score
	);
}

/** A page of the ranking with the key that put it there. */
export interface RankedPage {
	result: RankedResult;
	key: RankKey;
}

/** One page as the look-ups found it: its match in each result set that holds it, in set order. */
export type PageOccurrences = readonly { set: number; match: PageMatch }[];

/** Ranks pages one at a time for one query; made once per query, as its parts are worked out once. */
export interface PageRanker {
	/** The page's result and key, from its matches in every look-up that found it. */
	rank(occurrences: PageOccurrences): RankedPage;
	/**
	 * The best key a page could have whose text is not loaded yet, from what the look-ups alone tell: which of
	 * them found it and its best score. A page ranked before this key is ranked before that page, whatever its
	 * text turns out to say.
	 * @param foundBy indexes of the result sets that hold the page.
	 * @param otherPaths URL paths known to be other pages' (loaded ones, say): a concept's page among them cannot be this one.
	 * @param path the page's own URL path, when known from an earlier search.
	 */
	bestPossibleKey(foundBy: readonly number[], score: number, otherPaths: ReadonlySet<string>, path?: string): RankKey;
	/** True for the URL path of a page of a concept the reader named. */
	isConceptPage(path: string): boolean;
}

/** @param pageUrlOf the URL path of a glossary entry's page, e.g. `/aws-ec2-notes/eni/`. */
export function pageRanker(query: RankQuery, pageUrlOf: (entry: SearchConcept) => string): PageRanker {
	const { concepts } = query;
	const units = queryUnits(query);
	const several = units.length >= 2 ? 1 : 0;
	const conceptPaths = concepts.map(pageUrlOf);
	const conceptRank = (path: string) => {
		const index = conceptPaths.indexOf(path);
		return index === -1 ? concepts.length : index;
	};
	// Whether result set `index` comes from a look-up holding every part of the query (not only the concept alone).
	const holdsAll = (index: number) => {
		const lookUp = query.queries?.[index];
		return lookUp === undefined || unitsIn(lookUp, units) === units.length;
	};
	return {
		rank(occurrences) {
			const [page] = mergePages(occurrences.map(({ match }) => [match]));
			if (!page) throw new Error('a page to rank needs at least one match');
			const path = pathOf(page.url);
			const isComplete = occurrences.some(({ set }) => holdsAll(set));
			const rank = conceptRank(path);
			const fit = pageFit(page, units, isComplete && rank < concepts.length);
			const key: RankKey = {
				heading: fit.heading,
				complete: several && isComplete ? 1 : 0,
				shown: fit.shown,
				conceptRank: rank,
				score: page.score,
			};
			const pageConcepts = concepts.filter((_, index) => conceptPaths[index] === path);
			const [concept] = pageConcepts;
			const result: RankedResult = {
				url: page.url,
				title: page.title,
				...chooseSections(page, pageConcepts, query, units),
				...(concept ? { concept } : {}),
			};
			return { result, key };
		},
		bestPossibleKey(foundBy, score, otherPaths, path) {
			const unclaimed = conceptPaths.findIndex((conceptPath) => !otherPaths.has(conceptPath));
			return {
				heading: several,
				complete: several && foundBy.some(holdsAll) ? 1 : 0,
				shown: several * units.length,
				conceptRank: path !== undefined ? conceptRank(path) : unclaimed === -1 ? concepts.length : unclaimed,
				score,
			};
		},
		isConceptPage: (path) => conceptRank(path) < concepts.length,
	};
}

/**
 * Merges the results of every query variant and orders them by {@link RankKey}; pages whose keys tie keep the
 * order in which the look-ups found them.
 * @param pageUrlOf the URL path of a glossary entry's page, e.g. `/aws-ec2-notes/eni/`.
 */
export function rankPages(
	resultSets: readonly (readonly PageMatch[])[],
	query: RankQuery,
	pageUrlOf: (entry: SearchConcept) => string,
): RankedPage[] {
	const pages = new Map<string, { set: number; match: PageMatch }[]>();
	resultSets.forEach((set, index) => {
		for (const match of set) {
			const path = pathOf(match.url);
			const occurrences = pages.get(path) ?? [];
			occurrences.push({ set: index, match });
			pages.set(path, occurrences);
		}
	});
	const ranker = pageRanker(query, pageUrlOf);
	// Array.prototype.sort is stable, so ties keep the look-ups' order.
	return [...pages.values()].map((occurrences) => ranker.rank(occurrences)).sort((a, b) => compareKeys(a.key, b.key));
}

/**
 * Merges the results of every query variant and orders them: pages of the concepts the reader named come
 * first, in the order named; the rest follow by the index's score (see {@link RankKey}).
 * @param pageUrlOf the URL path of a glossary entry's page, e.g. `/aws-ec2-notes/eni/`.
 */
export function rankResults(
	resultSets: readonly (readonly PageMatch[])[],
	query: RankQuery,
	pageUrlOf: (entry: SearchConcept) => string,
): RankedResult[] {
	return rankPages(resultSets, query, pageUrlOf).map((page) => page.result);
}

/** The parts of a query: each concept (found by any of its forms) and each other word. */
type QueryUnit = readonly string[];

const squashed = (text: string) =>
	text
		.replace(/<\/?mark>/g, '')
		.toLowerCase()
		.replace(/\s+/g, '');

function queryUnits(query: RankQuery): QueryUnit[] {
	return [
		...query.concepts.map((concept) => [
			...new Set([...contentForms(concept), ...namesOf(concept)].map(squashed).filter((form) => form !== '')),
		]),
		...query.otherWords.map((word) => [squashed(word)]),
	];
}

const unitsIn = (text: string, units: readonly QueryUnit[]) => {
	const haystack = squashed(text);
	return units.filter((unit) => unit.some((form) => haystack.includes(form))).length;
};

/** Whether a heading of the page names every part of the query, and the most parts any one excerpt shows. */
function pageFit(page: PageMatch, units: readonly QueryUnit[], isHome: boolean): { heading: number; shown: number } {
	if (units.length < 2) return { heading: 0, shown: 0 };
	const headings = [page.title, ...page.sections.map((section) => section.title)];
	const heading = headings.some((title) => unitsIn(title, units) === units.length) ? 1 : 0;
	// The index found the page for every part, and it explains the concept: excerpts are too short to judge it.
	if (isHome) return { heading, shown: units.length };
	const shown = Math.max(
		unitsIn(`${page.title} ${page.excerpt}`, units),
		...page.sections.map((section) => unitsIn(`${section.title} ${section.excerpt}`, units)),
	);
	return { heading, shown };
}

/** Splits a Pagefind excerpt into plain text and marked runs, so it can be rendered without `innerHTML`. */
export function excerptParts(excerpt: string): { text: string; marked: boolean }[] {
	const parts: { text: string; marked: boolean }[] = [];
	const pattern = /<mark>([\s\S]*?)<\/mark>/g;
	let last = 0;
	for (const match of excerpt.matchAll(pattern)) {
		if (match.index > last) parts.push({ text: decodeEntities(excerpt.slice(last, match.index)), marked: false });
		parts.push({ text: decodeEntities(match[1] ?? ''), marked: true });
		last = match.index + match[0].length;
	}
	if (last < excerpt.length) parts.push({ text: decodeEntities(excerpt.slice(last)), marked: false });
	return parts.filter((part) => part.text !== '');
}

const ENTITIES: Record<string, string> = {
	amp: '&',
	lt: '<',
	gt: '>',
	quot: '"',
	'#39': "'",
	'#x27': "'",
	nbsp: '\u00a0',
};

function decodeEntities(text: string): string {
	return text.replace(/&(amp|lt|gt|quot|#39|#x27|nbsp);/g, (_, name: string) => ENTITIES[name] ?? '');
}

/**
 * How far to trust a query, from how many of its words the index knows (Pagefind silently drops unknown words,
 * so `DynamoDB 파티션 키 설계` would otherwise be answered as if it were `파티션`):
 * `full` when every word is known, `partial` when unknown words are as many as known ones at most
 * (results shown, labelled, no concept put first), `none` when unknown words outnumber known ones.
 */
export function matchConfidence(knownWordCount: number, unknownWordCount: number): 'full' | 'partial' | 'none' {
	if (unknownWordCount === 0) return 'full';
	return unknownWordCount > knownWordCount ? 'none' : 'partial';
}
