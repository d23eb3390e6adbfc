/**
 * The docs pages read from disk as the content collection would give them, for unit and browser tests that need
 * the site's real terms without an Astro build (astro:content has no data outside one).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import type { SitePage } from '../src/lib/glossary/site-pages.ts';

const DOCS = resolve(import.meta.dirname, '../src/content/docs');

export function readSitePages(dir: string = DOCS): SitePage[] {
	return readdirSync(dir)
		.filter((name) => /\.mdx?$/.test(name))
		.map((name) => {
			const text = readFileSync(join(dir, name), 'utf8');
			const [, frontMatter = '', body = ''] = /^---\n([\s\S]*?)\n---\n?([\s\S]*)$/.exec(text) ?? [];
			const data = parse(frontMatter) as Pick<SitePage, 'title' | 'pagefind' | 'aliases'>;
			return { id: name.replace(/\.mdx?$/, ''), body, ...data };
		});
}
