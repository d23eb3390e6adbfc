import { describe, expect, test } from 'vitest';
import { markdownBlocks, syntheticPages } from './synthetic.ts';

describe('markdownBlocks', () => {
	test('keeps paragraphs, lists, headings and tables and drops imports and components', () => {
		const body = [
			"import { Steps } from '@astrojs/starlight/components';",
			'## 유형',
			'- <mark>강조</mark> 항목',
			'<table><tr><td>셀</td></tr></table>',
			'<Steps>',
			'1. 하나\n</Steps>',
			'<div>장식</div>',
			'문단 **굵게**',
		].join('\n\n');
		expect(markdownBlocks(body)).toEqual([
			'## 유형',
			'- <mark>강조</mark> 항목',
			'<table><tr><td>셀</td></tr></table>',
			'문단 **굵게**',
		]);
	});
});

describe('syntheticPages', () => {
	const sources = [
		{ title: 'ENI', blocks: ['## 가', '문단 하나', '문단 둘'] },
		{ title: 'AMI', blocks: ['## 나', '- 목록'] },
	];

	test('numbers the pages with equal-width names under synthetic/', () => {
		expect(
			syntheticPages(12, sources)
				.map((page) => page.path)
				.slice(0, 2),
		).toEqual(['synthetic/page-01.md', 'synthetic/page-02.md']);
	});

	test('gives each page a quoted title from a real page and about an average page of blocks', () => {
		const [page] = syntheticPages(1, sources);
		expect(page?.markdown.startsWith('---\ntitle: "합성 노트 1: ENI"\ndescription: ')).toBe(true);
		const body = page!.markdown.split('---\n')[2]!.trim().split('\n\n');
		expect(body).toHaveLength(3);
		for (const block of body) expect(sources.flatMap((source) => source.blocks)).toContain(block);
	});

	test('is the same on every run and differs from page to page', () => {
		const first = syntheticPages(20, sources).map((page) => page.markdown);
		expect(syntheticPages(20, sources).map((page) => page.markdown)).toEqual(first);
		expect(new Set(first).size).toBe(20);
	});

	test('refuses to make pages from nothing', () => {
		expect(() => syntheticPages(3, [])).toThrow('at least one source block');
	});
});
