import GithubSlugger from 'github-slugger';
import { pagePath } from '../site/site-url.ts';
import type { GlossaryEntry } from './entries.ts';
import type { SiteTerm, TermHome } from './term-homes.ts';

/**
 * Root-relative link to where an entry is explained, with the heading anchor Astro gives that section
 * (github-slugger, as Astro's Markdown pipeline uses).
 */
export function entryHref(entry: GlossaryEntry): string {
	return entry.section ? `${pagePath(entry.page)}#${new GithubSlugger().slug(entry.section)}` : pagePath(entry.page);
}

/** Glossary entries sorted the way a Korean dictionary is (가나다, then Latin). */
export function sortedEntries<Entry extends GlossaryEntry>(entries: readonly Entry[]): Entry[] {
	return [...entries].sort((a, b) => a.term.localeCompare(b.term, 'ko'));
}

/** Root-relative link to a term's home, e.g. `/placement-groups/#클러스터cluster-배치그룹`. */
export function homeHref(home: TermHome): string {
	return home.slug ? `${pagePath(home.page)}#${home.slug}` : pagePath(home.page);
}

/** One row of the 용어집. */
export interface GlossaryRow {
	term: string;
	/** English name and abbreviations, other than the term itself. */
	names: string[];
	definition: string;
	aliases: string[];
	href: string;
}

/**
 * The 용어집's rows: every term with a definition (the glossary's, and the AWS dictionary's terms the notes
 * use), linking to its home, in 가나다 order.
 */
export function glossaryRows(terms: readonly SiteTerm[]): GlossaryRow[] {
	const rows = terms.flatMap((term) =>
		term.definition
			? [
					{
						term: term.term,
						names: [term.english ?? '', ...term.abbreviations].filter((name) => name !== '' && name !== term.term),
						definition: term.definition,
						aliases: term.aliases,
						href: homeHref(term.home),
					},
				]
			: [],
	);
	return rows.sort((a, b) => a.term.localeCompare(b.term, 'ko'));
}
