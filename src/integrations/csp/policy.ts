/**
 * The site's Content-Security-Policy, handed to Astro's `security.csp`, which adds the hashes of every
 * script and style it bundles or inlines and writes the policy into each page's
 * `<meta http-equiv="content-security-policy">`.
 */
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { AstroUserConfig } from 'astro';

/** A CSP source hash the way Astro's config takes it. */
export type CspHash = `sha256-${string}`;

/**
 * Whatever a `<script is:inline>` holds. Astro renders such scripts byte for byte but does not hash them,
 * so Starlight's theme and sidebar scripts would be blocked without these.
 */
const INLINE_SCRIPT = /<script\b(?=[^>]*\bis:inline\b)([^>]*)>([\s\S]*?)<\/script>/g;

/** The hash a browser computes for an inline script or style with this exact text. */
export function cspHash(text: string): CspHash {
	return `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;
}

/**
 * Hashes of the bodies of all `<script is:inline>` elements in Astro component sources, in source order
 * without repeats. Scripts with a `src` (nothing inline to hash) or `define:vars` (Astro rewrites their body,
 * so the source text is not what the browser sees) are left out: the CSP browser test catches those.
 */
export function inlineScriptHashes(sources: readonly string[]): CspHash[] {
	const hashes = new Set<CspHash>();
	for (const source of sources) {
		for (const [, attributes = '', body = ''] of source.matchAll(INLINE_SCRIPT)) {
			if (/\b(?:src|define:vars)\s*=/.test(attributes) || body.trim() === '') continue;
			hashes.add(cspHash(body));
		}
	}
	return [...hashes];
}

/** The text of every `.astro` file under these folders, sorted by path so the policy is stable. */
export async function astroSourcesUnder(folders: readonly string[]): Promise<string[]> {
	const paths: string[] = [];
	for (const folder of folders) {
		for (const entry of await readdir(folder, { recursive: true, withFileTypes: true })) {
			if (entry.isFile() && entry.name.endsWith('.astro')) paths.push(join(entry.parentPath, entry.name));
		}
	}
	paths.sort();
	return Promise.all(paths.map((path) => readFile(path, 'utf8')));
}

type AstroCsp = Exclude<NonNullable<NonNullable<AstroUserConfig['security']>['csp']>, boolean>;

/** The parts of Astro's `security.csp` option this site sets, all present. */
export type SiteCsp = Required<Pick<AstroCsp, 'algorithm' | 'directives'>> & {
	scriptDirective: Required<Pick<NonNullable<AstroCsp['scriptDirective']>, 'resources' | 'hashes'>>;
	styleDirective: Required<Pick<NonNullable<AstroCsp['styleDirective']>, 'resources'>>;
};

/**
 * The policy: only this site's own files run, load or get fetched. Astro adds the hashes of what it bundles
 * and inlines to `script-src` and `style-src`; `inlineHashes` covers the `is:inline` scripts it renders as-is.
 */
export function siteCsp(inlineHashes: readonly CspHash[]): SiteCsp {
	return {
		algorithm: 'SHA-256',
		directives: [
			"default-src 'self'",
			"base-uri 'self'",
			"object-src 'none'",
			"form-action 'self'",
			// Starlight's and Expressive Code's CSS draw a few icons as data: SVG masks.
			"img-src 'self' data:",
			// Pagefind fetches its index and WebAssembly from /pagefind/ (it could also search in a worker from there; this
			// site's search-engine.ts keeps it on the page, where a search costs no message round trips).
			"connect-src 'self'",
			"worker-src 'self'",
		],
		scriptDirective: {
			// Pagefind compiles its WebAssembly search in the page (src/scripts/search/search-engine.ts turns its worker off).
			resources: ["'self'", "'wasm-unsafe-eval'"],
			hashes: [...inlineHashes],
		},
		styleDirective: {
			// Split by kind because style-src-attr replaces style-src for attributes (browsers do not fall back).
			resources: [
				{ resource: "'self'", kind: 'element' },
				// Style attributes only, not <style> elements: Starlight sets icon sizes and sidebar depth through
				// custom properties in style="", as do Expressive Code and Astro's islands. An attribute cannot
				// run script, and img-src/connect-src keep CSS from loading anything from elsewhere.
				{ resource: "'unsafe-inline'", kind: 'attribute' },
			],
		},
	};
}

/**
 * A policy string as a map from directive name (lowercase) to its sources, in order. The first occurrence
 * of a directive wins, as in browsers.
 */
export function parsePolicy(policy: string): Map<string, string[]> {
	const directives = new Map<string, string[]>();
	for (const part of policy.split(';')) {
		const [name, ...sources] = part.trim().split(/\s+/);
		if (!name || directives.has(name.toLowerCase())) continue;
		directives.set(name.toLowerCase(), sources);
	}
	return directives;
}
