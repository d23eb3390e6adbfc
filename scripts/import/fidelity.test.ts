import { describe, expect, test } from 'vitest';
import { checkFidelity, fixTypos, noteText, plainText } from './fidelity.ts';

const sample = `---
title: "Sample"
tags: ec2
---

## 인스턴스 구매옵션

| **온디맨스 인스턴스** | <mark>약정없이 초당 사용한 만큼</mark> 비용 지불 |
| --- | --- |
| **Saving Plan** | 1년 또는 3년 |

> 가상 방화벽
> 
> * 연결 상태를 추적하는 <mark>상태 저장 방화벽(Statefull firewall)</mark>
>     

* 제어 규칙
    
    * 포트
        
1. ‘스냅샷에서 이미지 생성’을 클릭

![](https://cdn.example.com/a.png align="center")

위와 같이 AMI를 선택할 수 있다
`;

describe('noteText', () => {
	test('takes headings, table cells, quotes, nested list items and paragraphs, and skips images', () => {
		expect(noteText(sample).pieces).toEqual([
			'인스턴스 구매옵션',
			'온디맨드 인스턴스',
			'약정없이 초당 사용한 만큼 비용 지불',
			'Savings Plans',
			'1년 또는 3년',
			'가상 방화벽',
			'연결 상태를 추적하는 상태 저장 방화벽(Stateful firewall)',
			'제어 규칙',
			'포트',
			'‘스냅샷에서 이미지 생성’을 클릭',
			'위와 같이 AMI를 선택할 수 있다',
		]);
	});

	test('collects every highlight with typo fixes applied', () => {
		expect(noteText(sample).marks).toEqual(['약정없이 초당 사용한 만큼', '상태 저장 방화벽(Stateful firewall)']);
	});
});

describe('noteText on syntax the EC2 note does not use', () => {
	test.each([
		[
			'a code block, kept verbatim until its closing fence',
			'```json\n{"a": "**온디맨스**"}\n```\n\n**온디맨스** 뒤\n',
			['{"a": "**온디맨스**"}', '온디맨드 뒤'],
		],
		['a code block in a list', '* 예:\n    \n    ```\n    x = 1\n    ```\n', ['예:', 'x = 1']],
		['a task list', '- [ ] 할 일\n- [x] 끝난 일\n', ['할 일', '끝난 일']],
		['strikethrough', '~~취소~~ 선\n', ['취소 선']],
		['a link whose URL has parentheses', '[EC2](https://en.wikipedia.org/wiki/EC2_(AWS)) 문서\n', ['EC2 문서']],
	])('reads %s', (_, markdown, pieces) => {
		expect(noteText(markdown).pieces).toEqual(pieces);
	});

	test('reads a highlight that runs over two lines of a quote without the quote marker', () => {
		expect(noteText('> 첫 <mark>줄의\n> 강조</mark>\n').marks).toEqual(['줄의 강조']);
	});
});

describe('typo fixes', () => {
	test.each([
		['온디맨스 인스턴스', '온디맨드 인스턴스'],
		['Statefull firewall', 'Stateful firewall'],
		['Saving Plan', 'Savings Plans'],
		['Savings Plans', 'Savings Plans'],
		['Saving Plans', 'Savings Plans'],
	])('%j becomes %j', (input, expected) => {
		expect(fixTypos(input)).toBe(expected);
	});
});

test('plainText drops Markdown syntax but keeps the words', () => {
	expect(plainText('인스턴스의 [ENI](/eni/)와 **연결**됨 `code` \\*')).toBe('인스턴스의 ENI와 연결됨 code *');
});

describe('checkFidelity', () => {
	const note = noteText(sample);
	const complete = {
		url: '/x/',
		text: note.pieces.join('\n'),
		marks: ['약정없이 초당 사용한 만큼', '상태 저장 방화벽(Stateful firewall)'],
	};

	test('reports nothing when every piece and highlight is there', () => {
		expect(checkFidelity(note, [complete])).toEqual({ missingPieces: [], missingMarks: [] });
	});

	test('reports a dropped line', () => {
		const page = { ...complete, text: complete.text.replace('제어 규칙', '') };
		expect(checkFidelity(note, [page]).missingPieces).toEqual(['제어 규칙']);
	});

	test('reports a highlight that lost its mark or its words', () => {
		const page = { ...complete, marks: ['약정없이 초당 사용한'] };
		expect(checkFidelity(note, [page]).missingMarks).toEqual([
			'약정없이 초당 사용한 만큼',
			'상태 저장 방화벽(Stateful firewall)',
		]);
	});

	test('finds pieces across several pages', () => {
		const half = Math.floor(note.pieces.length / 2);
		const pages = [
			{ url: '/a/', text: note.pieces.slice(0, half).join(' '), marks: complete.marks },
			{ url: '/b/', text: note.pieces.slice(half).join(' '), marks: [] },
		];
		expect(checkFidelity(note, pages)).toEqual({ missingPieces: [], missingMarks: [] });
	});
});
