import { describe, expect, test } from 'vitest';
import {
	inlineSharedCss,
	ISLAND_RULE,
	ISLAND_STYLE,
	linkSharedStylesheet,
	mergedOrder,
	pageStylesheets,
	sharedCss,
	sharedCssName,
} from './shared-stylesheet.ts';

const sheet = (href: string, extra = '') => `<link rel="stylesheet" href="${href}"${extra}>`;

describe('pageStylesheets', () => {
	const all = (href: string) => ({ href, media: '' });
	test.each([
		['plain links in document order', `${sheet('/a.css')}<meta>${sheet('/b.css')}`, [all('/a.css'), all('/b.css')]],
		[
			'a print sheet, with its media',
			`${sheet('/p.css', ' media="print"')}${sheet('/a.css')}`,
			[{ href: '/p.css', media: 'print' }, all('/a.css')],
		],
		['media="all" as every medium', sheet('/a.css', ' media="all"'), [all('/a.css')]],
		['attributes in another order and quotes', `<link href='/a.css' rel='stylesheet' />`, [all('/a.css')]],
		[
			'icons and preloads, which are not sheets',
			'<link rel="icon" href="/f.svg"><link rel="preload" href="/x.css">',
			[],
		],
		['an alternate sheet, which is left alone', '<link rel="alternate stylesheet" href="/alt.css">', []],
	])('finds %s', (_name, html, sheets) => {
		expect(pageStylesheets(html)).toEqual(sheets);
	});
});

describe('mergedOrder', () => {
	test.each([
		['one page', [['a', 'b', 'c']], ['a', 'b', 'c']],
		[
			'pages sharing a prefix',
			[
				['a', 'b'],
				['a', 'b', 'x'],
				['a', 'b', 'y'],
			],
			['a', 'b', 'x', 'y'],
		],
		[
			'a page-specific sheet between shared ones',
			[
				['a', 'c'],
				['a', 'b', 'c'],
			],
			['a', 'b', 'c'],
		],
		['no pages', [], []],
	])('keeps every page’s order for %s', (_name, pages, order) => {
		expect(mergedOrder(pages)).toEqual(order);
	});

	test('refuses two pages that order the same sheets oppositely', () => {
		expect(() =>
			mergedOrder([
				['a', 'b'],
				['b', 'a'],
			]),
		).toThrow(/conflicting orders/);
	});
});

describe('sharedCss and sharedCssName', () => {
	test('joins the sheets in order and ends with the island rule', () => {
		expect(sharedCss([{ css: 'a{color:red}\n' }, { css: 'b{color:blue}', media: '' }])).toBe(
			`a{color:red}\nb{color:blue}\n${ISLAND_RULE}\n`,
		);
	});

	test('keeps a sheet for other media to those media', () => {
		expect(sharedCss([{ css: 'a{}' }, { css: ' p{color:#000}\n', media: 'print' }])).toBe(
			`a{}\n@media print{p{color:#000}}\n${ISLAND_RULE}\n`,
		);
	});

	test.each(['@import "x.css";', '@charset "utf-8";'])('refuses %s in a sheet for other media', (rule) => {
		expect(() => sharedCss([{ css: `${rule}a{}`, media: 'print' }])).toThrow(/@import or @charset/);
	});

	test('names the file after its content', () => {
		expect(sharedCssName('a{}')).toMatch(/^site\.[\w-]{10}\.css$/);
		expect(sharedCssName('a{}')).toBe(sharedCssName('a{}'));
		expect(sharedCssName('a{}')).not.toBe(sharedCssName('b{}'));
	});
});

describe('linkSharedStylesheet', () => {
	const print = sheet('/print.css', ' media="print"');

	test('puts one link where the first sheet stood, the print sheet included', () => {
		const html = `<head>${print}${sheet('/a.css')}<meta name="x">${sheet('/b.css')}</head>`;
		expect(linkSharedStylesheet(html, '/site.css')).toBe(`<head>${sheet('/site.css')}<meta name="x"></head>`);
	});

	test('takes Astro’s island style out of <main>', () => {
		const html = `<head>${sheet('/a.css')}</head><main>${ISLAND_STYLE}<astro-island></astro-island></main>`;
		expect(linkSharedStylesheet(html, '/site.css')).toBe(
			`<head>${sheet('/site.css')}</head><main><astro-island></astro-island></main>`,
		);
	});

	test('leaves a page without sheets as it was, island style included', () => {
		const html = `<head><meta name="x"></head><main>${ISLAND_STYLE}</main>`;
		expect(linkSharedStylesheet(html, '/site.css')).toBe(html);
	});
});

describe('inlineSharedCss', () => {
	const print = sheet('/print.css', ' media="print"');

	test('puts the CSS in one <style> where the first sheet stood, and drops the island style', () => {
		const html = `<head>${print}${sheet('/a.css')}${sheet('/b.css')}</head><main>${ISLAND_STYLE}</main>`;
		expect(inlineSharedCss(html, 'a{}')).toBe(`<head><style>a{}</style></head><main></main>`);
	});

	test('leaves a page without sheets as it was', () => {
		const html = `<head><meta name="x"></head><main>${ISLAND_STYLE}</main>`;
		expect(inlineSharedCss(html, 'a{}')).toBe(html);
	});

	test('refuses CSS that would end the <style> element early', () => {
		expect(() => inlineSharedCss(sheet('/a.css'), 'a{content:"</style>"}')).toThrow(/cannot be inlined/);
	});
});
