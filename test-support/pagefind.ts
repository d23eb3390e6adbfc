/**
 * Searches a built site's Pagefind index with Pagefind's own browser bundle, run in Node: the same
 * WebAssembly search a reader's browser runs, with `fetch` answered from the dist folder.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export interface SearchHit {
	/** Root-relative URL of the page, e.g. `/s3-basics/`. */
	url: string;
	title: string;
	excerpt: string;
}

interface PagefindResult {
	data(): Promise<{ url: string; meta: { title?: string }; excerpt: string }>;
}

interface Pagefind {
	options(options: { basePath: string; baseUrl: string }): Promise<void>;
	search(query: string): Promise<{ results: PagefindResult[] }>;
}

/** Runs one query against `dist/pagefind/`. */
export async function searchSite(dist: string, query: string): Promise<SearchHit[]> {
	const realFetch = globalThis.fetch;
	globalThis.fetch = async (input, init) => {
		const url = input instanceof Request ? input.url : String(input);
		if (!url.startsWith('file:')) return realFetch(input, init);
		try {
			return new Response(await readFile(fileURLToPath(url)));
		} catch {
			return new Response(null, { status: 404 });
		}
	};
	try {
		const pagefind = (await import(
			/* @vite-ignore */ pathToFileURL(join(dist, 'pagefind/pagefind.js')).href
		)) as Pagefind;
		await pagefind.options({ basePath: pathToFileURL(join(dist, 'pagefind/')).href, baseUrl: '/' });
		const { results } = await pagefind.search(query);
		return Promise.all(
			results.map(async (result) => {
				const data = await result.data();
				return { url: data.url, title: data.meta.title ?? '', excerpt: data.excerpt };
			}),
		);
	} finally {
		globalThis.fetch = realFetch;
	}
}
