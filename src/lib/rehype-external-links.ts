import type { Element, ElementContent } from 'hast';
import externalLinks from 'rehype-external-links';

/** Read after the link text by screen readers; the icon says the same to sighted readers. */
export const EXTERNAL_LABEL = '(외부 링크)';

const ICON_CLASS = 'external-link__icon';

/** An arrow leaving a box, drawn in the text colour. */
const ICON_PATH =
	'M14 3h7v7h-2V6.41l-9.29 9.3-1.42-1.42L17.59 5H14V3ZM5 5h6v2H5v12h12v-6h2v6a2 2 0 0 1-2 2H5a2 2 0 0 1-2-2V7a2 2 0 0 1 2-2Z';

/** True for an absolute http(s) URL on another host than the site's. */
export function isExternalHref(href: string, site?: string): boolean {
	if (!/^(?:https?:)?\/\//i.test(href)) return false;
	let url: URL;
	try {
		url = new URL(href, 'https://invalid.invalid/');
	} catch {
		return false;
	}
	return !site || url.host !== new URL(site).host;
}

/** The icon and the spoken label; the package wraps them in one `<span>` at the end of the link. */
const MARKER: ElementContent[] = [
	{
		type: 'element',
		tagName: 'svg',
		properties: {
			className: [ICON_CLASS],
			viewBox: '0 0 24 24',
			fill: 'currentColor',
			ariaHidden: 'true',
			focusable: 'false',
		},
		children: [{ type: 'element', tagName: 'path', properties: { d: ICON_PATH }, children: [] }],
	},
	{
		type: 'element',
		tagName: 'span',
		// Not in the search index: the excerpt would read "(외부 링크)".
		properties: { className: ['sr-only'], dataPagefindIgnore: '' },
		children: [{ type: 'text', value: ` ${EXTERNAL_LABEL}` }],
	},
];

/** Whether an earlier run already put the icon in this link. */
function isMarked(node: Element | ElementContent): boolean {
	if (node.type !== 'element') return false;
	const className = node.properties['className'];
	return (Array.isArray(className) && className.includes(ICON_CLASS)) || node.children.some(isMarked);
}

/** The link's own rel tokens, then `external`, then what a new tab needs. */
function rel(link: Element): string[] {
	const tokens = new Set((link.properties['rel'] as string[] | undefined) ?? []);
	tokens.add('external');
	// A new tab must not get a handle on this page (window.opener) nor learn where the reader came from.
	if (link.properties['target'] === '_blank') for (const token of ['noopener', 'noreferrer']) tokens.add(token);
	return [...tokens];
}

/**
 * Rehype plugin: every link in Markdown and MDX content that leaves the site is marked once, here, instead of
 * page by page: `rel="external"`, an icon, and "(외부 링크)" for screen readers. Links stay in the same tab
 * (the reader chooses a new one); one written with `target="_blank"` also gets `noopener noreferrer`.
 * The walk and the http(s) check are `rehype-external-links`; this module adds the site's host and the marker.
 */
export function rehypeExternalLinks(options: { site?: string | undefined } = {}) {
	return externalLinks({
		test: (link: Element) =>
			typeof link.properties['href'] === 'string' &&
			isExternalHref(link.properties['href'], options.site) &&
			!isMarked(link),
		rel,
		content: MARKER,
	});
}
