import type { GlossaryEntry } from '../glossary/entries.ts';
import { entryHref } from '../glossary/links.ts';
import { pagePath } from '../site-url.ts';
import { namesOf } from './lexicon.ts';
import type { VocabularyItem } from './forgiving.ts';

export interface PageOutline {
	id: string;
	title: string;
	headings: readonly { depth: number; slug: string; text: string }[];
}

/**
 * The names forgiving search matches against: every glossary name (linking where the glossary points) and
 * every page title and section heading. Built once at build time into a small JSON the dialog loads on open.
 */
export function buildVocabulary(glossary: readonly GlossaryEntry[], pages: readonly PageOutline[]): VocabularyItem[] {
	const fromGlossary = glossary.flatMap((entry) => namesOf(entry).map((text) => ({ text, href: entryHref(entry) })));
	const fromPages = pages.flatMap((page) => [
		{ text: page.title, href: pagePath(page.id) },
		...page.headings
			.filter((heading) => heading.depth >= 2 && heading.depth <= 3)
			.map((heading) => ({ text: heading.text, href: `${pagePath(page.id)}#${heading.slug}` })),
	]);
	const seen = new Set<string>();
	return [...fromGlossary, ...fromPages].filter((item) => {
		const key = `${item.text}\u0000${item.href}`;
		if (seen.has(key)) return false;
		seen.add(key);
		return true;
	});
}
