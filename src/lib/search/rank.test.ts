import { describe, expect, test } from 'vitest';
import type { SearchConcept } from './lexicon.ts';
import { excerptParts, matchConfidence, rankResults, type PageMatch } from './rank.ts';

const entry = (page: string, section?: string): SearchConcept => ({
	term: page,
	english: page,
	page,
	...(section ? { section } : {}),
});
const urlOf = (item: SearchConcept) => `/b/${item.page}/`;

const securityGroups: PageMatch = {
	url: '/b/security-groups/',
	title: '보안그룹',
	score: 2,
	excerpt: '',
	sections: [
		{ url: '/b/security-groups/#_top', title: '보안그룹', excerpt: '<mark>보안그룹</mark> 가상 방화벽', weight: 7 },
		{
			url: '/b/security-groups/#특징',
			title: '특징',
			excerpt: '보안 그룹은 허용 규칙만 지정 가능하고, <mark>거부</mark> 규칙은',
			weight: 4,
		},
		{
			url: '/b/security-groups/#제어-규칙',
			title: '제어 규칙',
			excerpt: '제어 <mark>규칙</mark>. 트래픽 유형. 포트',
			weight: 8,
		},
	],
};
const eni: PageMatch = {
	url: '/b/eni/',
	title: 'ENI',
	score: 5,
	excerpt: '',
	sections: [{ url: '/b/eni/#특징', title: '특징', excerpt: '하나 이상의 <mark>보안</mark> 그룹', weight: 3 }],
};

describe('rankResults', () => {
	test('without concepts, pages follow the index score', () => {
		const ranked = rankResults(
			[[securityGroups, eni]],
			{ concepts: [], otherWords: ['보안'], matchWords: ['보안'] },
			urlOf,
		);
		expect(ranked.map((result) => result.url)).toEqual(['/b/eni/', '/b/security-groups/']);
	});

	test('the page of a named concept comes first and a bare concept links to the page top', () => {
		const ranked = rankResults(
			[[eni, securityGroups]],
			{ concepts: [entry('security-groups')], otherWords: [], matchWords: ['보안그룹'] },
			urlOf,
		);
		expect(ranked[0]?.url).toBe('/b/security-groups/');
		expect(ranked[0]?.primary.url).toBe('/b/security-groups/');
	});

	test('a bare concept with a section links to that section', () => {
		const ranked = rankResults(
			[[securityGroups]],
			{ concepts: [entry('security-groups', '제어 규칙')], otherWords: [], matchWords: [] },
			urlOf,
		);
		expect(ranked[0]?.primary.url).toBe('/b/security-groups/#제어-규칙');
	});

	test('extra words pick the section that covers most of them, not the one that repeats one', () => {
		const query = {
			concepts: [entry('security-groups')],
			otherWords: ['거부', '가능'],
			matchWords: ['보안그룹', '거부', '가능'],
		};
		expect(rankResults([[securityGroups]], query, urlOf)[0]?.primary.url).toBe('/b/security-groups/#특징');
	});

	test('results of several look-ups merge by page, keeping the best score and every section', () => {
		const other: PageMatch = {
			...securityGroups,
			score: 9,
			sections: [{ url: '/b/security-groups/#새-섹션', title: '새 섹션', excerpt: '', weight: 1 }],
		};
		const ranked = rankResults(
			[[securityGroups], [other, eni]],
			{ concepts: [], otherWords: [], matchWords: [] },
			urlOf,
		);
		expect(ranked.map((result) => result.url)).toEqual(['/b/security-groups/', '/b/eni/']);
		expect([ranked[0]!.primary, ...ranked[0]!.others].map((section) => section.title)).toContain('새 섹션');
	});

	test('no results in, no results out', () => {
		expect(rankResults([[], []], { concepts: [entry('eni')], otherWords: [], matchWords: [] }, urlOf)).toEqual([]);
	});
});

describe('excerptParts', () => {
	test('splits marks from text and decodes entities without producing markup', () => {
		expect(excerptParts('a &lt;script&gt; <mark>보안그룹</mark> &amp; b')).toEqual([
			{ text: 'a <script> ', marked: false },
			{ text: '보안그룹', marked: true },
			{ text: ' & b', marked: false },
		]);
	});
	test('handles empty excerpts', () => {
		expect(excerptParts('')).toEqual([]);
	});
});

test.each([
	[1, 0, 'full'],
	[0, 0, 'full'],
	[1, 1, 'partial'],
	[3, 1, 'partial'],
	[1, 3, 'none'],
	[0, 2, 'none'],
] as const)('with %i known and %i unknown words, confidence is %s', (known, unknown, expected) => {
	expect(matchConfidence(known, unknown)).toBe(expected);
});

