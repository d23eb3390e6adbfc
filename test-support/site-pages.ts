/**
 * The docs pages read from disk as the content collection would give them, for unit and browser tests that need
 * the site's real terms without an Astro build (astro:content has no data outside one).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import type { SitePage } from '../src/lib/glossary/site-pages.ts';

const DOCS = resolve(import.meta.dirname, '../src/content/docs');

export function readSitePages(dir: string = DOCS): SitePage[] {
	return readdirSync(dir)
		.filter((name) => /\.mdx?$/.test(name))
		.map((name) => {
			// Astro's own reader, as the content collection uses: CRLF files and odd spacing read the same way.
			const { frontmatter, content } = parseFrontmatter(readFileSync(join(dir, name), 'utf8'));
			const data = frontmatter as Partial<Pick<SitePage, 'title' | 'pagefind' | 'aliases'>>;
			if (typeof data.title !== 'string') throw new Error(`${join(dir, name)}: no front matter with a title`);
			return { ...data, id: name.replace(/\.mdx?$/, ''), body: content, title: data.title };
		});
}
