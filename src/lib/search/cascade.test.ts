import { describe, expect, test } from 'vitest';
import { createCascade, type IndexHit, type SearchData, type SearchIndex } from './cascade.ts';
import { fakePageText } from '../../../test-support/page-text.ts';
import { homeLeads } from './home-lead.ts';
import type { SearchConcept } from './lexicon.ts';

interface FakePage {
	slug: string;
	title: string;
	sections: { title: string; text: string }[];
}

/**
 * A fake index that behaves like Pagefind where the cascade depends on it: words split on spaces, each query
 * word matches a page word it begins, every word must match, and a sub-result is a section holding a match.
 */
function fakeIndex(pages: readonly FakePage[]): SearchIndex & { queries: string[]; loads: string[] } {
	const queries: string[] = [];
	const loads: string[] = [];
	const wordsOf = (text: string) =>
		text
			.toLowerCase()
			.split(/[^\p{L}\p{N}]+/u)
			.filter(Boolean);
	const has = (text: string, word: string) => wordsOf(text).some((candidate) => candidate.startsWith(word));
	const matching = (query: string) => {
		const words = wordsOf(query);
		return pages.filter((page) => {
			const all = [page.title, ...page.sections.flatMap((section) => [section.title, section.text])].join(' ');
			return words.length > 0 && words.every((word) => has(all, word));
		});
	};
	return {
		queries,
		loads,
		async search(query: string): Promise<IndexHit[]> {
			queries.push(query);
			const words = wordsOf(query);
			return matching(query).map((page, rank) => ({
				id: page.slug,
				score: 10 - rank,
				load: async () => {
					loads.push(page.slug);
					return {
						url: `/b/${page.slug}/`,
						title: page.title,
						score: 10 - rank,
						excerpt: page.sections[0]?.text ?? '',
						sections: page.sections
							.filter((section) => words.some((word) => has(`${section.title} ${section.text}`, word)))
							.map((section) => ({
								url: `/b/${page.slug}/#${section.title.replaceAll(' ', '-')}`,
								title: section.title,
								excerpt: section.text,
								weight: words.filter((word) => has(section.text, word)).length,
							})),
					};
				},
			}));
		},
		async hitCount(word: string) {
			return matching(word).length;
		},
	};
}

const pages: FakePage[] = [
	{
		slug: 'networking',
		title: '네트워킹',
		sections: [
			{ title: '네트워킹', text: '인스턴스는 VPC의 서브넷에 있고 가용 영역 하나에 속한다' },
			{ title: '서브넷', text: '서브넷은 VPC의 IP 대역을 나눈 범위' },
		],
	},
	{
		slug: 's3-basics',
		title: 'Amazon S3 기초',
		sections: [
			{ title: 'Amazon S3 기초', text: '객체 스토리지 서비스' },
			{ title: '버킷', text: '버킷 이름은 모든 계정에서 고유해야 함' },
			{ title: '버킷 정책', text: '버킷 정책으로 액세스를 허용하거나 거부' },
		],
	},
	{
		slug: 'rds',
		title: 'RDS',
		sections: [
			{ title: 'RDS', text: '관리형 관계형 데이터베이스' },
			{ title: '다중 AZ 배포', text: '다른 가용 영역에 대기 인스턴스를 두어 장애 조치' },
		],
	},
];

const concept = (term: string, page: string, section?: string, extra: Partial<SearchConcept> = {}): SearchConcept => ({
	term,
	page,
	...(section ? { section } : {}),
	...extra,
});

const data: SearchData = {
	concepts: [
		concept('가용 영역', 'networking', undefined, { english: 'Availability Zone', abbreviations: ['AZ'] }),
		concept('서브넷', 'networking', '서브넷', { english: 'Subnet' }),
		concept('버킷', 's3-basics', '버킷', { english: 'Bucket' }),
		concept('버킷 정책', 's3-basics', '버킷 정책', { english: 'Bucket policy' }),
	],
	names: [
		'가용 영역',
		'Availability Zone',
		'서브넷',
		'버킷',
		'버킷 정책',
		'네트워킹',
		'Amazon S3 기초',
		'다중 AZ 배포',
		'오리진',
	],
	words: [
		'가용',
		'영역',
		'인스턴스',
		'서브넷',
		'버킷',
		'정책',
		'이름',
		'계정',
		'다중',
		'배포',
		'대기',
		'장애',
		'조치',
		'객체',
	],
};

const cascadeFor = (index = fakeIndex(pages)) => createCascade(index, data, (item) => `/b/${item.page}/`);
const first = async (query: string) => (await cascadeFor().search(query)).results[0]?.primary.url;

