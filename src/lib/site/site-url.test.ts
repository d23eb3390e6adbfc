import { describe, expect, test } from 'vitest';
import { normalizeBasePath, normalizeSiteUrl, SiteConfigError, withBase } from './site-url.ts';

describe('normalizeBasePath', () => {
	test.each([
		[undefined, '/'],
		['', '/'],
		['  ', '/'],
		['/', '/'],
		['aws-ec2-notes', '/aws-ec2-notes'],
		['/aws-ec2-notes', '/aws-ec2-notes'],
		['/aws-ec2-notes/', '/aws-ec2-notes'],
		[' /aws-ec2-notes// ', '/aws-ec2-notes'],
		['/docs/aws-ec2-notes/', '/docs/aws-ec2-notes'],
	])('normalises %j to %j', (input, expected) => {
		expect(normalizeBasePath(input)).toBe(expected);
	});

	test.each(['https://example.github.io/notes', '//cdn.example.com', '/a/../b', '/notes?x=1', '/my notes', '/노트'])(
		'rejects %j with a message naming BASE_PATH',
		(input) => {
			expect(() => normalizeBasePath(input)).toThrow(SiteConfigError);
			expect(() => normalizeBasePath(input)).toThrow(/BASE_PATH/);
		},
	);
});

describe('normalizeSiteUrl', () => {
	test.each([
		[undefined, undefined],
		['', undefined],
		['https://owner.github.io', 'https://owner.github.io'],
		['https://owner.github.io/', 'https://owner.github.io'],
		['http://127.0.0.1:4327', 'http://127.0.0.1:4327'],
	])('normalises %j to %j', (input, expected) => {
		expect(normalizeSiteUrl(input)).toBe(expected);
	});

	test.each(['owner.github.io', 'ftp://owner.github.io', 'https://owner.github.io/aws-ec2-notes'])(
		'rejects %j with a message naming SITE_URL',
		(input) => {
			expect(() => normalizeSiteUrl(input)).toThrow(/SITE_URL/);
		},
	);
});

describe('withBase', () => {
	test.each([
		['/', '/eni/', '/eni/'],
		['/aws-ec2-notes', '/eni/', '/aws-ec2-notes/eni/'],
		['/aws-ec2-notes', '/', '/aws-ec2-notes/'],
		['/aws-ec2-notes', '/placement-groups/#유형', '/aws-ec2-notes/placement-groups/#유형'],
		['/aws-ec2-notes', '/aws-ec2-notes/eni/', '/aws-ec2-notes/eni/'],
		['/aws-ec2-notes', 'https://docs.aws.amazon.com/ec2/', 'https://docs.aws.amazon.com/ec2/'],
		['/aws-ec2-notes', '//example.com/x', '//example.com/x'],
		['/aws-ec2-notes', '#유형', '#유형'],
		['/aws-ec2-notes', '../eni/', '../eni/'],
	])('with base %j turns %j into %j', (base, href, expected) => {
		expect(withBase(base, href)).toBe(expected);
	});
});
