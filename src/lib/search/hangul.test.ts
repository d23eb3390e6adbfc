import { describe, expect, test } from 'vitest';
import { hangulRuns, hasHangul, isHangulWord } from './hangul.ts';

describe('hasHangul', () => {
	test.each([
		['보안그룹', true],
		['탄력적IP', true],
		['EIP를', true],
		['가', true],
		['힣', true],
		['ㅂㅇㄱㄹ', false],
		['EC2', false],
		['', false],
	])('%s → %s', (text, expected) => {
		expect(hasHangul(text)).toBe(expected);
	});
});

describe('isHangulWord', () => {
	test.each([
		['보안그룹', true],
		['가힣', true],
		['보안 그룹', false],
		['EIP를', false],
		['ㅂㅇ', false],
		['', false],
	])('%s → %s', (text, expected) => {
		expect(isHangulWord(text)).toBe(expected);
	});
});

describe('hangulRuns', () => {
	test.each([
		['보안그룹(SG)과 ENI', ['보안그룹', '과']],
		['탄력적 IP 주소', ['탄력적', '주소']],
		['ㅂㅇ 그룹', ['그룹']],
		['EC2 instance', []],
	])('%s → %j', (text, expected) => {
		expect(hangulRuns(text)).toEqual(expected);
	});
});
