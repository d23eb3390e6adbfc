import sectionsData from './sidebar.json' with { type: 'json' };
import { parseSections } from '../../schemas/sidebar.ts';

/**
 * The sidebar's note groups in reading order, from `src/lib/site/sidebar.json` (the order of sections in the
 * Hashnode export for the EC2 notes; `npm run import` appends new pages). Starlight takes labels from each
 * page's title, so only slugs live there.
 */
export const noteSections = parseSections(sectionsData, 'src/lib/site/sidebar.json');

/** Every note slug in reading order, across all sections. */
export const noteSlugs: readonly string[] = noteSections.flatMap((section) => section.slugs);

export type NoteSlug = (typeof noteSlugs)[number];

export const sidebar = [
	{ label: '개요', link: '/' },
	...noteSections.map((section) => ({ label: section.label, items: [...section.slugs] })),
	{ label: '찾아보기', items: ['glossary', 'review', { label: '태그', link: '/tags/' }] },
];

// Defined with the URL helpers: code bundled for the browser imports it from there, because this module
// runs the sidebar's zod check on import (zod would add ~80 KB to the search dialog and trip the CSP).
export { pagePath } from './site-url.ts';
