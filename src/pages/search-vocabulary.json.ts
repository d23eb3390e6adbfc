import type { APIRoute } from 'astro';
import { getCollection, render } from 'astro:content';
import { glossary } from '../lib/glossary/entries.ts';
import { buildVocabulary } from '../lib/search/vocabulary.ts';

/** Names and headings for forgiving search (초성, keyboard layout slips, near misses); fetched when search opens. */
export const GET: APIRoute = async () => {
	const entries = await getCollection('docs', (entry) => entry.id !== '404' && entry.data.pagefind !== false);
	const pages = await Promise.all(
		entries.map(async (entry) => ({ id: entry.id, title: entry.data.title, headings: (await render(entry)).headings })),
	);
	pages.sort((a, b) => a.id.localeCompare(b.id));
	return new Response(JSON.stringify(buildVocabulary(glossary, pages)), {
		headers: { 'Content-Type': 'application/json; charset=utf-8' },
	});
};
