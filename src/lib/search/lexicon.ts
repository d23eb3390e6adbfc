import type { GlossaryEntry } from '../glossary/entries.ts';
import { cleanQuery, splitWords } from './normalize.ts';

/** Every way a concept can be written, from the glossary; keys are cleaned and have no spaces. */
export interface Lexicon {
	/** `보안그룹`, `sg`, `securitygroup` … → the glossary entry. */
	conceptsByKey: ReadonlyMap<string, GlossaryEntry>;
	/** Words of all glossary names, protected from particle cutting (`게이트웨이` keeps its `이`). */
	knownWords: ReadonlySet<string>;
	/** Most words any key spans, so matching can stop looking further. */
	longestKeyWords: number;
}

/** All names of an entry: the term, the English name, abbreviations and aliases. */
export function namesOf(entry: GlossaryEntry): string[] {
	return [entry.term, entry.english, ...(entry.abbreviations ?? []), ...(entry.aliases ?? [])];
}

/** The form a name is looked up by: cleaned, spaces removed (`탄력적 IP` → `탄력적ip`). */
export function lookupKey(name: string): string {
	return cleanQuery(name).replaceAll(' ', '');
}

/**
 * Builds the alias index. When two entries share a name, the first in glossary order keeps it,
 * so the glossary's order is the tie-break and no name silently points two ways.
 */
export function buildLexicon(entries: readonly GlossaryEntry[]): Lexicon {
	const conceptsByKey = new Map<string, GlossaryEntry>();
	const knownWords = new Set<string>();
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

export type QuerySegment = { kind: 'concept'; entry: GlossaryEntry; words: string[] } | { kind: 'word'; word: string };

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
