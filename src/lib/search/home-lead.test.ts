import { describe, expect, test } from 'vitest';
import { fakePageText } from '../../../test-support/page-text.ts';
import { homeLead, homeLeads, leadResult } from './home-lead.ts';
import type { SearchConcept } from './lexicon.ts';

const eni = fakePageText([
	['Elastic Network Interface (ENI)', ''],
	['특징', '가상 네트워크 인터페이스. 인스턴스에 연결되어 통신하는 ENI를 여러 개 둘 수 있다'],
	['보조 IP', '보조 프라이빗 IP 주소를 ENI에 할당'],
]);
const concept = (term: string, section?: string): SearchConcept => ({
	term,
	page: 'eni',
	...(section ? { section } : {}),
});

describe('homeLead', () => {
	test.each([
		[
			'the section the glossary names, its words marked',
			concept('보조 IP', '보조 IP'),
			['보조 ip'],
			{
				title: eni.title,
				section: { title: '보조 IP', anchor: '보조-IP' },
				excerpt: '<mark>보조</mark> <mark>IP.</mark> <mark>보조</mark> 프라이빗 <mark>IP</mark> 주소를 ENI에 할당',
			},
		],
		[
			'no section named: the page top, with the first section found',
			concept('ENI'),
			['eni'],
			{ title: eni.title, excerpt: 'Elastic Network Interface <mark>(ENI)</mark>' },
		],
		[
			'words with a particle or a full stop after them',
			concept('네트워크 인터페이스', '특징'),
			['네트워크 인터페이스'],
			{
				title: eni.title,
				section: { title: '특징', anchor: '특징' },
				excerpt:
					'특징. 가상 <mark>네트워크</mark> <mark>인터페이스.</mark> 인스턴스에 연결되어 통신하는 ENI를 여러 개 둘 수 있다',
			},
		],
		[
			'the look-up that matches the section most gives its excerpt',
			concept('ENI', '특징'),
			['인스턴스', '네트워크 인터페이스'],
			{
				title: eni.title,
				section: { title: '특징', anchor: '특징' },
				excerpt:
					'특징. 가상 <mark>네트워크</mark> <mark>인터페이스.</mark> 인스턴스에 연결되어 통신하는 ENI를 여러 개 둘 수 있다',
			},
		],
		[
			'of look-ups matching it equally, the first',
			concept('ENI', '특징'),
			['인스턴스', '통신'],
			{
				title: eni.title,
				section: { title: '특징', anchor: '특징' },
				excerpt: '특징. 가상 네트워크 인터페이스. <mark>인스턴스에</mark> 연결되어 통신하는 ENI를 여러 개 둘 수 있다',
			},
		],
		['no look-up finds the page', concept('S3'), ['s3', 'simple storage'], undefined],
		['a look-up whose words are not all on the page', concept('보조 IP', '보조 IP'), ['보조 ipv6'], undefined],
	])('%s', (_, entry, variants, expected) => {
		expect(homeLead(eni, entry, variants)).toEqual(expected);
	});
	test('none for text whose words are joined by zero-width spaces (Pagefind excerpts it otherwise)', () => {
		expect(homeLead({ ...eni, content: eni.content.replace(' ', '\u200B') }, concept('ENI'), ['eni'])).toBeUndefined();
	});
});

describe('leadResult', () => {
	test('joins the lead to the concept’s page URL, its anchor percent-encoded as Pagefind writes it', () => {
		const lead = { title: eni.title, section: { title: '보조 IP', anchor: '보조-IP' }, excerpt: 'x' };
		expect(leadResult(lead, concept('보조 IP'), '/b/eni/')).toEqual({
			url: '/b/eni/',
			title: eni.title,
			primary: { url: '/b/eni/#%EB%B3%B4%EC%A1%B0-IP', title: '보조 IP', excerpt: 'x', weight: 0 },
			others: [],
			concept: concept('보조 IP'),
		});
	});
	test('a lead at the page top links to the page', () => {
		expect(leadResult({ title: eni.title, excerpt: 'x' }, concept('ENI'), '/b/eni/').primary.url).toBe('/b/eni/');
	});
});

describe('homeLeads', () => {
	const pageIds = { eni: 'id-eni' };
	const read = (id: string) => (id === 'id-eni' ? eni : undefined);
	test('a lead for each concept whose home the index holds, by term', () => {
		const leads = homeLeads(
			[concept('ENI'), concept('보조 IP', '보조 IP'), { term: 'S3', page: 's3' }],
			[],
			pageIds,
			read,
		);
		expect(Object.keys(leads)).toEqual(['ENI', '보조 IP']);
	});
	test('none for a term two concepts share, or one whose home cannot be read', () => {
		const twice = [concept('ENI'), { term: 'ENI', page: 'networking' }];
		expect(homeLeads(twice, [], { ...pageIds, networking: 'id-networking' }, read)).toEqual({});
		expect(homeLeads([concept('ENI')], [], pageIds, () => undefined)).toEqual({});
	});
	test('none for a term that, typed, names another concept first', () => {
		// 보조 IP's alias is 보조: typing 보조 finds 보조 IP, so a concept termed 보조 would never be the one named.
		const aliased = { ...concept('보조 IP', '보조 IP'), aliases: ['보조'] };
		const leads = homeLeads([aliased, concept('보조')], [], pageIds, read);
		expect(Object.keys(leads)).toEqual(['보조 IP']);
	});
	test('a lead made with another of the names when the term, typed, names another concept', () => {
		const aliased = { ...concept('보조 IP', '보조 IP'), aliases: ['보조'] };
		const secondary = { ...concept('보조', '보조 IP'), english: 'Secondary IP' };
		const leads = homeLeads([aliased, secondary], [], pageIds, read);
		expect(Object.keys(leads)).toEqual(['보조 IP', '보조']);
	});
});
