import { describe, expect, test } from 'vitest';
import { noteFrontmatter, tagSlug } from './note-frontmatter.ts';

describe('note front matter', () => {
	test('accepts a Hashnode export header', () => {
		const data = noteFrontmatter.parse({
			seoTitle: 'AWS EC2 개념',
			seoDescription: 'AWS의 EC2 서비스에 대한 핵심 개념을 정리했습니다.',
			datePublished: 'Wed Jun 25 2025 11:36:50 GMT+0000 (Coordinated Universal Time)',
			cuid: 'cmcbvq2c0000y02l17o2dbkhs',
			tags: 'ec2, aws',
		});
		expect(data.datePublished?.toISOString()).toBe('2025-06-25T11:36:50.000Z');
		expect(data.tags).toEqual(['ec2', 'aws']);
	});

	test.each([
		['a comma string', 'ec2, aws , ', ['ec2', 'aws']],
		['a list', ['EC2', 'Networking'], ['EC2', 'Networking']],
		['nothing', undefined, []],
	])('reads tags given as %s', (_, tags, expected) => {
		expect(noteFrontmatter.parse({ tags }).tags).toEqual(expected);
	});

	test("reads aliases: each term of the note with the author's other names for it", () => {
		const aliases = { '커스텀 AMI': ['custom ami', '사용자 AMI'] };
		expect(noteFrontmatter.parse({ aliases }).aliases).toEqual(aliases);
		expect(noteFrontmatter.parse({}).aliases).toBeUndefined();
	});

	test('accepts a YAML date object', () => {
		expect(noteFrontmatter.parse({ datePublished: new Date('2025-06-25') }).datePublished).toBeInstanceOf(Date);
	});

	test.each([
		['datePublished', { datePublished: 'sometime in June' }, /datePublished/],
		['datePublished', { datePublished: 42 }, /datePublished must be a date/],
		['tags', { tags: 5 }, /tags must be/],
		['tags', { tags: [1, 2] }, /tags/],
		['seoTitle', { seoTitle: '' }, /./],
		['aliases', { aliases: ['custom ami'] }, /aliases must map each term/],
		['aliases', { aliases: { '커스텀 AMI': 'custom ami' } }, /aliases: each term needs a list/],
		['aliases', { aliases: { '커스텀 AMI': ['custom ami', ''] } }, /aliases: a name must not be empty/],
	])('rejects a bad %s with a message naming the field', (field, input, message) => {
		const result = noteFrontmatter.safeParse(input);
		expect(result.success).toBe(false);
		const issue = result.error?.issues[0];
		expect(issue?.path[0]).toBe(field);
		expect(issue?.message).toMatch(message);
	});
});

test.each([
	['ec2', 'ec2'],
	['EC2', 'ec2'],
	[' Placement Group ', 'placement-group'],
])('tag %j gets URL slug %j', (tag, slug) => {
	expect(tagSlug(tag)).toBe(slug);
});
