import { describe, expect, test } from 'vitest';
import { renderedText, verifyImport } from './verify.ts';

const page = `---
title: 페이지
---

import TableScroll from '../../src/components/content/TableScroll.astro';

## 보안그룹

> <mark>가상 방화벽</mark> 역할
>
> - 연결 상태를 추적

{/* 이미지 1: 숨은 안내 */}

<TableScroll label="표">
<table>
<tbody>
<tr><th scope="row">온디맨드</th><td><mark>약정없이</mark> 지불</td></tr>
</tbody>
</table>
</TableScroll>
`;

describe('renderedText', () => {
	test('collects the words a reader sees, cell by cell, without imports or comments', () => {
		const { text } = renderedText(page, '/x/');
		expect(text).toContain('보안그룹');
		expect(text).toContain('가상 방화벽 역할');
		expect(text).toContain('연결 상태를 추적');
		expect(text).toContain('온디맨드 약정없이 지불');
		expect(text).not.toContain('TableScroll');
		expect(text).not.toContain('숨은 안내');
	});

	test('collects the text of every <mark>', () => {
		expect(renderedText(page, '/x/').marks).toEqual(['가상 방화벽', '약정없이']);
	});

	test.each([
		['an unescaped brace', '---\ntitle: x\n---\n\n값은 {a 입니다\n'],
		['an unescaped less-than sign', '---\ntitle: x\n---\n\n객체 크기 <= 5GB\n'],
		['an unclosed tag', '---\ntitle: x\n---\n\n<mark>강조\n'],
	])('fails on MDX the build would reject: %s', (_, mdx) => {
		expect(() => renderedText(mdx, '/x/')).toThrow();
	});
});

describe('verifyImport', () => {
	const exported = '---\ntitle: x\n---\n\n## 보안그룹\n\n> <mark>가상 방화벽</mark> 역할\n> \n> * 연결 상태를 추적\n';

	test('passes a page that keeps everything', () => {
		expect(verifyImport(exported, page, '/x/')).toEqual({ missingPieces: [], missingMarks: [] });
	});

	test('reports a dropped list item and a lost highlight', () => {
		const broken = page.replace('> - 연결 상태를 추적', '').replace('<mark>가상 방화벽</mark>', '가상 방화벽');
		expect(verifyImport(exported, broken, '/x/')).toEqual({
			missingPieces: ['연결 상태를 추적'],
			missingMarks: ['가상 방화벽'],
		});
	});
});
