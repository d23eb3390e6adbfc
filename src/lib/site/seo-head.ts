import type { StarlightRouteData } from '@astrojs/starlight/route-data';

/** One `<head>` entry as Starlight's route data holds it. */
export type HeadEntry = StarlightRouteData['head'][number];

export interface NoteSeo {
	seoTitle?: string | undefined;
	seoDescription?: string | undefined;
	datePublished?: Date | undefined;
	tags: readonly string[];
}

const isMeta = (entry: HeadEntry, key: 'name' | 'property', value: string) =>
	entry.tag === 'meta' && entry.attrs?.[key] === value;

/**
 * Applies a note's Hashnode SEO fields to the head Starlight built: `seoTitle` replaces the page title in
 * `<title>` and `og:title`, `seoDescription` the descriptions, and the date and tags become `article:*` tags.
 * Returns a new array; entries it does not own are kept as they were.
 */
export function applyNoteSeo(
	head: readonly HeadEntry[],
	note: NoteSeo,
	siteTitle: string,
	delimiter = '|',
): HeadEntry[] {
	const next = head.map((entry) => {
		if (note.seoTitle && entry.tag === 'title') {
			return { ...entry, content: `${note.seoTitle} ${delimiter} ${siteTitle}` };
		}
		if (note.seoTitle && isMeta(entry, 'property', 'og:title')) {
			return { ...entry, attrs: { ...entry.attrs, content: note.seoTitle } };
		}
		if (note.seoDescription && (isMeta(entry, 'name', 'description') || isMeta(entry, 'property', 'og:description'))) {
			return { ...entry, attrs: { ...entry.attrs, content: note.seoDescription } };
		}
		return entry;
	});
	if (note.seoDescription && !next.some((entry) => isMeta(entry, 'name', 'description'))) {
		next.push({ tag: 'meta', attrs: { name: 'description', content: note.seoDescription } });
	}
	if (note.datePublished) {
		next.push({
			tag: 'meta',
			attrs: { property: 'article:published_time', content: note.datePublished.toISOString() },
		});
	}
	for (const tag of note.tags) next.push({ tag: 'meta', attrs: { property: 'article:tag', content: tag } });
	return next;
}

/**
 * Drops the canonical link and `og:url`: the 404 page is served at any missing URL,
 * so the `/404/` address Starlight would name does not exist.
 */
export function withoutCanonical(head: readonly HeadEntry[]): HeadEntry[] {
	return head.filter(
		(entry) => !(entry.tag === 'link' && entry.attrs?.['rel'] === 'canonical') && !isMeta(entry, 'property', 'og:url'),
	);
}
