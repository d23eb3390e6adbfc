import { getCollection, type CollectionEntry } from 'astro:content';
import { noteSlugs } from './sidebar.ts';

export { pagePath } from './sidebar.ts';

export type NotePage = CollectionEntry<'docs'> & { title: string; tags: string[] };

/** Docs pages in sidebar reading order (unlisted pages after), flattened for tag and glossary pages. */
export async function getNotePages(): Promise<NotePage[]> {
	const entries = await getCollection('docs', (entry) => entry.id !== '404');
	const rank = (id: string) => {
		const index = (noteSlugs as readonly string[]).indexOf(id);
		return id === 'index' ? -1 : index === -1 ? noteSlugs.length : index;
	};
	return entries
		.sort((a, b) => rank(a.id) - rank(b.id) || a.id.localeCompare(b.id))
		.map((entry) => Object.assign(entry, { title: entry.data.title, tags: entry.data.tags }));
}
