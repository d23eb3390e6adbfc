/**
 * The Markdown and MDX processor: Astro's native pipeline (Sätteri) with this site's steps. In a CPU profile of a
 * 1,000-page build, remark/rehype parsing was the largest cost a plain Starlight build does not have.
 */
import { satteri } from '@astrojs/markdown-satteri';
import { satteriBaseLinks } from './base-links.ts';
import { satteriExternalLinks } from './external-links.ts';
import { satteriTableSpacing } from './table-spacing.ts';

export function markdownProcessor(options: { base: string; site?: string | undefined }) {
	return satteri({
		// No smart punctuation: notes keep the author's characters verbatim (straight quotes in JSON, `--` in options).
		features: { smartPunctuation: false },
		// Root-relative links get the base path (base-links.ts).
		mdastPlugins: [satteriBaseLinks({ base: options.base })],
		// Links leaving the site are marked as external in one place (external-links.ts); table cells on one
		// line are spaced apart so the search index sees their words (table-spacing.ts).
		hastPlugins: [satteriExternalLinks({ site: options.site }), satteriTableSpacing()],
	});
}
