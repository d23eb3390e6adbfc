/**
 * Pure pieces of the dev server's search index (src/integrations/dev-search/integration.ts): which pages to index,
 * which URL serves which index file, and the header that tells the search dialog the index is still being built.
 */
import { pagePath } from '../../lib/site/site-url.ts';

/** Response header on the dev server's index URLs; `building` while the first index is not ready yet. */
export const INDEX_STATE_HEADER = 'x-search-index';
export const INDEX_BUILDING = 'building';

/** Where the index lives under the site's base path, as in the production build (`dist/pagefind/`). */
export const INDEX_FOLDER = 'pagefind/';

/** Docs pages that are never in the search index (Starlight's 404 page sets `pagefind: false`). */
const UNINDEXED = new Set(['404']);

/**
 * Root-relative paths of the pages made from the docs collection's files (paths relative to
 * src/content/docs, `/` separated): `index.mdx` is `/`, `eni.mdx` is `/eni/`, `s3/index.md` is `/s3/`.
 */
/**
 * True when a changed file should rebuild the index: a note under the docs folder, or Astro's content data
 * store in `.astro/`. The store is what pages render from and Astro saves it a moment after a note changes
 * (debounced), so an index built on the note's own change alone may catch the old text and never be rebuilt.
 */
export function triggersRebuild(file: string, dirs: { docs: string; dotAstro: string }): boolean {
	return (
		file.startsWith(dirs.docs) ||
		(file.startsWith(dirs.dotAstro) && file.slice(dirs.dotAstro.length).startsWith('data-store'))
	);
}

export function docsPagePaths(files: readonly string[]): string[] {
	const paths = files
		.filter((file) => /\.mdx?$/.test(file))
		.map((file) => file.replace(/\.mdx?$/, '').toLowerCase())
		.filter((id) => !UNINDEXED.has(id))
		.map((id) => pagePath(id.replace(/\/index$/, '')));
	return [...new Set(paths)].sort();
}

/** The HTML file a page is in the production build (`/eni/` → `eni/index.html`), for Pagefind's URLs. */
export function sourcePathOf(pagePath: string): string {
	return `${pagePath.slice(1)}index.html`;
}

/**
 * The index file a request asks for (`/aws-ec2-notes/pagefind/pagefind.js?x` → `pagefind.js`), or undefined
 * when the request is not for the index.
 */
export function indexFileFor(requestUrl: string, base: string): string | undefined {
	const prefix = `${base.endsWith('/') ? base : `${base}/`}${INDEX_FOLDER}`;
	const pathname = requestUrl.split(/[?#]/)[0] ?? '';
	if (!pathname.startsWith(prefix)) return undefined;
	const file = decodeURIComponent(pathname.slice(prefix.length));
	return file === '' || file.split('/').includes('..') ? undefined : file;
}

const CONTENT_TYPES: Readonly<Record<string, string>> = {
	js: 'text/javascript; charset=utf-8',
	json: 'application/json; charset=utf-8',
	css: 'text/css; charset=utf-8',
};

/** Content type of an index file: scripts as JavaScript (module imports require it), the rest as bytes. */
export function contentTypeOf(file: string): string {
	return CONTENT_TYPES[file.split('.').pop() ?? ''] ?? 'application/octet-stream';
}

/** The origin to fetch the dev server's own pages from, given the address it listens on. */
export function loopbackOrigin(address: { address: string; family: string; port: number }): string {
	const wildcard = address.address === '0.0.0.0' || address.address === '::';
	if (address.family === 'IPv6' || address.family === '6' || address.address.includes(':')) {
		return `http://[${wildcard ? '::1' : address.address}]:${address.port}`;
	}
	return `http://${wildcard ? '127.0.0.1' : address.address}:${address.port}`;
}
