/**
 * A named concept's home as a search result, ready before any index look-up. For a query that names one concept
 * and nothing else, the ranking puts that concept's home first whenever the look-ups find it (rank.ts:
 * `conceptRank`), and they are asked to keep it (cascade.ts). So the build makes that first result from the home's
 * index text (src/integrations/search-page-ids.ts), search-vocabulary.json carries it, and the dialog shows it at
 * once, while Pagefind decodes its index and scores the other pages (most of a search's time on a site of a
 * thousand pages). The section and excerpt are chosen as rank.ts and Pagefind choose them, so the result changes
 * little when the complete ranking replaces it.
 */
import { buildLexicon, namesOf, type SearchConcept } from './lexicon.ts';
import { sectionExcerpt, type WordMatch } from './pagefind-excerpt.ts';
import { lookUpMatches, pageWords, type PageWords } from './pagefind-matches.ts';
import { planSearch } from './plan.ts';
import type { RankedResult } from './rank.ts';

/** Words in an excerpt, here and in Pagefind's options (search-engine.ts), so both excerpts are alike. */
export const EXCERPT_WORDS = 24;

/** A page as the index stores it (a Pagefind fragment): its text, and where each heading's section begins. */
export interface PageText {
	title: string;
	/** The page's text, words separated by white space. */
	content: string;
	/** Elements with an id: a heading's text, and the index of the word it begins at; the page top is `_top`. */
	anchors: readonly { element: string; id: string; text: string; location: number }[];
}

/** A concept's home as its bare query's first result, without the site's base path. */
export interface HomeLead {
	/** The page's title. */
	title: string;
	/** The section linked to, when not the page top: its heading and element id. */
	section?: { title: string; anchor: string };
	/** Pagefind-style excerpt, matched words in `<mark>`. */
	excerpt: string;
}

/** A section of the page: its heading's id and text, and its words [`start`, `end`). */
interface Section {
	id: string;
	title: string;
	start: number;
	end: number | undefined;
}

/** What one look-up matches in one section: its words, and their weight (as the index adds it up). */
interface SectionHit {
	matches: WordMatch[];
	weight: number;
}

/** What a look-up for `variant` matches in each section; undefined when it would not find the page. */
function sectionHits(
	page: PageWords,
	sections: readonly Section[],
	variant: string,
): (SectionHit | undefined)[] | undefined {
	const matches = lookUpMatches(page, variant);
	if (!matches) return undefined;
	return sections.map(({ start, end = page.words.length }) => {
		const inside = matches.filter(({ location }) => location >= start && location < end);
		if (inside.length === 0) return undefined;
		const weight = inside.reduce((sum, match) => sum + match.weight, 0);
		return { matches: inside.map(({ location, score }) => ({ location, score })), weight };
	});
}

/**
 * The first result a bare concept query will have, made from its home's text and the query's look-ups
 * (`variants`, plan.ts): the section the glossary names, else the page top with the first section found (as
 * rank.ts's `chooseSections` picks), and that section's excerpt from the look-up that matched it most (as rank.ts
 * merges the look-ups' sections). Undefined when no look-up would find the page.
 */
export function homeLead(page: PageText, concept: SearchConcept, variants: readonly string[]): HomeLead | undefined {
	// Text of a language Pagefind segments into words joined by zero-width spaces is excerpted otherwise: none then.
	if (page.content.includes('\u200B')) return undefined;
	const read = pageWords(page);
	// Words before the first heading belong to the page top, which Pagefind titles with the page's title.
	const bounds = [{ id: '', text: page.title, location: 0 }, ...read.headings];
	const sections: Section[] = bounds.map((bound, index) => ({
		id: bound.id,
		title: bound.text,
		start: bound.location,
		end: bounds[index + 1]?.location,
	}));
	const hits = variants.map((variant) => sectionHits(read, sections, variant)).filter((hit) => hit !== undefined);
	if (hits.length === 0) return undefined;
	// The ranking's page-top fallback shows the first section of the first look-up that found the page.
	const firstFound = hits[0]!.findIndex((hit) => hit !== undefined);
	const named = sections.findIndex(
		(section, index) => section.title === concept.section && hits.some((hit) => hit[index] !== undefined),
	);
	const shown = named === -1 ? firstFound : named;
	// Of equal weights the first look-up's stays, as rank.ts keeps a section unless a later one weighs more.
	let best: SectionHit | undefined;
	for (const hit of hits) {
		const candidate = hit[shown];
		if (candidate && (!best || candidate.weight > best.weight)) best = candidate;
	}
	const section = sections[shown]!;
	const excerpt = sectionExcerpt(read.words, best!.matches, section.start, section.end, EXCERPT_WORDS);
	if (named === -1 || section.id === '' || section.id === '_top') return { title: page.title, excerpt };
	return { title: page.title, section: { title: section.title, anchor: section.id }, excerpt };
}

/** The search result of a home lead, on the concept's page at `pageUrl` (with the site's base path). */
export function leadResult(lead: HomeLead, concept: SearchConcept, pageUrl: string): RankedResult {
	// Percent-encoded as Pagefind's section URLs are (`#특징` → `#%ED%8A%B9%EC%A7%95`).
	const hash = lead.section && new URL(`#${lead.section.anchor}`, 'https://example.com/').hash;
	const primary = lead.section
		? { url: `${pageUrl}${hash}`, title: lead.section.title, excerpt: lead.excerpt, weight: 0 }
		: { url: pageUrl, title: lead.title, excerpt: lead.excerpt, weight: 0 };
	return { url: pageUrl, title: lead.title, primary, others: [], concept };
}

/**
 * Each concept's home lead by term, for concepts whose home is in the index (`pageIds`, src/lib/search/page-ids.ts),
 * made with the look-ups that typing the first of its names to plan it alone plans (plan.ts: the term, else its
 * English name or another). None for a term two concepts share: the browser finds a lead by its concept's term, and
 * the second concept, reached by another of its names, would be given the first's.
 * @param words the notes' words, as the browser's search has them (SearchData).
 * @param pageText the page with this index id, or undefined when it cannot be read.
 */
export function homeLeads(
	concepts: readonly SearchConcept[],
	words: readonly string[],
	pageIds: Readonly<Record<string, string>>,
	pageText: (id: string) => PageText | undefined,
): Record<string, HomeLead> {
	const lexicon = buildLexicon(concepts, words);
	const uses = new Map<string, number>();
	for (const { term } of concepts) uses.set(term, (uses.get(term) ?? 0) + 1);
	const texts = new Map<string, PageText | undefined>();
	const leads: Record<string, HomeLead> = {};
	for (const concept of concepts) {
		const id = Object.hasOwn(pageIds, concept.page) ? pageIds[concept.page] : undefined;
		if (id === undefined || uses.get(concept.term) !== 1) continue;
		const plan = namesOf(concept)
			.map((name) => planSearch(name, lexicon))
			.find(
				(candidate) =>
					candidate.concepts.length === 1 && candidate.concepts[0] === concept && candidate.otherWords.length === 0,
			);
		if (!plan) continue;
		if (!texts.has(id)) texts.set(id, pageText(id));
		const text = texts.get(id);
		const lead = text && homeLead(text, concept, plan.queries);
		if (lead) leads[concept.term] = lead;
	}
	return leads;
}
