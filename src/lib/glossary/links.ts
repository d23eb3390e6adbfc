import GithubSlugger from 'github-slugger';
import { pagePath } from '../site-url.ts';
import type { GlossaryEntry } from './entries.ts';

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
