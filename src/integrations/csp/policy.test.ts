import { createHash } from 'node:crypto';
import { describe, expect, test } from 'vitest';
import { cspHash, inlineScriptHashes, parsePolicy, siteCsp } from './policy.ts';

const sha = (text: string) => `sha256-${createHash('sha256').update(text).digest('base64')}`;

describe('inlineScriptHashes', () => {
	test.each([
		[
			'hashes an is:inline body exactly, whitespace included',
			['<script is:inline>\n\tx();\n</script>'],
			[sha('\n\tx();\n')],
		],
		['reads is:inline among other attributes', ['<script aria-hidden="true" is:inline>y()</script>'], [sha('y()')]],
		['skips scripts Astro bundles (and hashes itself)', ['<script>import "./a.ts";</script>'], []],
		['skips an is:inline script that loads a file', ['<script is:inline src="/a.js"></script>'], []],
		['skips define:vars, whose body Astro rewrites', ['<script is:inline define:vars={{ a }}>f(a)</script>'], []],
		['skips an empty is:inline script', ['<script is:inline>  </script>'], []],
		[
			'lists each body once, in source order, across files',
			['<script is:inline>a()</script><script is:inline>b()</script>', '<script is:inline>a()</script>'],
			[sha('a()'), sha('b()')],
		],
	])('%s', (_name, sources, expected) => {
		expect(inlineScriptHashes(sources)).toEqual(expected);
	});

	test('hashes as the CSP tooling does', () => {
		// printf %s 'doSomething();' | openssl sha256 -binary | base64
		expect(cspHash('doSomething();')).toBe('sha256-RFWPLDbv2BY+rCkDzsE+0fr8ylGr2R2faWMhq4lfEQc=');
	});
});

describe('siteCsp', () => {
	const csp = siteCsp([cspHash('a()')]);
	const directive = (name: string) => csp.directives.find((entry) => entry.split(' ')[0] === name);

	test('lets scripts come only from the site and the given hashes, plus WebAssembly for Pagefind', () => {
		expect(csp.scriptDirective.resources).toEqual(["'self'", "'wasm-unsafe-eval'"]);
		expect(csp.scriptDirective.hashes).toEqual([cspHash('a()')]);
	});

	test.each([["'unsafe-inline'"], ["'unsafe-eval'"], ['*'], ['data:'], ['https:']])(
		'never allows %s for scripts',
		(source) => {
			expect(csp.scriptDirective.resources).not.toContain(source);
		},
	);

	test.each([
		['default-src', "default-src 'self'"],
		['base-uri', "base-uri 'self'"],
		['object-src', "object-src 'none'"],
		['img-src', "img-src 'self' data:"],
		['connect-src', "connect-src 'self'"],
		['worker-src', "worker-src 'self'"],
		['form-action', "form-action 'self'"],
	])('sets %s to only the site', (name, expected) => {
		expect(directive(name)).toBe(expected);
	});

	test("allows inline styles in attributes only, never 'unsafe-inline' for <style> elements", () => {
		expect(csp.styleDirective.resources).toEqual([
			{ resource: "'self'", kind: 'element' },
			{ resource: "'unsafe-inline'", kind: 'attribute' },
		]);
	});
});

describe('parsePolicy', () => {
	test.each([
		[
			'splits directives and sources, spaces and empty parts included',
			"default-src 'self';img-src 'self' data:; ; script-src  'self' 'sha256-a=' ;",
			[
				['default-src', ["'self'"]],
				['img-src', ["'self'", 'data:']],
				['script-src', ["'self'", "'sha256-a='"]],
			],
		],
		['keeps the first of a repeated directive', "script-src 'self'; script-src *", [['script-src', ["'self'"]]]],
		['reads names case-insensitively', "Object-Src 'none'", [['object-src', ["'none'"]]]],
		['keeps a directive without sources', 'upgrade-insecure-requests', [['upgrade-insecure-requests', []]]],
	])('%s', (_name, policy, expected) => {
		expect([...parsePolicy(policy)]).toEqual(expected);
	});
});