describe('the cascade against a fake index', () => {
	test.each([
		['a concept by its Korean name', '버킷', '/b/s3-basics/#버킷'],
		['a concept with a particle', '버킷이란', '/b/s3-basics/#버킷'],
		['a concept by its English name', 'bucket policy', '/b/s3-basics/#버킷-정책'],
		['an unspaced compound of two known words', '버킷정책을', '/b/s3-basics/#버킷-정책'],
		['a heading naming both parts beats the home of one of them', '다중 AZ', '/b/rds/#다중-AZ-배포'],
	])('%s: %s → %s', async (_, query, url) => {
		expect(await first(query)).toBe(url);
	});

	test('초성 are searched as the name they begin, and say so', async () => {
		const outcome = await cascadeFor().search('ㅂㅋ ㅈㅊ');
		expect(outcome.notice).toEqual({ kind: 'choseong', typed: 'ㅂㅋ ㅈㅊ', searched: '버킷 정책' });
		expect(outcome.results[0]?.primary.url).toBe('/b/s3-basics/#버킷-정책');
	});

	test('a two-word query typed in the wrong keyboard layout is searched as the words of the notes', async () => {
		const outcome = await cascadeFor().search('rkdyd dudur');
		expect(outcome.notice).toMatchObject({ kind: 'layout', searched: '가용 영역' });
		expect(outcome.results[0]?.url).toBe('/b/networking/');
	});

	test('a near miss of a whole name is corrected to it', async () => {
		const outcome = await cascadeFor().search('버깃 정책');
		expect(outcome.notice).toMatchObject({ kind: 'spelling', searched: '버킷 정책' });
	});

	test('a near miss of one word in a two-word query is corrected word by word', async () => {
		const outcome = await cascadeFor().search('대기 인스탄스');
		expect(outcome.notice).toMatchObject({ kind: 'spelling', searched: '대기 인스턴스' });
		expect(outcome.results[0]?.url).toBe('/b/rds/');
	});

	test('a query mostly of words the index lacks gets no answer; one unknown word of two is partial', async () => {
		expect((await cascadeFor().search('DynamoDB 파티션 키 설계')).results).toEqual([]);
		const partial = await cascadeFor().search('버킷 암호화');
		expect(partial.partial).toBe(true);
		expect(partial.results[0]?.url).toBe('/b/s3-basics/');
	});

	test('with a limit, pages below it are not loaded and the first results arrive early, in their final order', async () => {
		const everything = fakeIndex(pages);
		const all = await cascadeFor(everything).search('가용 영역');
		expect(everything.loads).toContain('rds');

		const limited = fakeIndex(pages);
		const leads: string[][] = [];
		const outcome = await cascadeFor(limited).search('가용 영역', {
			limit: 1,
			onLead: (lead) => leads.push(lead.results.map((result) => result.url)),
		});
		expect(limited.loads).toEqual(['networking']);
		expect(outcome.results.map((result) => result.url)).toEqual(['/b/networking/']);
		expect(outcome.total).toBe(all.total);
		expect(leads).toEqual([['/b/networking/']]);
	});

	test("with the homes' page ids from the build, a first search loads the named concept's page alone", async () => {
		// 인스턴스 is on both pages; its home (here rds) is second by score, so without ids networking must load too.
		const withHome: SearchData = { ...data, concepts: [...data.concepts, concept('인스턴스', 'rds')] };
		const search = async (searchData: SearchData) => {
			const index = fakeIndex(pages);
			const outcome = await createCascade(index, searchData, (item) => `/b/${item.page}/`).search('인스턴스', {
				limit: 1,
			});
			return { loads: index.loads, first: outcome.results[0]?.url };
		};
		expect(await search(withHome)).toEqual({ loads: ['networking', 'rds'], first: '/b/rds/' });
		const pageIds = { networking: 'networking', rds: 'rds', 's3-basics': 's3-basics' };
		expect(await search({ ...withHome, pageIds })).toEqual({ loads: ['rds'], first: '/b/rds/' });
	});

	test("with the homes' page ids, the named concept's page is fetched ahead, as the look-ups start", async () => {
		const withHome: SearchData = {
			...data,
			concepts: [...data.concepts, concept('인스턴스', 'rds')],
			pageIds: { networking: 'id-networking', rds: 'id-rds' },
		};
		const index = fakeIndex(pages);
		const events: string[] = [];
		const search = index.search.bind(index);
		index.search = async (query) => {
			events.push(`search ${query}`);
			return search(query);
		};
		index.prefetch = (id) => events.push(`prefetch ${id}`);
		await createCascade(index, withHome, (item) => `/b/${item.page}/`).search('인스턴스');
		expect(events[0]).toBe('prefetch id-rds');
		expect(events.filter((event) => event.startsWith('prefetch'))).toEqual(['prefetch id-rds']);
	});

	describe("a bare concept's home, shown before the look-ups finish", () => {
		const pageIds = { networking: 'networking', rds: 'rds', 's3-basics': 's3-basics' };
		const leads = homeLeads(data.concepts, data.words, pageIds, (id) => {
			const page = pages.find((candidate) => candidate.slug === id);
			return page && fakePageText(page.sections.map((section) => [section.title, section.text]));
		});
		/** A fake index whose look-ups wait until `release` is called. */
		const heldIndex = () => {
			const index = fakeIndex(pages);
			let release = () => {};
			const released = new Promise<void>((resolve) => (release = resolve));
			const search = index.search.bind(index);
			const keeps: (readonly string[])[] = [];
			index.search = async (query, keep) => {
				keeps.push([...(keep ?? [])]);
				await released;
				return search(query);
			};
			return { index, release, keeps };
		};
		/** What the search showed while the look-ups were held, then all it showed and its outcome once they answer. */
		const search = async (query: string, searchData: SearchData = { ...data, pageIds, leads }) => {
			const { index, release, keeps } = heldIndex();
			const shown: { urls: string[]; others: number; notice?: string }[] = [];
			const outcome = createCascade(index, searchData, (item) => `/b/${item.page}/`).search(query, {
				limit: 3,
				onLead: ({ results, notice }) =>
					// Decoded: the lead's anchors are percent-encoded as Pagefind's are, the fake index's are not.
					shown.push({
						urls: results.map((result) => decodeURI(result.primary.url)),
						others: results[0]!.others.length,
						...(notice ? { notice: notice.kind } : {}),
					}),
			});
			await new Promise((resolve) => setTimeout(resolve, 0));
			const early = [...shown];
			release();
			return { early, shown, outcome: await outcome, keeps };
		};

		test.each([
			['its Korean name', '버킷 정책', '/b/s3-basics/#버킷-정책'],
			['its English name, with a particle', 'bucket policy를', '/b/s3-basics/#버킷-정책'],
			['a concept explained at the page top', '가용 영역', '/b/networking/'],
		])('by %s (%s): the home, then the same first result ranked', async (_, query, url) => {
			const { early, shown, outcome } = await search(query);
			expect(early).toEqual([{ urls: [url], others: 0 }]);
			expect(outcome.results[0]?.primary.url).toBe(url);
			expect(shown.length).toBeGreaterThan(1);
		});

		test("the look-ups keep a bare concept's home, and no page for a query of several parts", async () => {
			expect((await search('버킷 정책')).keeps[0]).toEqual(['s3-basics']);
			expect((await search('버킷 이름')).keeps[0]).toEqual([]);
		});

		test.each([
			['a concept with another word', '버킷 이름', undefined],
			['two concepts', '서브넷 버킷', undefined],
			['no concept', '객체 스토리지', undefined],
			['no page ids and leads from the build (under astro dev)', '버킷 정책', data],
		])('none for %s (%s)', async (_, query, searchData) => {
			expect((await search(query, searchData)).early).toEqual([]);
		});

		test('none for a correction to a concept: all it shows says what was searched instead', async () => {
			// 버깃 정책 names nothing; its correction 버킷 정책 names a concept that has a home shown early when typed.
			const { shown, outcome } = await search('버깃 정책');
			expect(outcome.notice).toMatchObject({ kind: 'spelling', searched: '버킷 정책' });
			expect(shown.length).toBeGreaterThan(0);
			expect(shown.every((lead) => lead.notice === 'spelling')).toBe(true);
		});
	});

	test('a search aborted during its look-up tries no correction and rejects with the reason', async () => {
		const index = fakeIndex(pages);
		const controller = new AbortController();
		const search = index.search.bind(index);
		index.search = async (query) => {
			controller.abort(new Error('typed on'));
			return search(query);
		};
		const outcome = cascadeFor(index).search('버깃 정책', { signal: controller.signal });
		await expect(outcome).rejects.toThrow('typed on');
		// Not aborted, the same query is corrected to 버킷 정책 (see above).
		expect(index.queries).not.toContain('버킷 정책');
		expect(index.queries.length).toBeGreaterThan(0);
	});

	test('a search aborted before it starts looks nothing up, not even the name its 초성 begin', async () => {
		const index = fakeIndex(pages);
		const controller = new AbortController();
		controller.abort(new Error('typed on'));
		await expect(cascadeFor(index).search('ㅂㅋ ㅈㅊ', { signal: controller.signal })).rejects.toThrow('typed on');
		expect(index.queries).toEqual([]);
	});

	test('literal search takes the query as typed, with no correction', async () => {
		const index = fakeIndex(pages);
		const outcome = await cascadeFor(index).search('ㅂㅋ', { literal: true });
		expect(outcome.notice).toBeUndefined();
		expect(index.queries.every((query) => query === 'ㅂㅋ')).toBe(true);
	});
});
