import { describe, expect, test } from 'vitest';
import { excerptWords, sectionExcerpt } from './pagefind-excerpt.ts';

const words = excerptWords('a b c d e f g h i j');
const at = (...locations: number[]) => locations.map((location) => ({ location, score: 1 }));

describe('excerptWords', () => {
	test.each([
		['white space of any kind', 'a  b\tc\nd', ['a', 'b', 'c', 'd']],
		['angle brackets escaped, as Pagefind escapes them', '<img> x', ['&lt;img&gt;', 'x']],
		['the byte-order mark is no separator', 'a\uFEFFb c', ['a\uFEFFb', 'c']],
	])('%s', (_, content, expected) => {
		expect(excerptWords(content)).toEqual(expected);
	});
});

// Expected excerpts worked out by hand, and checked against Pagefind 1.6's own calculate_excerpt_region and build_excerpt.
describe('sectionExcerpt', () => {
	test.each([
		['a match near the start: the first words', at(1), 0, undefined, 3, 'a <mark>b</mark> c'],
		[
			'the densest run, one word before it (as Pagefind counts)',
			at(6, 7),
			0,
			undefined,
			3,
			'f <mark>g</mark> <mark>h</mark>',
		],
		['a run of equally dense windows: its middle', at(5), 0, undefined, 3, 'd e <mark>f</mark>'],
		['within its section: never before its start', at(4), 3, 6, 3, 'd <mark>e</mark> f'],
		['a section shorter than the excerpt: all of it', at(8), 7, 9, 5, 'h <mark>i</mark>'],
		['no match: the section start', [], 2, undefined, 2, 'c d'],
		[
			'a heavier match beats two light ones',
			[...at(1, 2), { location: 8, score: 5 }],
			0,
			undefined,
			2,
			'h <mark>i</mark>',
		],
	])('%s', (_, matches, start, end, length, expected) => {
		expect(sectionExcerpt(words, matches, start, end, length)).toBe(expected);
	});
});
