/**
 * Which words of a page a Pagefind look-up matches, and how much each weighs, as far as the page's fragment tells
 * (home-lead.ts needs them before Pagefind has answered). Pagefind does not say; this follows what its look-ups
 * return (`weighted_locations`), measured on this site's index with Pagefind 1.6: heading words weigh more, a part
 * of a word joined by punctuation half, and a word equal to a query word scores above a longer one it begins.
 */
import type { PageText } from './home-lead.ts';
import { excerptWords, type WordMatch } from './pagefind-excerpt.ts';

/** Pagefind's weights of heading words; other words weigh 1. */
const HEADING_WEIGHTS: Readonly<Record<string, number>> = { h1: 7, h2: 6, h3: 5, h4: 4, h5: 3, h6: 2 };
/** What a part of a word counts (`placement` of `배치그룹(Placement`), against the whole word. */
const PART_WEIGHT = 0.5;
/** How much more a word equal to a query word scores than a longer word it begins (512 against 212). */
const EXACT_BONUS = 2.4;

/** A form of a page's word as the index holds it, and how much a match on it weighs. */
interface IndexForm {
	form: string;
	weight: number;
}

/**
 * The forms a query word is compared with, as Pagefind indexes a word: lower case, without punctuation, and each
 * part the punctuation separates (`배치그룹(Placement` → `배치그룹placement`, then `배치그룹` and `placement`).
 */
function indexForms(word: string): IndexForm[] {
	const parts = word
		.toLowerCase()
		.split(/[^\p{L}\p{N}]+/u)
		.filter(Boolean);
	if (parts.length <= 1) return parts.map((form) => ({ form, weight: 1 }));
	return [{ form: parts.join(''), weight: 1 }, ...parts.map((form) => ({ form, weight: PART_WEIGHT }))];
}

/** A page read for matching: its words as excerpts show them, each word's index forms and weight, its headings. */
export interface PageWords {
	words: string[];
	forms: IndexForm[][];
	weights: number[];
	/** Headings in page order: sections begin at them only, as Pagefind's sub-results do. */
	headings: PageText['anchors'];
}

export function pageWords(page: PageText): PageWords {
	const words = excerptWords(page.content);
	const weights = words.map(() => 1);
	const headings = page.anchors
		.filter((anchor) => /^h\d$/i.test(anchor.element) && /\S/.test(anchor.text))
		.sort((a, b) => a.location - b.location);
	for (const heading of headings) {
		const end = Math.min(heading.location + heading.text.trim().split(/\s+/).length, weights.length);
		for (let index = heading.location; index < end; index++)
			weights[index] = HEADING_WEIGHTS[heading.element.toLowerCase()] ?? 1;
	}
	return { words, forms: words.map(indexForms), weights, headings };
}

/** A matched word, with the weight Pagefind adds up for its section. */
export interface WeightedMatch extends WordMatch {
	weight: number;
}

/**
 * The words a look-up for `query` matches: every word beginning with one of its words. Undefined when the look-up
 * would not find the page (some word of the query begins no word of it).
 */
export function lookUpMatches({ forms, weights }: PageWords, query: string): WeightedMatch[] | undefined {
	const terms = query.toLowerCase().split(/\s+/).filter(Boolean);
	const found = new Set<string>();
	const matches = forms.flatMap((wordForms, location) => {
		for (const term of terms) {
			// A form equal to the word first (the index reads a location once, from the exact word before longer
			// ones), then the whole word before its parts.
			const form =
				wordForms.find((candidate) => candidate.form === term) ??
				wordForms.find((candidate) => candidate.form.startsWith(term));
			if (!form) continue;
			found.add(term);
			const weight = weights[location]! * form.weight;
			return [{ location, weight, score: weight ** 2 * (form.form === term ? EXACT_BONUS : 1) }];
		}
		return [];
	});
	return terms.every((term) => found.has(term)) ? matches : undefined;
}
