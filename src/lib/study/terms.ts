import GithubSlugger from 'github-slugger';
import { glossary, type GlossaryEntry } from '../glossary/entries.ts';
import { noteSections } from '../site/sidebar.ts';

/**
 * One thing a reader can be asked about: the unit of both the 확인 문제 and the 복습 cards.
 * Study code reads terms only through this shape, so where terms come from can change (today the glossary,
 * later the search index's term homes) without touching the quiz or the scheduler.
 */
export interface StudyTerm {
	/** Stable across builds and reorderings: progress in localStorage is keyed by it. */
	id: string;
	/** The name shown as the answer. */
	term: string;
	/** Every name that gives the answer away (the term, aliases, English name, abbreviations): masked in questions. */
	names: readonly string[];
	/** The definition the reader recalls the term from. */
	definition: string;
	/** Distractors are picked from terms of the same kind first. */
	kind: string;
	/** The fallback pool when a kind has too few other terms; never a synonym either way. */
	broaderKind: string;
	/** Where the notes explain it: a docs page id and, for a section, its heading anchor and text. */
	home: { page: string; anchor?: string; heading?: string };
}

/** Stable id of a glossary entry: its AWS English name as a slug (`Elastic IP address` → `elastic-ip-address`). */
export function glossaryTermId(entry: Pick<GlossaryEntry, 'english'>): string {
	return new GithubSlugger().slug(entry.english);
}

/**
 * The adapter from today's glossary: the one place that knows where study terms come from.
 * Kind is the page a term lives on (the notes group one topic per page: purchase options, lifecycle states …);
 * the broader kind is the sidebar group of that page (the overview counts as the first group).
 */
export function termsFromGlossary(
	entries: readonly GlossaryEntry[] = glossary,
	sections: readonly { label: string; slugs: readonly string[] }[] = noteSections,
): StudyTerm[] {
	const sectionOf = (page: string) =>
		(sections.find((section) => section.slugs.includes(page)) ?? sections[0])?.label ?? '';
	return entries.map((entry) => ({
		id: glossaryTermId(entry),
		term: entry.term,
		names: unique([entry.term, entry.english, ...(entry.abbreviations ?? []), ...(entry.aliases ?? [])]),
		definition: entry.definition,
		kind: entry.page,
		broaderKind: sectionOf(entry.page),
		home: entry.section
			? { page: entry.page, anchor: new GithubSlugger().slug(entry.section), heading: entry.section }
			: { page: entry.page },
	}));
}

function unique(names: readonly string[]): string[] {
	return [...new Set(names.map((name) => name.trim()).filter((name) => name !== ''))];
}