describe('ranking rules for queries of several parts', () => {
	const section = (page: string, title: string, excerpt: string, weight = 1) => ({
		url: `/b/${page}/#${title}`,
		title,
		excerpt,
		weight,
	});
	const page = (slug: string, score: number, sections: PageMatch['sections']): PageMatch => ({
		url: `/b/${slug}/`,
		title: slug,
		score,
		excerpt: sections[0]?.excerpt ?? '',
		sections,
	});
	const az = { term: '가용 영역', abbreviations: ['AZ'], page: 'networking' };
	const networking = page('networking', 5, [
		section('networking', '가용 영역', '<mark>가용 영역</mark>은 데이터 센터의 묶음'),
	]);
	const rds = page('rds', 1, [
		section('rds', '다중 AZ 배포', '대기 인스턴스를 다른 <mark>AZ</mark>에 둔다'),
		section('rds', '읽기 전용 복제본', '<mark>다중</mark> 복제본'),
	]);
	const query = (concepts: SearchConcept[], otherWords: string[]) => ({
		concepts,
		otherWords,
		matchWords: [...concepts.flatMap((item) => [item.term]), ...otherWords],
	});

	test('a heading naming every part beats the home of the one concept named, and is the section linked', () => {
		const [top] = rankResults([[networking, rds]], query([az], ['다중']), urlOf);
		expect(top?.primary.url).toBe('/b/rds/#다중 AZ 배포');
	});

	test('a bare concept still goes to its home, whatever other headings say', () => {
		const [top] = rankResults([[rds, networking]], query([az], []), urlOf);
		expect(top?.url).toBe('/b/networking/');
	});

	test('with two plain words, a section showing both beats a higher-scored page showing one', () => {
		const one = page('one', 9, [section('one', '개요', '<mark>버킷</mark> 이름')]);
		const both = page('both', 1, [section('both', '개요', '<mark>버킷</mark>의 <mark>버전</mark> 관리')]);
		expect(rankResults([[one, both]], query([], ['버킷', '버전']), urlOf).map((result) => result.url)).toEqual([
			'/b/both/',
			'/b/one/',
		]);
	});

	test("the concept's home keeps its place when its excerpts miss a word the index found on it", () => {
		const eip = { term: '탄력적 IP', abbreviations: ['EIP'], page: 'elastic-ip', section: 'Elastic IP' };
		const home = page('elastic-ip', 2, [section('elastic-ip', 'Elastic IP', '<mark>탄력적 IP</mark>를 할당')]);
		const other = page('lifecycle', 8, [section('lifecycle', '상태', '<mark>탄력적 IP</mark> <mark>요금</mark>')]);
		expect(rankResults([[other, home]], query([eip], ['요금']), urlOf)[0]?.url).toBe('/b/elastic-ip/');
	});
});

test('a page the index found only for the concept alone ranks below one found for every part of the query', () => {
	const snapshot = { term: '스냅샷', page: 'ami', section: '만드는 방법' };
	const ami: PageMatch = {
		url: '/b/ami/',
		title: 'AMI',
		score: 9,
		excerpt: '',
		sections: [{ url: '/b/ami/#만드는-방법', title: '만드는 방법', excerpt: '<mark>스냅샷</mark>에서', weight: 3 }],
	};
	const rds: PageMatch = {
		url: '/b/rds/',
		title: 'RDS',
		score: 1,
		excerpt: '',
		sections: [{ url: '/b/rds/#백업', title: '백업', excerpt: '<mark>스냅샷</mark> 보관', weight: 1 }],
	};
	const query = {
		concepts: [snapshot],
		otherWords: ['보존', '기간'],
		matchWords: ['스냅샷', '보존', '기간'],
		queries: ['스냅샷 보존 기간', '스냅샷'],
	};
	expect(rankResults([[rds], [ami, rds]], query, urlOf).map((result) => result.url)).toEqual(['/b/rds/', '/b/ami/']);
});

test.each([
	// `동기식` is not in `비동기식`: a word counts only where a word begins with it, as the index matches.
	[
		'a word counts only where a word begins with it',
		'<mark>비동기식</mark> <mark>복제</mark>로 복제본을 만든다',
		'<mark>동기식</mark> <mark>복제</mark>로 대기 인스턴스',
	],
	// Both sections have both words; the one that writes them together, in order, is linked.
	[
		'a section writing the words as a phrase beats one that has them apart',
		'<mark>복제</mark> 방식: <mark>동기식</mark> 또는 비동기식',
		'대기 인스턴스로 <mark>동기식</mark>으로 <mark>복제</mark>됨',
	],
])('%s', (_, heavierExcerpt, expectedExcerpt) => {
	const page: PageMatch = {
		url: '/b/rds/',
		title: 'RDS',
		score: 1,
		excerpt: '',
		sections: [
			{ url: '/b/rds/#다른', title: '다른 섹션', excerpt: heavierExcerpt, weight: 4 },
			{ url: '/b/rds/#다중-az', title: '다중 AZ', excerpt: expectedExcerpt, weight: 2 },
		],
	};
	const query = { concepts: [], otherWords: ['동기식', '복제'], matchWords: ['동기식', '복제'] };
	expect(rankResults([[page]], query, urlOf)[0]?.primary.url).toBe('/b/rds/#다중-az');
});
