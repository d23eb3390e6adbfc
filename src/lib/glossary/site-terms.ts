/**
 * The site's terms read from the content collection at build time, shared by search-vocabulary.json, the
 * 용어집 and study mode so all list the same terms with the same homes.
 */
import { getCollection } from 'astro:content';
import { siteTermsOf, type SiteTerms } from './site-pages.ts';

export type { SiteTerms } from './site-pages.ts';

let cached: Promise<SiteTerms> | undefined;

/** Every searched page's outline in reading order, and the terms decided from them (computed once per build). */
export function siteTerms(): Promise<SiteTerms> {
	cached ??= (async () => {
		const entries = await getCollection('docs');
		return siteTermsOf(
			entries.map((entry) => ({
				id: entry.id,
				title: entry.data.title,
				body: entry.body ?? '',
				...(entry.data.pagefind === false ? { pagefind: false } : {}),
				...(entry.data.aliases ? { aliases: entry.data.aliases } : {}),
			})),
		);
	})();
	return cached;
}
