/**
 * The reading order of the notes: the order of sections in the Hashnode export.
 * Starlight takes labels from each page's title, so only slugs live here.
 */
export const noteSlugs = [
	'purchase-options',
	'networking',
	'eni',
	'security-groups',
	'elastic-ip',
	'ami',
	'placement-groups',
	'lifecycle',
] as const;

export type NoteSlug = (typeof noteSlugs)[number];

export const sidebar = [
	{ label: '개요', link: '/' },
	{ label: 'EC2 개념', items: [...noteSlugs] },
	{ label: '찾아보기', items: ['glossary', { label: '태그', link: '/tags/' }] },
];

/** Root-relative path of a docs page id (`index` is the home page), ready for `withBase`. */
export function pagePath(id: string): string {
	return id === 'index' ? '/' : `/${id}/`;
}
