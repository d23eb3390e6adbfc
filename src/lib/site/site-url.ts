/**
 * Reads the deploy location (GitHub Pages base path and origin) from the environment.
 * Bad values fail loudly here: a silently wrong base path builds a site whose every link 404s.
 */

export class SiteConfigError extends Error {
	override name = 'SiteConfigError';
}

/**
 * Normalises `BASE_PATH` to the form Astro expects: `/` or `/segment[/segment…]` without a trailing slash.
 * Accepts `aws-ec2-notes`, `/aws-ec2-notes/`, ` /aws-ec2-notes ` and an empty value (root).
 * @throws {SiteConfigError} for values that cannot be a URL path (a scheme, `..`, spaces, query strings).
 */
export function normalizeBasePath(raw: string | undefined): string {
	const trimmed = (raw ?? '').trim();
	if (trimmed === '' || trimmed === '/') return '/';
	if (/^[a-z][a-z0-9+.-]*:/i.test(trimmed) || trimmed.startsWith('//')) {
		throw new SiteConfigError(
			`BASE_PATH must be a path such as /aws-ec2-notes, not a URL (got "${trimmed}"). Put the origin in SITE_URL.`,
		);
	}
	const segments = trimmed.split('/').filter((segment) => segment !== '');
	for (const segment of segments) {
		if (segment === '.' || segment === '..' || !/^[A-Za-z0-9._~-]+$/.test(segment)) {
			throw new SiteConfigError(
				`BASE_PATH segment "${segment}" is not allowed: use letters, digits, ".", "_", "~" or "-" (got "${trimmed}").`,
			);
		}
	}
	return `/${segments.join('/')}`;
}

/**
 * Normalises `SITE_URL` to an origin such as `https://owner.github.io` (no path, no trailing slash).
 * Returns `undefined` when unset so local development needs no configuration.
 * @throws {SiteConfigError} when the value is not an absolute http(s) URL or carries a path.
 */
export function normalizeSiteUrl(raw: string | undefined): string | undefined {
	const trimmed = (raw ?? '').trim();
	if (trimmed === '') return undefined;
	let url: URL;
	try {
		url = new URL(trimmed);
	} catch {
		throw new SiteConfigError(`SITE_URL must be an absolute URL such as https://owner.github.io (got "${trimmed}").`);
	}
	if (url.protocol !== 'https:' && url.protocol !== 'http:') {
		throw new SiteConfigError(`SITE_URL must use http or https (got "${trimmed}").`);
	}
	if (url.pathname !== '/' || url.search !== '' || url.hash !== '') {
		throw new SiteConfigError(
			`SITE_URL must be an origin only (got "${trimmed}"); put the path in BASE_PATH, e.g. BASE_PATH=${url.pathname.replace(/\/$/, '')}.`,
		);
	}
	return url.origin;
}

/**
 * Joins the base path and a root-relative path (`/placement-groups/#유형`).
 * Leaves absolute URLs, protocol-relative URLs, fragments and relative paths alone.
 */
export function withBase(base: string, href: string): string {
	if (!href.startsWith('/') || href.startsWith('//')) return href;
	const prefix = base === '/' ? '' : base.replace(/\/$/, '');
	if (prefix !== '' && (href === prefix || href.startsWith(`${prefix}/`))) return href;
	return `${prefix}${href}`;
}

/** Root-relative path of a docs page id (`index` is the home page), ready for `withBase`. */
export function pagePath(id: string): string {
	return id === 'index' ? '/' : `/${id}/`;
}
