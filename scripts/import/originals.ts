/**
 * The original Hashnode exports kept in the repository (`notes/<slug>.md`, byte for byte as exported) and
 * which pages of the site each one became, so every page can be checked against its own source.
 */
import { parseFrontmatter } from '@astrojs/markdown-remark';

/** Where the originals live, relative to the repository root. */
export const ORIGINALS_DIR = 'notes';

/** Where `npm run import` keeps the export a page was made from. */
export function originalPath(slug: string): string {
	return `${ORIGINALS_DIR}/${slug}.md`;
}

/** What identifies an export: the slug it was published under and Hashnode's post id. */
export interface OriginalId {
	slug: string;
	cuid?: string;
}

/** A docs page as the mapping sees it: its id (file name) and the `cuid` its front matter carries, if any. */
export interface DocsPageId {
	id: string;
	cuid?: string;
}

/** The `cuid` field of a page's (or an export's) YAML front matter, if it has one. */
export function frontMatterCuid(text: string): string | undefined {
	const cuid: unknown = parseFrontmatter(text).frontmatter['cuid'];
	return typeof cuid === 'string' && cuid.trim() !== '' ? cuid.trim() : undefined;
}

/**
 * The ids of the pages made from an export, in the order given: the page named by its slug (what
 * `npm run import` writes) and every page whose front matter carries its `cuid` (a note split by hand into
 * several pages keeps the post id on each of them).
 */
export function pagesOfOriginal(original: OriginalId, pages: readonly DocsPageId[]): string[] {
	return pages
		.filter((page) => page.id === original.slug || (original.cuid !== undefined && page.cuid === original.cuid))
		.map((page) => page.id);
}
