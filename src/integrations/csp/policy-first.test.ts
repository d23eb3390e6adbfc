import { describe, expect, test } from 'vitest';
import { cspHash } from './policy.ts';
import { allowStyleElement, policyFirst, withoutUnusedHashes } from './policy-first.ts';

const POLICY = `<meta http-equiv="content-security-policy" content="script-src 'self' 'sha256-abc='">`;

describe('policyFirst', () => {
	test.each([
		[
			'moves the policy above an inline script, right after the charset',
			`<html><head><meta charset="utf-8"/><title>t</title><script>x()</script><link rel="stylesheet" href="/a.css">${POLICY}</head><body></body></html>`,
			`<html><head><meta charset="utf-8"/>${POLICY}<title>t</title><script>x()</script><link rel="stylesheet" href="/a.css"></head><body></body></html>`,
		],
		[
			'puts it right after <head> when there is no charset',
			`<html><head lang="ko"><script>x()</script>${POLICY}</head></html>`,
			`<html><head lang="ko">${POLICY}<script>x()</script></head></html>`,
		],
		[
			'keeps a page that is already in order',
			`<head><meta charset="utf-8">${POLICY}<script>x()</script></head>`,
			`<head><meta charset="utf-8">${POLICY}<script>x()</script></head>`,
		],
		[
			'leaves a page without a policy alone',
			'<head><meta charset="utf-8"><script>x()</script></head>',
			'<head><meta charset="utf-8"><script>x()</script></head>',
		],
		[
			'leaves a policy-like text in the body alone',
			`<head><meta charset="utf-8"></head><body><pre>${POLICY}</pre></body>`,
			`<head><meta charset="utf-8"></head><body><pre>${POLICY}</pre></body>`,
		],
		['leaves something that is not a page alone', '{"csp": true}', '{"csp": true}'],
	])('%s', (_name, html, expected) => {
		expect(policyFirst(html)).toBe(expected);
	});
});

describe('allowStyleElement', () => {
	const page = (policy: string) => `<head><meta http-equiv="content-security-policy" content="${policy}"></head>`;

	test.each([
		[
			'adds the hash to style-src-elem, which governs <style>',
			"default-src 'self'; style-src 'self'; style-src-elem 'self' 'sha256-a='; style-src-attr 'unsafe-inline'",
			"default-src 'self'; style-src 'self'; style-src-elem 'self' 'sha256-a=' 'sha256-new='; style-src-attr 'unsafe-inline'",
		],
		[
			'adds it to style-src when there is no style-src-elem',
			"default-src 'self'; style-src 'self'",
			"default-src 'self'; style-src 'self' 'sha256-new='",
		],
		[
			'adds a style-src-elem when neither exists',
			"default-src 'self'",
			"default-src 'self'; style-src-elem 'self' 'sha256-new='",
		],
		['adds nothing twice', "style-src-elem 'self' 'sha256-new='", "style-src-elem 'self' 'sha256-new='"],
	])('%s', (_name, before, after) => {
		expect(allowStyleElement(page(before), "'sha256-new='")).toBe(page(after));
	});

	test('leaves a page without a policy alone', () => {
		expect(allowStyleElement('<head></head>', "'sha256-new='")).toBe('<head></head>');
	});
});

describe('withoutUnusedHashes', () => {
	const meta = (policy: string) => `<meta http-equiv="content-security-policy" content="${policy}">`;
	const [theme, island, empty, css] = ['theme()', 'island()', '', 'a{}'].map((text) => `'${cspHash(text)}'`);
	test.each([
		{
			name: 'keeps the hashes of the inline scripts and styles on the page, drops the rest',
			html: `<head>${meta(`script-src 'self' ${theme} ${island}; style-src-elem 'self' ${css} ${empty}`)}<script>theme()</script><style>a{}</style></head>`,
			policy: `script-src 'self' ${theme}; style-src-elem 'self' ${css}`,
		},
		{
			name: 'keeps a hash an empty inline script needs',
			html: `<head>${meta(`script-src 'self' ${empty} ${theme}`)}</head><body><script type="module"></script></body>`,
			policy: `script-src 'self' ${empty}`,
		},
		{
			name: 'does not count the body of a script with src, which the browser never runs',
			html: `<head>${meta(`script-src 'self' ${theme}`)}<script src="/a.js">theme()</script></head>`,
			policy: "script-src 'self'",
		},
		{
			name: 'leaves every other source in place',
			html: `<head>${meta(`default-src 'self'; script-src 'self' 'wasm-unsafe-eval' ${theme}; style-src-attr 'unsafe-inline'`)}<script>theme()</script></head>`,
			policy: `default-src 'self'; script-src 'self' 'wasm-unsafe-eval' ${theme}; style-src-attr 'unsafe-inline'`,
		},
	])('$name', ({ html, policy }) => {
		const result = withoutUnusedHashes(html, cspHash);
		expect(/content="([^"]*)"/.exec(result)?.[1]).toBe(policy);
		expect(result.replace(/<meta[^>]*>/, '')).toBe(html.replace(/<meta[^>]*>/, ''));
	});

	test('leaves a page without a policy as it was', () => {
		expect(withoutUnusedHashes('<head><script>theme()</script></head>', cspHash)).toBe(
			'<head><script>theme()</script></head>',
		);
	});
});
