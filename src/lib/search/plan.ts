import { lookupKey, namesOf, segmentQuery, type Lexicon, type SearchConcept } from './lexicon.ts';
import { splitCompound } from './note-words.ts';
import { hasHangul } from './hangul.ts';
import { queryWords } from './normalize.ts';

/** Each query variant is one index look-up; more than this costs time and adds little. */
const MAX_VARIANTS = 4;

export interface SearchPlan {
	/** Pagefind queries to run; their results are merged. Empty when the input has nothing to search. */
	queries: string[];
	/** Glossary concepts the reader named, in query order. */
	concepts: SearchConcept[];
	/** Words of the query that named no concept. */
	otherWords: string[];
	/** Words to mark on the page the reader opens, and to choose the best section by. */
	highlight: string[];
	/** The query's words after normalising, shown as "검색한 말". */
	words: string[];
}

/** The forms a concept is written in on the pages: the term and its spacing variants, or what the notes write. */
export function contentForms(entry: SearchConcept): string[] {
	const base = termForms(entry);
	const written = entry.written ?? [];
	if (written.length === 0) return base;
	// The notes' own spellings: the term's forms they write first, then their other names for it (`auto scaling`
	// for `Amazon EC2 Auto Scaling`), so the index is asked for words the pages contain.
	const forms = [...base.filter((form) => written.includes(form)), ...written.filter((form) => !base.includes(form))];
	return forms.length > 0 ? forms : base;
}

function termForms(entry: SearchConcept): string[] {
	if (!hasHangul(entry.term)) return [entry.term.toLowerCase()];
	const forms = [entry.term, ...namesOf(entry).filter(hasHangul)];
	const unspaced = entry.term.replaceAll(' ', '');
	const spacingVariants = forms.filter((form) => form.replaceAll(' ', '') === unspaced);
	return [...new Set([...spacingVariants, unspaced].map((form) => form.toLowerCase()))];
}

/** Adjacent Hangul words joined (`배치 그룹` → `배치그룹`), for compounds the glossary does not know. */
function joinedVariant(words: readonly string[]): string | undefined {
	if (words.length < 2 || !words.every(hasHangul)) return undefined;
	return words.join('');
}

/**
 * Turns what the reader typed into index look-ups: particles cut, filler dropped, glossary names
 * (Korean, English, abbreviations) replaced by the way the pages write the concept, spacing variants added.
 */
export function planSearch(raw: string, lexicon: Lexicon): SearchPlan {
	// An unspaced compound of the notes' words is searched as the words (`버킷정책` → `버킷 정책`), unless it names a concept.
	const words = queryWords(raw, lexicon.knownWords).flatMap((word) =>
		hasHangul(word) && !lexicon.knownWords.has(word) && !lexicon.conceptsByKey.has(lookupKey(word))
			? (splitCompound(word, lexicon.knownWords) ?? [word])
			: [word],
	);
	if (words.length === 0) return { queries: [], concepts: [], otherWords: [], highlight: [], words };

	const segments = segmentQuery(words, lexicon);
	const concepts = segments.flatMap((segment) => (segment.kind === 'concept' ? [segment.entry] : []));
	const otherWords = segments.flatMap((segment) => (segment.kind === 'word' ? [segment.word] : []));

	const queries: string[] = [];
	const add = (query: string | undefined) => {
		const trimmed = query?.trim();
		if (trimmed && !queries.includes(trimmed) && queries.length < MAX_VARIANTS) queries.push(trimmed);
	};

	if (concepts.length > 0) {
		const formsPerSegment = segments.map((segment) =>
			segment.kind === 'concept' ? contentForms(segment.entry) : [segment.word],
		);
		// Every concept in its main form, then each concept's other spacing, then the concepts alone.
		add(formsPerSegment.map((forms) => forms[0]).join(' '));
		formsPerSegment.forEach((forms, index) => {
			for (const form of forms.slice(1)) {
				add(formsPerSegment.map((other, otherIndex) => (otherIndex === index ? form : other[0])).join(' '));
			}
		});
		if (otherWords.length > 0) add(concepts.map((entry) => contentForms(entry)[0]).join(' '));
		add(words.join(' '));
	} else {
		add(words.join(' '));
		add(joinedVariant(words));
	}

	const highlight = [...new Set([...concepts.flatMap(contentForms), ...otherWords])];
	return { queries, concepts, otherWords, highlight, words };
}
