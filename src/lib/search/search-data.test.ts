import { expect, test } from 'vitest';
import type { SiteTerm } from '../glossary/term-homes.ts';
import type { NoteOutline, OutlineSection } from './note-outline.ts';
import { buildSearchData } from './search-data.ts';

const term = (name: string, english?: string): SiteTerm => ({
	term: name,
	...(english ? { english } : {}),
	abbreviations: [],
	aliases: [],
	origin: 'dictionary',
	home: { page: 'vpc', slug: '' },
	homeReason: 'heading',
	written: [],
});

const section = (heading: string, text: string, depth = 2): OutlineSection => ({
	heading,
	slug: heading,
	depth,
	text,
	rowHeads: [],
});

const outline = (id: string, title: string, sections: OutlineSection[]): NoteOutline => ({
	id,
	title,
	sections: [section(title, '', 1), ...sections],
});

// Two pages that repeat a heading, as a site of many similar notes does.
const outlines = [
	outline('vpc', 'VPC', [
		section('배포와 오리진', '배포는 오리진에서 콘텐츠를 가져온다.'),
		section('탄력적 IP 주소', '탄력적 IP 주소는 고정된다. 주소를 바꾸지 않는다.'),
	]),
	outline('cdn', 'CDN', [section('배포와 오리진', '오리진은 원본 서버다.')]),
];
const data = buildSearchData([term('탄력적 IP', 'Elastic IP')], outlines);

test.each([
	['a word of a heading that no name begins with', '오리진'],
	['another, the second word of its heading', '주소'],
])('%s is a name forgiving search corrects toward: %s', (_, word) => {
	expect(data.names).toContain(word);
});

test.each([
	['a heading word that begins a listed name (탄력적 IP)', '탄력적'],
	['a heading word that begins its own heading (배포와 오리진)', '배포'],
	['a word of no heading', '콘텐츠'],
])('%s is not a name of its own: %s', (_, word) => {
	expect(data.names).not.toContain(word);
});

test('every name is listed once, however many pages repeat its heading', () => {
	expect(data.names.filter((name) => name === '배포와 오리진')).toHaveLength(1);
	expect(data.names.filter((name) => name === '오리진')).toHaveLength(1);
	expect(new Set(data.names).size).toBe(data.names.length);
});

test('the terms, their English names and the headings come first, the heading words after', () => {
	expect(data.names.slice(0, 2)).toEqual(['탄력적 IP', 'Elastic IP']);
	expect(data.names.indexOf('배포와 오리진')).toBeLessThan(data.names.indexOf('오리진'));
});
