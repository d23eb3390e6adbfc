import { describe, expect, test } from 'vitest';
import sectionsData from '../lib/site/sidebar.json' with { type: 'json' };
import { addToSection, parseSections, type NoteSection } from './sidebar.ts';
import { noteSlugs, sidebar } from '../lib/site/sidebar.ts';

const sections: NoteSection[] = [
	{ label: 'EC2 개념', slugs: ['eni', 'ami'] },
	{ label: 'S3', slugs: ['s3-basics'] },
];

describe('parseSections', () => {
	test('accepts the repository sidebar data', () => {
		expect(parseSections(sectionsData, 'sidebar.json')[0]?.slugs).toContain('purchase-options');
	});

	test.each([
		['not a list', { label: 'x' }, /non-empty list/],
		['an empty list', [], /non-empty list/],
		['a section without a label', [{ slugs: ['eni'] }], /section 1 needs a non-empty "label"/],
		['a section without slugs', [{ label: 'EC2' }], /section 1 \("EC2"\) needs a "slugs" list/],
		['a slug with capitals', [{ label: 'EC2', slugs: ['ENI'] }], /invalid slug "ENI"/],
		['a slug with a slash', [{ label: 'EC2', slugs: ['a/b'] }], /invalid slug "a\/b"/],
		[
			'a slug in two sections',
			[
				{ label: 'A', slugs: ['eni'] },
				{ label: 'B', slugs: ['eni'] },
			],
			/section 2 \("B"\) repeats "eni", already in "A"/,
		],
	])('rejects %s, naming the file', (_, data, message) => {
		expect(() => parseSections(data, 'src/lib/site/sidebar.json')).toThrow(message);
		expect(() => parseSections(data, 'src/lib/site/sidebar.json')).toThrow(/^src\/lib\/site\/sidebar\.json: /);
	});
});

describe('addToSection', () => {
	test.each([
		['no label: the first section', undefined, 'appended', [['eni', 'ami', 'vpc'], ['s3-basics']]],
		[
			'an existing label',
			'S3',
			'appended',
			[
				['eni', 'ami'],
				['s3-basics', 'vpc'],
			],
		],
		[
			'a label with stray spaces',
			' S3 ',
			'appended',
			[
				['eni', 'ami'],
				['s3-basics', 'vpc'],
			],
		],
		['a new label: a new section at the end', 'VPC', 'created', [['eni', 'ami'], ['s3-basics'], ['vpc']]],
	])('%s', (_, label, kind, slugs) => {
		const result = addToSection(sections, 'vpc', label);
		expect(result.change.kind).toBe(kind);
		expect(result.sections.map((section) => section.slugs)).toEqual(slugs);
	});

	test('keeps a slug that is already listed where it is', () => {
		const result = addToSection(sections, 'ami', 'S3');
		expect(result.change).toEqual({ kind: 'unchanged', label: 'EC2 개념' });
		expect(result.sections).toEqual(sections);
	});

	test('leaves its input untouched', () => {
		const before = structuredClone(sections);
		addToSection(sections, 'vpc', 'S3');
		expect(sections).toEqual(before);
	});
});

test('the sidebar shows the overview link, each section from the data, then the glossary, review and tags', () => {
	expect(sidebar).toEqual([
		{ label: '개요', link: '/' },
		...sectionsData.map((section) => ({ label: section.label, items: section.slugs })),
		{ label: '찾아보기', items: ['glossary', 'review', { label: '태그', link: '/tags/' }] },
	]);
	expect(noteSlugs).toEqual(sectionsData.flatMap((section) => section.slugs));
});
