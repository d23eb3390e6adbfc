import { describe, expect, test } from 'vitest';
import { frontMatterCuid, originalPath, pagesOfOriginal, type DocsPageId } from './originals.ts';

describe('originalPath', () => {
	test('keeps an export under notes/ by its slug', () => {
		expect(originalPath('s3-basics')).toBe('notes/s3-basics.md');
	});
});

describe('frontMatterCuid', () => {
	test.each([
		[
			'a Hashnode export',
			'---\ntitle: "A"\ncuid: cmcbvq2c0000y02l17o2dbkhs\nslug: a\n\n---\n\n## A',
			'cmcbvq2c0000y02l17o2dbkhs',
		],
		['a page with a quoted cuid', '---\ntitle: A\ncuid: "cmd0vpc000000"\n---\nbody', 'cmd0vpc000000'],
		['Windows line endings', '---\r\ntitle: A\r\ncuid: c1\r\n---\r\n', 'c1'],
		['no cuid', '---\ntitle: A\n---\n', undefined],
		['an empty cuid', '---\ntitle: A\ncuid: ""\n---\n', undefined],
		['no front matter', '## cuid: c1\n', undefined],
	])('reads %s', (_, text, expected) => {
		expect(frontMatterCuid(text)).toBe(expected);
	});
});

describe('pagesOfOriginal', () => {
	const pages: DocsPageId[] = [
		{ id: 'index', cuid: 'ec2' },
		{ id: 'eni', cuid: 'ec2' },
		{ id: 'glossary' },
		{ id: 's3-basics', cuid: 's3' },
		{ id: 'vpc' },
	];

	test.each([
		['a note split by hand: every page with its cuid', { slug: 'aws-ec2', cuid: 'ec2' }, ['index', 'eni']],
		['an imported note: its own page', { slug: 's3-basics', cuid: 's3' }, ['s3-basics']],
		['an export without a cuid: the page named by its slug', { slug: 'vpc' }, ['vpc']],
		['an export no page was made from', { slug: 'rds', cuid: 'rds' }, []],
		['pages without a cuid never match an export without one', { slug: 'lambda' }, []],
	])('finds %s', (_, original, expected) => {
		expect(pagesOfOriginal(original, pages)).toEqual(expected);
	});
});
