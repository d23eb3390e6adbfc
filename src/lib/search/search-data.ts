import type { SiteTerm } from '../glossary/term-homes.ts';
import type { SearchData } from './cascade.ts';
import { hangulRuns } from './hangul.ts';
import type { SearchConcept } from './lexicon.ts';
import { outlineText, type NoteOutline } from './note-outline.ts';
import { stripParticle } from './normalize.ts';
import { noteWords } from './note-words.ts';

/** A site term as search needs it: names and home only, empty lists left out to keep the download small. */
function toConcept(term: SiteTerm): SearchConcept {
	return {
		term: term.term,
		...(term.english ? { english: term.english } : {}),
		...(term.abbreviations.length > 0 ? { abbreviations: term.abbreviations } : {}),
		...(term.aliases.length > 0 ? { aliases: term.aliases } : {}),
		page: term.home.page,
		...(term.home.section ? { section: term.home.section } : {}),
		...(term.written.length > 0 ? { written: term.written.slice(0, 3) } : {}),
	};
}

/**
 * What the search dialog downloads when it opens: every concept with its home, the names and headings
 * forgiving search corrects toward, and the notes' words for the normaliser.
 */
export function buildSearchData(terms: readonly SiteTerm[], outlines: readonly NoteOutline[]): SearchData {
	const words = noteWords(outlines.map(outlineText));
	const known = new Set(words);
	// A heading's own words are topics too (`오리진` of `배포와 오리진`): 초성 and near misses may mean one of them.
	const headingWords = outlines.flatMap((outline) =>
		outline.sections.flatMap((section) =>
			hangulRuns(section.heading)
				.map((run) => stripParticle(run, known))
				.filter((word) => word.length >= 2 && known.has(word)),
		),
	);
	const names = [
		...terms.flatMap((term) => [term.term, term.english ?? '', ...term.abbreviations, ...term.aliases]),
		...outlines.flatMap((outline) => [
			outline.title,
			...outline.sections
				.filter((section) => section.depth >= 2 && section.depth <= 3)
				.map((section) => section.heading),
		]),
	].filter((name) => name !== '');
	// A heading word that begins a name already listed adds nothing but a shorter rival for 초성 (`탄력적` of `탄력적 IP`).
	// Every beginning of every name, so each word is one look-up: a 1,000-page site has thousands of both.
	const beginnings = new Set(
		names.flatMap((name) => {
			const start = name.toLowerCase().replace(/\s+/g, '');
			return Array.from(start, (_, end) => start.slice(0, end + 1));
		}),
	);
	const topics = [...new Set(headingWords)].filter((word) => !beginnings.has(word));
	return { concepts: terms.map(toConcept), names: [...new Set([...names, ...topics])], words };
}
