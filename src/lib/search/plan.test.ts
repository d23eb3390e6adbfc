import { describe, expect, test } from 'vitest';
import { glossary, type GlossaryEntry } from '../glossary/entries.ts';
import { buildLexicon, lookupKey, segmentQuery } from './lexicon.ts';
import { contentForms, planSearch } from './plan.ts';

const lexicon = buildLexicon(glossary);
const termsOf = (raw: string) => planSearch(raw, lexicon).concepts.map((entry) => entry.term);

describe('aliases name one concept in every language and spelling', () => {
	test.each([
		['EIP', '탄력적 IP'],
		['elastic ip', '탄력적 IP'],
		['Elastic IP', '탄력적 IP'],
		['탄력적IP', '탄력적 IP'],
		['탄력적 IP를', '탄력적 IP'],
		['SG', '보안그룹'],
		['security group', '보안그룹'],
		['보안 그룹', '보안그룹'],
		['보안그룹에서', '보안그룹'],
		['ENI', '네트워크 인터페이스'],
		['RI', '예약 인스턴스'],
		['reserved instances', '예약 인스턴스'],
		['spot', '스팟 인스턴스'],
		['스팟 인스턴스가 뭐야', '스팟 인스턴스'],
		['on-demand', '온디맨드 인스턴스'],
		['saving plan', 'Savings Plans'],
		['placement group', '배치그룹'],
		['배치 그룹', '배치그룹'],
		['cluster', '클러스터 배치그룹'],
		['partition', '파티션 배치그룹'],
		['spread', '분산 배치그룹'],
		['hibernate', '최대절전모드'],
		['절전 모드', '최대절전모드'],
		['subnet', '서브넷'],
		['VPC', 'VPC'],
		['라이프 사이클', '라이프사이클'],
		['AZ', '가용 영역'],
	])('%j means %j', (raw, term) => {
		expect(termsOf(raw)).toEqual([term]);
	});

	test('the longest name wins over its parts', () => {
		expect(termsOf('보안 그룹 규칙')).toEqual(['보안그룹 규칙']);
		expect(termsOf('온디맨드 용량 예약')).toEqual(['온디맨드 용량 예약']);
		expect(termsOf('네트워크 인터페이스')).toEqual(['네트워크 인터페이스']);
	});

	test('several concepts in one query keep their order', () => {
		expect(termsOf('퍼블릭 IP와 프라이빗 IP 차이')).toEqual(['퍼블릭 IP', '프라이빗 IP']);
	});

	test('names are case- and space-insensitive keys', () => {
		expect(lookupKey(' Elastic  IP ')).toBe('elasticip');
	});

	test('every name in the glossary leads back to an entry', () => {
		for (const entry of glossary) expect(lexicon.conceptsByKey.get(lookupKey(entry.term))).toBeDefined();
	});
});

describe('planSearch', () => {
	test('searches each spacing of a concept and keeps other words', () => {
		const plan = planSearch('보안 그룹 규칙을 어떻게', lexicon);
		expect(plan.words).toEqual(['보안', '그룹', '규칙']);
		expect(plan.queries[0]).toBe('보안그룹 규칙');
		expect(plan.queries).toContain('보안 그룹 규칙');
	});

	test('joins spaced Korean words the glossary does not know', () => {
		expect(planSearch('하둡 클러스터링', lexicon).queries).toEqual(['하둡 클러스터링', '하둡클러스터링']);
	});

	test('keeps words that name no concept next to the concept', () => {
		const plan = planSearch('EIP 요금', lexicon);
		expect(plan.otherWords).toEqual(['요금']);
		expect(plan.queries).toContain('탄력적 ip 요금');
		expect(plan.queries).toContain('탄력적 ip');
	});

	test('a query of nothing searchable plans no look-ups', () => {
		for (const raw of ['', '   ', '?!', '😀😀', '.*+?^${}()|[]\\']) {
			expect(planSearch(raw, lexicon).queries).toEqual([]);
		}
	});

	test('caps the number of look-ups for long input', () => {
		const plan = planSearch('보안그룹 탄력적IP 배치그룹 스팟 '.repeat(50), lexicon);
		expect(plan.queries.length).toBeLessThanOrEqual(4);
	});

	test('highlights the forms the pages use', () => {
		expect(planSearch('SG', lexicon).highlight).toEqual(['보안그룹', '보안 그룹']);
	});
});

test('contentForms lists spacing variants of Korean terms only', () => {
	const entry = (term: string, aliases: string[] = []): GlossaryEntry => ({
		term,
		english: 'x',
		aliases,
		definition: '',
		page: 'index',
	});
	expect(contentForms(entry('보안그룹', ['보안 그룹', '방화벽']))).toEqual(['보안그룹', '보안 그룹']);
	expect(contentForms(entry('탄력적 IP', ['일래스틱 IP']))).toEqual(['탄력적 ip', '탄력적ip']);
	expect(contentForms(entry('Savings Plans', ['세이빙 플랜']))).toEqual(['savings plans']);
});

test('segmentQuery marks words that name no concept', () => {
	expect(segmentQuery(['쿠버네티스', '파드'], lexicon)).toEqual([
		{ kind: 'word', word: '쿠버네티스' },
		{ kind: 'word', word: '파드' },
	]);
});
