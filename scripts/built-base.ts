/**
 * The base path a build was made for, read from its home page: Astro links every asset as `<base>_astro/…`.
 * `npm run preview` serves dist/ under that path when BASE_PATH is not given again, and warns when it differs,
 * since a site served under another base path than it was built for loads none of its CSS or scripts.
 */
import { normalizeBasePath } from '../src/lib/site/site-url.ts';

const ASSET_LINK = /\b(?:href|src)="(\/[^"]*?)_astro\//;

/** The base path (as normalizeBasePath writes it) of the page's first asset link; undefined without one. */
export function builtBasePath(html: string): string | undefined {
	const prefix = ASSET_LINK.exec(html)?.[1];
	return prefix === undefined ? undefined : normalizeBasePath(prefix);
}
