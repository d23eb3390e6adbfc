/**
 * The site's terms from its pages, without the content collection: site-terms.ts feeds it the collection at
 * build time, tests feed it the same MDX read from disk, so both decide the same terms and homes.
 */
import { outlineNote, type NoteOutline } from '../search/note-outline.ts';
import { noteSlugs } from '../site/sidebar.ts';
import { dictionary } from './dictionary/index.ts';
import { glossary } from './entries.ts';
import { buildSiteTerms, type SiteTerm } from './term-homes.ts';

/** What the terms need of a docs page: its id, title, body and the front matter fields that matter here. */
export interface SitePage {
	id: string;
	title: string;
	body: string;
	pagefind?: boolean;
	aliases?: Readonly<Record<string, readonly string[]>>;
}

export interface SiteTerms {
	terms: SiteTerm[];
	outlines: NoteOutline[];
}

/** Every searched page's outline in reading order (sidebar order, unlisted pages after), and its terms. */
export function siteTermsOf(pages: readonly SitePage[]): SiteTerms {
	const searched = pages.filter((page) => page.id !== '404' && page.pagefind !== false);
	const rank = (id: string) =>
		id === 'index' ? -1 : noteSlugs.includes(id) ? noteSlugs.indexOf(id) : noteSlugs.length;
	searched.sort((a, b) => rank(a.id) - rank(b.id) || a.id.localeCompare(b.id));
	const outlines = searched.map((page) => outlineNote(page.id, page.title, page.body));
	const noteAliases = Object.fromEntries(
		searched.flatMap((page) => (page.aliases ? [[page.id, page.aliases] as const] : [])),
	);
	return { terms: buildSiteTerms({ glossary, dictionary, outlines, noteAliases }), outlines };
}
