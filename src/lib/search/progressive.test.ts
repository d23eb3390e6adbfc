import { describe, expect, test } from 'vitest';
import type { SearchConcept } from './lexicon.ts';
import { rankAsLoaded, type IndexHit } from './progressive.ts';
import { rankResults, type PageMatch, type RankQuery } from './rank.ts';

const concept = (page: string): SearchConcept => ({ term: '보안그룹', page });
const urlOf = (entry: SearchConcept) => `/b/${entry.page}/`;

/** A page as one look-up returns it: a top section and, optionally, a section per heading. */
const page = (slug: string, score: number, text: string, headings: readonly string[] = []): PageMatch => ({
	url: `/b/${slug}/`,
	title: slug,
	score,
	excerpt: text,
	sections: [
		{ url: `/b/${slug}/#_top`, title: slug, excerpt: text, weight: 1 },
		...headings.map((heading) => ({ url: `/b/${slug}/#${heading}`, title: heading, excerpt: text, weight: 2 })),
	],
});

/**
 * Hits for the look-ups' pages; a page's load resolves after `delays[slug]` ms (default 0) and is recorded, so a
 * test can make pages arrive in any order.
 */
function hitsOf(sets: readonly (readonly PageMatch[])[], delays: Record<string, number> = {}) {
	const loads: string[] = [];
	const slug = (match: PageMatch) => match.url.split('/')[2]!;
	const hitSets: IndexHit[][] = sets.map((set) =>
		set.map((match) => ({
			id: slug(match),
			score: match.score,
			load: async () => {
				loads.push(slug(match));
				await new Promise((resolve) => setTimeout(resolve, delays[slug(match)] ?? 0));
				return match;
			},
		})),
	);
	return { hitSets, loads };
}

const single: RankQuery = { concepts: [concept('home')], otherWords: [], matchWords: ['보안그룹'] };
const twoParts: RankQuery = {
	concepts: [concept('home')],
	otherWords: ['규칙'],
	matchWords: ['보안그룹', '규칙'],
	queries: ['보안그룹 규칙', '보안그룹'],
};

/** Look-ups of a query, with the home page's place, ties and a page found by both look-ups. */
const scenarios: { name: string; sets: PageMatch[][]; query: RankQuery }[] = [
	{
		name: 'the home page below others by score',
		sets: [[page('a', 9, '보안그룹'), page('b', 8, '보안그룹'), page('home', 3, '보안그룹'), page('c', 2, '보안그룹')]],
		query: single,
	},
	{
		name: 'the home page not found',
		sets: [[page('a', 5, '보안그룹'), page('b', 5, '보안그룹'), page('c', 4, '보안그룹')]],
		query: single,
	},
	{
		name: 'two look-ups sharing a page, with equal scores',
		sets: [
			[page('a', 4, '보안그룹'), page('home', 4, '보안그룹'), page('b', 4, '보안그룹')],
			[page('c', 6, '보안 그룹'), page('a', 7, '보안 그룹')],
		],
		query: single,
	},
	{
		name: 'a query of two parts, where a heading naming both beats the home',
		sets: [
			[page('rules', 2, '보안그룹 규칙', ['보안그룹 규칙']), page('home', 5, '보안그룹 규칙')],
			[page('home', 9, '보안그룹'), page('x', 8, '보안그룹'), page('y', 1, '보안그룹')],
		],
		query: twoParts,
	},
	{
		name: 'two words, where a section showing both beats a better score',
		sets: [[page('one', 9, '보안그룹'), page('both', 1, '보안그룹 규칙'), page('other', 1, '규칙')]],
		query: { concepts: [], otherWords: ['보안그룹', '규칙'], matchWords: ['보안그룹', '규칙'] },
	},
	{
		name: 'a query of two parts, where a page the look-up of both parts found beats a better score',
		sets: [
			[page('both', 1, '보안그룹 규칙', ['보안그룹 규칙'])],
			[page('one', 9, '보안그룹 규칙', ['보안그룹 규칙']), page('home', 2, '보안그룹')],
		],
		query: twoParts,
	},
];

