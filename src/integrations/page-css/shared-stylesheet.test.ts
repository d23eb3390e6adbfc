import { describe, expect, test } from 'vitest';
import {
	blockingStylesheets,
	inlineSharedCss,
	ISLAND_RULE,
	ISLAND_STYLE,
	linkSharedStylesheet,
	mergedOrder,
	sharedCss,
	sharedCssName,
} from './shared-stylesheet.ts';

const sheet = (href: string, extra = '') => `<link rel="stylesheet" href="${href}"${extra}>`;

describe('blockingStylesheets', () => {
	test.each([
		['plain links in document order', `${sheet('/a.css')}<meta>${sheet('/b.css')}`, ['/a.css', '/b.css']],
		['a print sheet, which does not block', `${sheet('/p.css', ' media="print"')}${sheet('/a.css')}`, ['/a.css']],
		['media="all", which does', sheet('/a.css', ' media="all"'), ['/a.css']],
		['attributes in another order and quotes', `<link href='/a.css' rel='stylesheet' />`, ['/a.css']],
		[
			'icons and preloads, which are not sheets',
			'<link rel="icon" href="/f.svg"><link rel="preload" href="/x.css">',
			[],
		],
		['an alternate sheet, which does not block', '<link rel="alternate stylesheet" href="/alt.css">', []],
	])('finds %s', (_name, html, hrefs) => {
		expect(blockingStylesheets(html)).toEqual(hrefs);
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
		expect(sharedCss(['a{color:red}\n', 'b{color:blue}'])).toBe(`a{color:red}\nb{color:blue}\n${ISLAND_RULE}\n`);
	});

	test('names the file after its content', () => {
		expect(sharedCssName('a{}')).toMatch(/^site\.[\w-]{10}\.css$/);
		expect(sharedCssName('a{}')).toBe(sharedCssName('a{}'));
		expect(sharedCssName('a{}')).not.toBe(sharedCssName('b{}'));
	});
});

describe('linkSharedStylesheet', () => {
	const print = sheet('/print.css', ' media="print"');

	test('puts one link where the first blocking sheet stood and keeps the print sheet', () => {
		const html = `<head>${print}${sheet('/a.css')}<meta name="x">${sheet('/b.css')}</head>`;
		expect(linkSharedStylesheet(html, '/site.css')).toBe(`<head>${print}${sheet('/site.css')}<meta name="x"></head>`);
	});

	test('takes Astro’s island style out of <main>', () => {
		const html = `<head>${sheet('/a.css')}</head><main>${ISLAND_STYLE}<astro-island></astro-island></main>`;
		expect(linkSharedStylesheet(html, '/site.css')).toBe(
			`<head>${sheet('/site.css')}</head><main><astro-island></astro-island></main>`,
		);
	});

	test('leaves a page without blocking sheets as it was, island style included', () => {
		const html = `<head>${print}</head><main>${ISLAND_STYLE}</main>`;
		expect(linkSharedStylesheet(html, '/site.css')).toBe(html);
	});
});

describe('inlineSharedCss', () => {
	const print = sheet('/print.css', ' media="print"');

	test('puts the CSS in one <style> where the first blocking sheet stood, and drops the island style', () => {
		const html = `<head>${print}${sheet('/a.css')}${sheet('/b.css')}</head><main>${ISLAND_STYLE}</main>`;
		expect(inlineSharedCss(html, 'a{}')).toBe(`<head>${print}<style>a{}</style></head><main></main>`);
	});

	test('leaves a page without blocking sheets as it was', () => {
		const html = `<head>${print}</head><main>${ISLAND_STYLE}</main>`;
		expect(inlineSharedCss(html, 'a{}')).toBe(html);
	});

	test('refuses CSS that would end the <style> element early', () => {
		expect(() => inlineSharedCss(sheet('/a.css'), 'a{content:"</style>"}')).toThrow(/cannot be inlined/);
	});
});
