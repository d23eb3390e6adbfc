import { describe, expect, test } from 'vitest';
import { fragmentPage, fragmentUrl, homePageIds } from './page-ids.ts';

describe('fragmentUrl', () => {
	test.each([
		['a page', 'pagefind_dcd{"url":"/eni/","content":"ENI는', '/eni/'],
		['the home page', 'pagefind_dcd{"url":"/","content":"', '/'],
		['an escaped character', 'pagefind_dcd{"url":"/a\\"b/","content"', '/a"b/'],
		['a Korean path', 'pagefind_dcd{"url":"/노트/","content"', '/노트/'],
		['a head cut inside the URL', 'pagefind_dcd{"url":"/synthetic/pa', undefined],
		['no signature', '{"url":"/eni/","content"', undefined],
		['another first field', 'pagefind_dcd{"content":"x","url":"/eni/"}', undefined],
	])('%s', (_, head, url) => {
		expect(fragmentUrl(head)).toBe(url);
	});
});

describe('homePageIds', () => {
	const pages = [
		{ id: 'ko_1', url: '/' },
		{ id: 'ko_2', url: '/eni/' },
		{ id: 'ko_3', url: '/glossary/' },
	];
	test('maps each home page once, by docs id, and leaves out pages that are no home', () => {
		const concepts = [
			{ term: 'ENI', page: 'eni' },
			{ term: '보조 IP', page: 'eni', section: '보조 IP' },
			{ term: 'EC2', page: 'index' },
		];
		expect(homePageIds(concepts, pages)).toEqual({ eni: 'ko_2', index: 'ko_1' });
	});
	test('leaves out a home the index does not hold', () => {
		expect(homePageIds([{ term: '복습', page: 'review' }], pages)).toEqual({});
	});
});

describe('fragmentPage', () => {
	const anchors = [{ element: 'h1', id: '_top', text: 'ENI', location: 0 }];
	const fragment = (fields: object) => `pagefind_dcd${JSON.stringify(fields)}`;
	test.each([
		[
			'a page',
			fragment({ url: '/eni/', content: 'ENI. 가상 네트워크', meta: { title: 'ENI' }, anchors }),
			{ title: 'ENI', content: 'ENI. 가상 네트워크', anchors },
		],
		[
			'no title: the URL',
			fragment({ url: '/', content: 'EC2', meta: {}, anchors: [] }),
			{ title: '/', content: 'EC2', anchors: [] },
		],
		['no signature', JSON.stringify({ url: '/eni/', content: '' }), undefined],
		['JSON cut short', 'pagefind_dcd{"url":"/eni/","con', undefined],
		['no content', fragment({ url: '/eni/', meta: { title: 'ENI' } }), undefined],
		[
			'an anchor without a location',
			fragment({ url: '/eni/', content: '', anchors: [{ ...anchors[0], location: 'x' }] }),
			undefined,
		],
	])('%s', (_, text, page) => {
		expect(fragmentPage(text)).toEqual(page);
	});
});