describe('rankAsLoaded', () => {
	const orders: { name: string; delays: (slugs: string[]) => Record<string, number> }[] = [
		{ name: 'in order', delays: () => ({}) },
		{ name: 'home page last', delays: () => ({ home: 20 }) },
		{
			name: 'last first',
			delays: (slugs) => Object.fromEntries(slugs.map((slug, index) => [slug, 5 * (slugs.length - index)])),
		},
	];

	describe.each(scenarios)('$name', ({ sets, query }) => {
		const complete = rankResults(sets, query, urlOf);
		const slugs = [...new Set(sets.flat().map((match) => match.url.split('/')[2]!))];

		test.each(orders)(
			'ends with the ranking of all pages when all are wanted (pages arriving $name)',
			async ({ delays }) => {
				const { hitSets } = hitsOf(sets, delays(slugs));
				const ranking = await rankAsLoaded(hitSets, query, urlOf);
				expect(ranking.results).toEqual(complete);
				expect(ranking.total).toBe(complete.length);
			},
		);

		test.each(
			orders.flatMap((order) => [
				{ ...order, known: 'no page' },
				{ ...order, known: 'every page' },
			]),
		)(
			'passes on only leading results of that ranking (pages arriving $name, $known known before)',
			async ({ delays, known }) => {
				const { hitSets } = hitsOf(sets, delays(slugs));
				const leads: string[][] = [];
				const knownPaths = new Map(known === 'every page' ? slugs.map((slug) => [slug, `/b/${slug}/`]) : []);
				const ranking = await rankAsLoaded(hitSets, query, urlOf, {
					limit: 2,
					concurrency: 2,
					knownPaths,
					onLead: (lead) => leads.push(lead.map((result) => result.url)),
				});
				const order = complete.map((result) => result.url);
				expect(leads.length).toBeGreaterThan(0);
				for (const lead of leads) expect(lead).toEqual(order.slice(0, lead.length));
				expect(ranking.results.length).toBeGreaterThanOrEqual(2);
				expect(ranking.results).toEqual(complete.slice(0, ranking.results.length));
			},
		);
	});

	test('stops loading once the results wanted are certain', async () => {
		const sets = [[page('home', 9, '보안그룹'), page('a', 8, '보안그룹'), page('b', 7, '보안그룹')]];
		const { hitSets, loads } = hitsOf(sets);
		const ranking = await rankAsLoaded(hitSets, single, urlOf, { limit: 1, concurrency: 1 });
		expect(loads).toEqual(['home']);
		expect(ranking.results.map((result) => result.url)).toEqual(['/b/home/']);
		expect(ranking.total).toBe(3);
	});

	test('loads every page while the home of the concept may be among them', async () => {
		const sets = [[page('a', 9, '보안그룹'), page('b', 8, '보안그룹'), page('home', 1, '보안그룹')]];
		const { hitSets, loads } = hitsOf(sets);
		const ranking = await rankAsLoaded(hitSets, single, urlOf, { limit: 1, concurrency: 1 });
		expect(loads).toEqual(['a', 'b', 'home']);
		expect(ranking.results[0]?.url).toBe('/b/home/');
	});

	test('does not load pages to look for a concept page known from an earlier search to be elsewhere', async () => {
		const sets = [[page('a', 9, '보안그룹'), page('b', 8, '보안그룹'), page('c', 7, '보안그룹')]];
		const { hitSets, loads } = hitsOf(sets);
		const knownPaths = new Map([['home', '/b/home/']]);
		const ranking = await rankAsLoaded(hitSets, single, urlOf, { limit: 1, concurrency: 1, knownPaths });
		expect(loads).toEqual(['a']);
		expect(ranking.results.map((result) => result.url)).toEqual(['/b/a/']);
		expect(knownPaths.get('a')).toBe('/b/a/');
	});

	test('loads a concept page known from an earlier search first', async () => {
		const sets = [[page('a', 9, '보안그룹'), page('b', 8, '보안그룹'), page('home', 1, '보안그룹')]];
		const { hitSets, loads } = hitsOf(sets);
		const knownPaths = new Map([['home', '/b/home/']]);
		await rankAsLoaded(hitSets, single, urlOf, { limit: 1, concurrency: 1, knownPaths });
		expect(loads).toEqual(['home']);
	});

	test('loads the first page alone, then `concurrency` pages at a time', async () => {
		const sets = [
			[page('a', 9, '보안그룹'), page('b', 8, '보안그룹'), page('c', 7, '보안그룹'), page('home', 1, '보안그룹')],
		];
		const { hitSets } = hitsOf(sets);
		let inFlight = 0;
		const widths: number[] = [];
		const counted = hitSets.map((set) =>
			set.map((hit) => ({
				...hit,
				load: async () => {
					widths.push(++inFlight);
					try {
						return await hit.load();
					} finally {
						inFlight -= 1;
					}
				},
			})),
		);
		await rankAsLoaded(counted, single, urlOf, { limit: 1, concurrency: 3 });
		expect(widths).toEqual([1, 1, 2, 3]);
	});

	test('keeps loading past the limit while asked to', async () => {
		const sets = [[page('home', 9, '보안그룹'), page('a', 8, '보안그룹'), page('b', 7, '규칙')]];
		const { hitSets, loads } = hitsOf(sets);
		const shows = (word: string) => (loaded: readonly { primary: { excerpt: string } }[]) =>
			!loaded.some((result) => result.primary.excerpt.includes(word));
		await rankAsLoaded(hitSets, single, urlOf, { limit: 1, concurrency: 1, wantsMore: shows('규칙') });
		expect(loads).toEqual(['home', 'a', 'b']);
	});

	test('stops loading pages once its signal is aborted, and rejects with its reason', async () => {
		const sets = [
			[page('a', 9, '보안그룹'), page('b', 8, '보안그룹'), page('c', 7, '보안그룹'), page('d', 6, '보안그룹')],
		];
		const { hitSets, loads } = hitsOf(sets);
		const controller = new AbortController();
		// The reader types on while the first page loads.
		const typedOn = hitSets.map((set) =>
			set.map((hit) => ({
				...hit,
				load: async () => {
					const match = await hit.load();
					controller.abort(new Error('typed on'));
					return match;
				},
			})),
		);
		await expect(rankAsLoaded(typedOn, single, urlOf, { signal: controller.signal })).rejects.toThrow('typed on');
		expect(loads).toEqual(['a']);
		await expect(rankAsLoaded(hitsOf(sets).hitSets, single, urlOf, { signal: controller.signal })).rejects.toThrow(
			'typed on',
		);
	});

	test('finds nothing without loading anything', async () => {
		const leads: unknown[] = [];
		const ranking = await rankAsLoaded([[], []], single, urlOf, { limit: 8, onLead: (lead) => leads.push(lead) });
		expect(ranking).toEqual({ results: [], loaded: [], total: 0 });
		expect(leads).toEqual([]);
	});
});
