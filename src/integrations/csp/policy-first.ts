/**
 * Moves Astro's Content-Security-Policy `<meta>` to the top of `<head>`.
 * A policy in a `<meta>` governs only what comes after it, and Astro writes it where the page's own head
 * content ends: after Starlight's inline theme script, which would then run unchecked, so a wrong hash for it
 * would never show up as a violation.
 */
const POLICY_META = /<meta http-equiv="content-security-policy" content="[^"]*"\s*\/?>/i;
const CHARSET_META = /<meta charset="[^"]*"\s*\/?>/i;

/**
 * Returns the page with its policy `<meta>` right after `<meta charset>` (which must stay within the first
 * bytes), or right after `<head>` when there is no charset declaration. Pages without a policy or head are
 * returned as they were.
 */
export function policyFirst(html: string): string {
	const headStart = html.search(/<head\b[^>]*>/i);
	const headEnd = html.search(/<\/head>/i);
	if (headStart < 0 || headEnd < 0) return html;
	const head = html.slice(headStart, headEnd);
	const policy = head.match(POLICY_META);
	if (!policy) return html;
	const without = head.replace(policy[0], '');
	const anchor = without.match(CHARSET_META) ?? without.match(/<head\b[^>]*>/i)!;
	const at = anchor.index! + anchor[0].length;
	const moved = `${without.slice(0, at)}${policy[0]}${without.slice(at)}`;
	return `${html.slice(0, headStart)}${moved}${html.slice(headEnd)}`;
}

/**
 * Returns the page with `source` (e.g. `'sha256-…'`) allowed for `<style>` elements: added to `style-src-elem`,
 * or to `style-src` when the policy has no `style-src-elem` (elements then fall back to it). A page without a
 * policy is returned as it was.
 */
export function allowStyleElement(html: string, source: string): string {
	return html.replace(POLICY_META, (meta) =>
		meta.replace(/content="([^"]*)"/i, (_attribute, policy: string) => {
			const directives = policy.split(';');
			const named = (name: string) => directives.findIndex((part) => part.trim().split(/\s+/)[0] === name);
			const index = named('style-src-elem') >= 0 ? named('style-src-elem') : named('style-src');
			if (index < 0) directives.push(` style-src-elem 'self' ${source}`);
			else if (!directives[index]!.trim().split(/\s+/).includes(source))
				directives[index] = `${directives[index]!.trimEnd()} ${source}`;
			return `content="${directives.join(';')}"`;
		}),
	);
}

const INLINE_ELEMENT = /<(script|style)\b([^>]*)>([\s\S]*?)<\/\1>/gi;

/**
 * Returns the page with every `'sha256-…'` source dropped from its policy that allows no `<script>` or
 * `<style>` on this page. Astro lists the hashes of every inline script and style of the whole site (and the
 * site adds those of all `is:inline` scripts in Starlight's and its own components) on every page: 23 hashes,
 * of which a note uses about half. Each is 44 incompressible characters, so the unused ones cost about
 * 480 bytes of a page's gzipped HTML, which Lighthouse's simulation must fit in its first 14.6 KB to paint
 * without another round trip. A narrower policy allows less, never more; `src` scripts are allowed by
 * `'self'`, not by a hash, so their bodies do not count.
 */
export function withoutUnusedHashes(html: string, hashOf: (text: string) => string): string {
	const used = new Set<string>();
	for (const [, tag = '', attributes = '', body = ''] of html.matchAll(INLINE_ELEMENT)) {
		if (tag.toLowerCase() === 'script' && /\bsrc\s*=/i.test(attributes)) continue;
		used.add(`'${hashOf(body)}'`);
	}
	return html.replace(POLICY_META, (meta) =>
		meta.replace(/content="([^"]*)"/i, (_attribute, policy: string) => {
			const kept = policy.replace(/\s+'sha256-[^']*'/g, (source) => (used.has(source.trim()) ? source : ''));
			return `content="${kept}"`;
		}),
	);
}
