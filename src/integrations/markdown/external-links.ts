import type { Element, ElementContent } from 'hast';
import { defineHastPlugin } from 'satteri';

/** Read after the link text by screen readers; the icon says the same to sighted readers. */
export const EXTERNAL_LABEL = '(외부 링크)';

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

function marker(): ElementContent[] {
	return [
		{
			type: 'element',
			tagName: 'svg',
			properties: {
				className: ['external-link__icon'],
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
}

/**
 * What marking `link` as external changes: its `rel` tokens and the children to append (none when it already
 * carries the icon, so marking twice changes nothing).
 */
export function externalLinkChanges(link: Element): { rel: string[]; append: ElementContent[] } {
	const rel = new Set((link.properties['rel'] as string[] | undefined) ?? []);
	rel.add('external');
	// A new tab must not get a handle on this page (window.opener) nor learn where the reader came from.
	if (link.properties['target'] === '_blank') for (const token of ['noopener', 'noreferrer']) rel.add(token);
	const marked = link.children.some(
		(child) =>
			child.type === 'element' &&
			(child.properties['className'] as string[] | undefined)?.includes('external-link__icon'),
	);
	return { rel: [...rel], append: marked ? [] : marker() };
}

/**
 * Sätteri HAST plugin (Astro's native Markdown and MDX pipeline): every link in Markdown and MDX content that
 * leaves the site is marked once, here, instead of page by page: `rel="external"`, an icon, and "(외부 링크)"
 * for screen readers. Links stay in the same tab (the reader chooses a new one); one written with
 * `target="_blank"` also gets `noopener noreferrer`. Only `<a>` elements cross from Rust to JavaScript.
 */
export function satteriExternalLinks(options: { site?: string | undefined } = {}) {
	return defineHastPlugin({
		name: 'external-links',
		element: {
			filter: ['a'],
			visit(link, ctx) {
				const href = link.properties['href'];
				if (typeof href !== 'string' || !isExternalHref(href, options.site)) return;
				const { rel, append } = externalLinkChanges(link);
				ctx.setProperty(link, 'rel', rel);
				if (append.length > 0) ctx.appendChild(link, append);
			},
		},
	});
}
