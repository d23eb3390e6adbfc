import { describe, expect, test } from 'vitest';
import { cleanQuery, compactText, MAX_QUERY_LENGTH, queryWords, splitWords, stripParticle } from './normalize.ts';

describe('stripParticle', () => {
	test.each([
		['보안그룹을', '보안그룹'],
		['보안그룹에서', '보안그룹'],
		['보안그룹에서는', '보안그룹'],
		['인스턴스의', '인스턴스'],
		['인스턴스가', '인스턴스'],
		['영역으로', '영역'],
		['하드웨어에', '하드웨어'],
		['스냅샷으로', '스냅샷'],
		['파티션은', '파티션'],
		['리전까지', '리전'],
		['서브넷부터', '서브넷'],
		['배치그룹이란', '배치그룹'],
		['재부팅하면', '재부팅'],
		['생성하기', '생성'],
		['배치하는', '배치'],
		['템플릿입니다', '템플릿'],
		['인스턴스와', '인스턴스'],
		['스냅샷과', '스냅샷'],
		['인스턴스도', '인스턴스'],
		['인스턴스만', '인스턴스'],
	])('cuts %j to %j', (word, stem) => {
		expect(stripParticle(word)).toBe(stem);
	});

	test.each([
		'파티션',
		'스냅샷',
		'리전',
		'서브넷',
		'그룹',
		'보안그룹',
		'속도',
		'차이',
		'역할',
		'한도',
		'결과',
		'정의',
		'높은',
	])('leaves the word %j alone', (word) => {
		expect(stripParticle(word)).toBe(word);
	});

	test('never cuts a known word that merely ends like a particle', () => {
		expect(stripParticle('게이트웨이')).toBe('게이트웨');
		expect(stripParticle('게이트웨이', new Set(['게이트웨이']))).toBe('게이트웨이');
		expect(stripParticle('게이트웨이를', new Set(['게이트웨이']))).toBe('게이트웨이');
	});

	test('leaves Latin words and mixed words to the splitter', () => {
		expect(stripParticle('eip')).toBe('eip');
		expect(stripParticle('ec2란')).toBe('ec2란');
	});
});

describe('cleanQuery and splitWords', () => {
	test.each([
		['  탄력적IP  ', ['탄력적', 'ip']],
		['EIP를', ['eip', '를']],
		['EC2란?', ['ec2', '란']],
		['On-Demand', ['on-demand']],
		['Ｅｌａｓｔｉｃ　ＩＰ', ['elastic', 'ip']],
		['<script>alert(1)</script>', ['script', 'alert', '1', 'script']],
		['.*+?^${}()|[]\\', []],
		['보안그룹😀', ['보안그룹']],
	])('%j becomes the words %j', (raw, words) => {
		expect(splitWords(cleanQuery(raw))).toEqual(words);
	});

	test('cuts very long input', () => {
		expect(cleanQuery('가'.repeat(1000)).length).toBe(MAX_QUERY_LENGTH);
	});
});

describe('queryWords', () => {
	test.each([
		['스팟 인스턴스가 뭐야', ['스팟', '인스턴스']],
		['EC2란?', ['ec2']],
		['보안그룹 알려줘', ['보안그룹']],
		['what is elastic ip', ['elastic', 'ip']],
		['설명', ['설명']],
		['<script>alert(1)</script>', ['script', 'alert', 'script']],
		['7', ['7']],
		['<img src=x onerror=alert(1)>', ['img', 'src', 'onerror', 'alert']],
		['', []],
		['   ', []],
		['ㅂㅇ', ['ㅂㅇ']],
		['😀', []],
	])('%j searches for %j', (raw, words) => {
		expect(queryWords(raw)).toEqual(words);
	});
});

describe('compactText', () => {
	test.each([
		['보안 그룹', '보안그룹'],
		['Elastic IP', 'elasticip'],
		['  탄력적\tIP\n주소 ', '탄력적ip주소'],
		['EC2', 'ec2'],
	])('%s → %s', (text, expected) => {
		expect(compactText(text)).toBe(expected);
	});
});
