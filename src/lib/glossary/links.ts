import { pagePath } from '../site/site-url.ts';
import type { SiteTerm, TermHome } from './term-homes.ts';

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
