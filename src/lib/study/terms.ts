import GithubSlugger from 'github-slugger';
import type { GlossaryEntry } from '../glossary/entries.ts';
import type { SiteTerm } from '../glossary/term-homes.ts';
import { noteSections } from '../site/sidebar.ts';

/**
 * One thing a reader can be asked about: the unit of both the 확인 문제 and the 복습 cards.
 * Study code reads terms only through this shape, so where terms come from can change without touching the
 * quiz or the scheduler.
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
	/** Set when the notes only mention the term in passing (no heading, table row, pair or pin explains it). */
	mentionedOnly?: true;
}

/** Stable id of a glossary entry: its AWS English name as a slug (`Elastic IP address` → `elastic-ip-address`). */
export function glossaryTermId(entry: Pick<GlossaryEntry, 'english'>): string {
	return new GithubSlugger().slug(entry.english);
}

/**
 * The adapter from the site's terms (src/lib/glossary/term-homes.ts: the glossary and the AWS dictionary terms
 * the notes use, each with the section that explains it): the one place that knows where study terms come from.
 * A term without a definition (a pair only a note wrote) has nothing to recall from and is left out.
 * Ids: glossary entries keep the glossary's id scheme, so progress stored before the dictionary joined still
 * applies; dictionary terms use the dictionary's stable id.
 * Kind is the page a term lives on: the notes give one topic a page, so its neighbours are the most confusable
 * distractors (온디맨드 vs 스팟, not 온디맨드 vs 보안그룹). The broader kind is the term's AWS service when the
 * dictionary knows it, else the sidebar group of its home page (the overview counts as the first group).
 */
export function termsFromSite(
	terms: readonly SiteTerm[],
	sections: readonly { label: string; slugs: readonly string[] }[] = noteSections,
): StudyTerm[] {
	const sectionOf = (page: string) =>
		(sections.find((section) => section.slugs.includes(page)) ?? sections[0])?.label ?? '';
	return terms.flatMap((term) => {
		const id = studyId(term);
		if (term.definition === undefined || id === undefined) return [];
		return [
			{
				id,
				term: term.term,
				names: unique([term.term, term.english ?? '', ...term.abbreviations, ...term.aliases]),
				definition: term.definition,
				kind: term.home.page,
				broaderKind: term.dictionary?.service ?? sectionOf(term.home.page),
				home: term.home.section
					? { page: term.home.page, anchor: term.home.slug, heading: term.home.section }
					: { page: term.home.page },
				...(term.homeReason === 'mention' ? { mentionedOnly: true as const } : {}),
			},
		];
	});
}

function studyId(term: SiteTerm): string | undefined {
	if (term.origin === 'glossary' && term.english) return glossaryTermId({ english: term.english });
	return term.dictionary?.id;
}

function unique(names: readonly string[]): string[] {
	return [...new Set(names.map((name) => name.trim()).filter((name) => name !== ''))];
}
