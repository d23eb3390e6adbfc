import { cleanQuery, splitWords } from './normalize.ts';

/**
 * A concept search knows by name, and where it is explained. The glossary's entries are concepts; at build time
 * the site's terms (src/lib/glossary/term-homes.ts) are, with homes decided from the notes.
 */
export interface SearchConcept {
	term: string;
	english?: string;
	abbreviations?: readonly string[];
	aliases?: readonly string[];
	/** Docs id of the page that explains it (`index` for the home page). */
	page: string;
	/** Heading text of the section that explains it; the page top when absent. */
	section?: string;
	/** Its names as the notes write them, most written first; searched instead of the glossary's forms when known. */
	written?: readonly string[];
}

/** Every way a concept can be written, from the glossary; keys are cleaned and have no spaces. */
export interface Lexicon {
	/** `보안그룹`, `sg`, `securitygroup` … → the glossary entry. */
	conceptsByKey: ReadonlyMap<string, SearchConcept>;
	/** Words of all glossary names, protected from particle cutting (`게이트웨이` keeps its `이`). */
	knownWords: ReadonlySet<string>;
	/** Most words any key spans, so matching can stop looking further. */
	longestKeyWords: number;
}

/** All names of an entry: the term, the English name, abbreviations and aliases. */
export function namesOf(entry: SearchConcept): string[] {
	return [entry.term, entry.english ?? '', ...(entry.abbreviations ?? []), ...(entry.aliases ?? [])].filter(
		(name) => name !== '',
	);
}

/** The form a name is looked up by: cleaned, spaces removed (`탄력적 IP` → `탄력적ip`). */
export function lookupKey(name: string): string {
	return cleanQuery(name).replaceAll(' ', '');
}

/**
 * Builds the alias index from the concepts and, optionally, the words of the notes. When two entries share a name, the first in glossary order keeps it,
 * so the glossary's order is the tie-break and no name silently points two ways.
 */
export function buildLexicon(entries: readonly SearchConcept[], noteWords: readonly string[] = []): Lexicon {
	const conceptsByKey = new Map<string, SearchConcept>();
	// The notes' own words (src/lib/search/note-words.ts) join the names', so particles are cut from any word.
	const knownWords = new Set<string>(noteWords);
	let longestKeyWords = 1;
	for (const entry of entries) {
		for (const name of namesOf(entry)) {
			const key = lookupKey(name);
			if (key !== '' && !conceptsByKey.has(key)) conceptsByKey.set(key, entry);
			const words = splitWords(cleanQuery(name));
			longestKeyWords = Math.max(longestKeyWords, words.length);
			for (const word of words) knownWords.add(word);
		}
	}
	return { conceptsByKey, knownWords, longestKeyWords };
}

export type QuerySegment = { kind: 'concept'; entry: SearchConcept; words: string[] } | { kind: 'word'; word: string };

/**
 * Finds glossary concepts in a query's words, longest span first, so `보안 그룹 규칙` is the rules concept
 * rather than `보안 그룹` followed by a stray word.
 */
export function segmentQuery(words: readonly string[], lexicon: Lexicon): QuerySegment[] {
	const segments: QuerySegment[] = [];
	let start = 0;
	while (start < words.length) {
		let matched: QuerySegment | undefined;
		const maxEnd = Math.min(words.length, start + lexicon.longestKeyWords + 1);
		for (let end = maxEnd; end > start && !matched; end--) {
			const span = words.slice(start, end);
			const entry = lexicon.conceptsByKey.get(span.join(''));
			if (entry) matched = { kind: 'concept', entry, words: span };
		}
		if (matched?.kind === 'concept') {
			segments.push(matched);
			start += matched.words.length;
		} else {
			segments.push({ kind: 'word', word: words[start]! });
			start += 1;
		}
	}
	return segments;
}
