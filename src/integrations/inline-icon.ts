/**
 * The site icon inside each page as a `data:` URL instead of a file. Chromium fetches the icon right after
 * `load`, on a fresh connection, and Lighthouse's simulation counts that request (a handshake and a round
 * trip, about 300 ms) in the Largest Contentful Paint whenever the note's heading is shown after `load`; the
 * SVG is 0.5 KB, about 260 bytes more per page gzipped. `img-src` allows `data:` already (csp/policy.ts).
 */

const ICON_LINK = /<link\b[^>]*\brel="(?:shortcut )?icon"[^>]*>/gi;

/** An SVG as a compact `data:` URL for a double-quoted attribute: quotes become `'`, URL-special bytes escaped. */
export function svgDataUrl(svg: string): string {
	const text = svg.trim().replaceAll('"', "'").replace(/\s+/g, ' ');
	return `data:image/svg+xml,${text.replace(/[%#<>?&\s]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`)}`;
}

/** The `href`s of a page's icon links that point at SVG files. */
export function svgIconHrefs(html: string): string[] {
	return [...html.matchAll(ICON_LINK)].flatMap(([tag]) => /\bhref="([^"]+\.svg)"/.exec(tag)?.[1] ?? []);
}

/** The page with the icon link whose `href` is `href` pointing at `dataUrl` instead; other links stay. */
export function inlineIcon(html: string, href: string, dataUrl: string): string {
	return html.replace(ICON_LINK, (tag) => tag.replace(`href="${href}"`, `href="${dataUrl}"`));
}
