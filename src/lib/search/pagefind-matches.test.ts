import { describe, expect, test } from 'vitest';
import { fakePageText } from '../../../test-support/page-text.ts';
import { lookUpMatches, pageWords } from './pagefind-matches.ts';

// Words: 0 배치그룹(Placement 1 Groups) | 2 클러스터. 3 배치그룹은 4 짧은 5 지연시간 | 6 IP. 7 IP는 8 IPv6
const page = pageWords(
	fakePageText([
		['배치그룹(Placement Groups)', ''],
		['클러스터', '배치그룹은 짧은 지연시간'],
		['IP', 'IP는 IPv6'],
	]),
);

// Expected weights and scores from what Pagefind 1.6's look-ups returned on this site's pages (weighted_locations).
describe('lookUpMatches', () => {
	test.each([
		[
			'an h1 word equal to the query word, and a longer body word',
			'배치그룹',
			[
				{ location: 0, weight: 3.5, score: 3.5 ** 2 * 2.4 },
				{ location: 3, weight: 1, score: 1 },
			],
		],
		[
			'a part of a heading word, at half its weight',
			'placement',
			[{ location: 0, weight: 3.5, score: 3.5 ** 2 * 2.4 }],
		],
		['a whole word joined by punctuation, before its parts', '배치그룹pl', [{ location: 0, weight: 7, score: 49 }]],
		[
			'an h2 word, then longer words it begins',
			'ip',
			[
				{ location: 6, weight: 6, score: 36 * 2.4 },
				{ location: 7, weight: 1, score: 1 },
				{ location: 8, weight: 1, score: 1 },
			],
		],
		['every word of the query must be on the page', 'ip 서브넷', undefined],
		[
			'each word of a query of two',
			'클러스터 지연',
			[
				{ location: 2, weight: 6, score: 36 * 2.4 },
				{ location: 5, weight: 1, score: 1 },
			],
		],
	])('%s: %s', (_, query, expected) => {
		expect(lookUpMatches(page, query)).toEqual(expected);
	});
	test('headings are the page’s h1–h6 anchors, in page order', () => {
		expect(page.headings.map((heading) => heading.text)).toEqual(['배치그룹(Placement Groups)', '클러스터', 'IP']);
	});
});
