import type { APIRoute } from 'astro';
import { buildSearchData } from '../lib/search/search-data.ts';
import { siteTerms } from '../lib/glossary/site-terms.ts';

/** Concepts with their homes, names and the notes' words (src/lib/search/search-data.ts); fetched when search opens. */
export const GET: APIRoute = async () => {
	const { terms, outlines } = await siteTerms();
	return new Response(JSON.stringify(buildSearchData(terms, outlines)), {
		headers: { 'Content-Type': 'application/json; charset=utf-8' },
	});
};
