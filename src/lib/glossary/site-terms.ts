/**
 * The site's terms read from the content collection at build time, shared by search-vocabulary.json and the
 * 용어집 so both list the same terms with the same homes.
 */
import { getCollection } from 'astro:content';
import { dictionary } from './dictionary/index.ts';
import { glossary } from './entries.ts';
import { buildSiteTerms, type SiteTerm } from './term-homes.ts';
import { outlineNote, type NoteOutline } from '../search/note-outline.ts';
import { noteSlugs } from '../site/sidebar.ts';

export interface SiteTerms {
	terms: SiteTerm[];
	outlines: NoteOutline[];
}

let cached: Promise<SiteTerms> | undefined;

/** Every searched page's outline in reading order, and the terms decided from them (computed once per build). */
export function siteTerms(): Promise<SiteTerms> {
	cached ??= (async () => {
		const entries = await getCollection('docs', (entry) => entry.id !== '404' && entry.data.pagefind !== false);
		const rank = (id: string) =>
			id === 'index' ? -1 : noteSlugs.includes(id) ? noteSlugs.indexOf(id) : noteSlugs.length;
		entries.sort((a, b) => rank(a.id) - rank(b.id) || a.id.localeCompare(b.id));
		const outlines = entries.map((entry) => outlineNote(entry.id, entry.data.title, entry.body ?? ''));
		const noteAliases = Object.fromEntries(
			entries.flatMap((entry) => (entry.data.aliases ? [[entry.id, entry.data.aliases] as const] : [])),
		);
		return { terms: buildSiteTerms({ glossary, dictionary, outlines, noteAliases }), outlines };
	})();
	return cached;
}
