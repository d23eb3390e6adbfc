import { describe, expect, test } from 'vitest';
import {
	choseongMatches,
	clearWinner,
	editDistance,
	isChoseongQuery,
	jamoDistance,
	layoutSlip,
	nearMisses,
	type VocabularyItem,
} from './forgiving.ts';

const item = (text: string, href = '/x/'): VocabularyItem => ({ text, href });
const vocabulary = [
	'보안그룹',
	'보안그룹 규칙',
	'보안 그룹',
	'배치그룹',
	'스냅샷',
	'서브넷',
	'탄력적 IP',
	'Elastic IP',
	'Security Group',
	'파티션',
].map((text) => item(text));
const known = new Set(['보안그룹', '배치그룹', '스냅샷', 'eip', 'ami', 'eni']);
const isKnown = (text: string) => known.has(text);

describe('초성 queries', () => {
	test.each([
		['ㅂㅇㄱㄹ', true],
		['ㅂㅇ ㄱㄹ', true],
		['ㅂ', false],
		['ㅂㅇ가', false],
		['ㅏㅑ', false],
		['qh', false],
		['', false],
	])('%j is a choseong query: %s', (query, expected) => {
		expect(isChoseongQuery(query)).toBe(expected);
	});

	test('matches names whose initials equal or start with the query, exact first', () => {
		expect(choseongMatches('ㅂㅇㄱㄹ', vocabulary).map((found) => found.text)).toEqual(['보안그룹', '보안그룹 규칙']);
		expect(choseongMatches('ㅅㄴㅅ', vocabulary).map((found) => found.text)).toEqual(['스냅샷']);
		expect(choseongMatches('ㅌㄹㅈ', vocabulary).map((found) => found.text)).toEqual(['탄력적 IP']);
	});

	test('finds nothing for initials nothing has, or for ordinary text', () => {
		expect(choseongMatches('ㅋㅋㅋ', vocabulary)).toEqual([]);
		expect(choseongMatches('보안', vocabulary)).toEqual([]);
	});
});

describe('keyboard layout slips', () => {
	test.each([
		['qhdksrmfnq', '보안그룹'],
		['QHDKSRMFNQ', '보안그룹'],
		['tmsoqtit', '스냅샷'],
		['댜ㅔ', 'eip'],
		['므ㅑ', 'ami'],
		['두ㅑ', 'eni'],
	])('%j was meant as %j', (typed, meant) => {
		expect(layoutSlip(typed, isKnown)).toBe(meant);
	});

	test.each(['spread', 'partition', 'elastic ip', 'hello', '보안그룹', '쿠버네티스', 'qhdks123', '', '   '])(
		'%j is left as typed',
		(typed) => {
			expect(layoutSlip(typed, isKnown)).toBeUndefined();
		},
	);
});

describe('near misses', () => {
	test.each([
		['kitten', 'sitting', 3],
		['', 'abc', 3],
		['보안', '보안', 0],
	])('edit distance of %j and %j is %i', (a, b, distance) => {
		expect(editDistance(a, b)).toBe(distance);
	});

	test('one wrong vowel is one jamo away, not one syllable', () => {
		expect(jamoDistance('보안그릅', '보안그룹')).toBe(1);
		expect(jamoDistance('스넵샷', '스냅샷')).toBe(1);
		expect(jamoDistance('Elastik  IP', 'elastic ip')).toBe(1);
	});

	test('suggests the nearest names and picks a clear winner', () => {
		const misses = nearMisses('보안그릅', vocabulary);
		expect(misses.map((miss) => miss.item.text)).toEqual(['보안그룹']);
		expect(clearWinner(misses)?.item.text).toBe('보안그룹');
	});

	test('offers no winner when two names are equally near', () => {
		const twins = [item('배치그룹'), item('배치그름')];
		expect(clearWinner(nearMisses('배치그릅', twins))).toBeUndefined();
		expect(nearMisses('배치그릅', twins)).toHaveLength(2);
	});

	test.each(['쿠버네티스', 'ㅂㅇ', '가', '😀', '', 'x'.repeat(1000), '보안그룹'])(
		'suggests nothing for %j',
		(query) => {
			expect(nearMisses(query, vocabulary)).toEqual([]);
		},
	);
});
