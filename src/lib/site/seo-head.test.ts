import { expect, test } from 'vitest';
import { applyNoteSeo, withoutCanonical, type HeadEntry } from './seo-head.ts';

const starlightHead: HeadEntry[] = [
	{ tag: 'title', content: 'EC2란? | AWS EC2 학습 노트' },
	{ tag: 'meta', attrs: { property: 'og:title', content: 'EC2란?' } },
	{ tag: 'meta', attrs: { property: 'og:description', content: 'site description' } },
	{ tag: 'meta', attrs: { name: 'description', content: 'site description' } },
];

test('seoTitle and seoDescription replace the title and descriptions', () => {
	const head = applyNoteSeo(
		starlightHead,
		{ seoTitle: 'AWS EC2 개념', seoDescription: '핵심 개념', tags: [] },
		'AWS EC2 학습 노트',
	);
	expect(head.find((entry) => entry.tag === 'title')?.content).toBe('AWS EC2 개념 | AWS EC2 학습 노트');
	expect(head.filter((entry) => entry.attrs?.['content'] === '핵심 개념')).toHaveLength(2);
	expect(head.find((entry) => entry.attrs?.['property'] === 'og:title')?.attrs?.['content']).toBe('AWS EC2 개념');
});

test('a page without SEO fields keeps Starlight head untouched', () => {
	expect(applyNoteSeo(starlightHead, { tags: [] }, 'AWS EC2 학습 노트')).toEqual(starlightHead);
});

test('date and tags become article meta tags', () => {
	const head = applyNoteSeo([], { datePublished: new Date('2025-06-25T11:36:50Z'), tags: ['ec2', 'aws'] }, 'site');
	expect(head).toEqual([
		{ tag: 'meta', attrs: { property: 'article:published_time', content: '2025-06-25T11:36:50.000Z' } },
		{ tag: 'meta', attrs: { property: 'article:tag', content: 'ec2' } },
		{ tag: 'meta', attrs: { property: 'article:tag', content: 'aws' } },
	]);
});

test('seoDescription adds a description when Starlight had none', () => {
	const head = applyNoteSeo([{ tag: 'title', content: 't' }], { seoDescription: '설명', tags: [] }, 'site');
	expect(head).toContainEqual({ tag: 'meta', attrs: { name: 'description', content: '설명' } });
});

test('withoutCanonical drops the canonical link and og:url only', () => {
	const head: HeadEntry[] = [
		{ tag: 'link', attrs: { rel: 'canonical', href: 'https://x/404/' } },
		{ tag: 'meta', attrs: { property: 'og:url', content: 'https://x/404/' } },
		{ tag: 'link', attrs: { rel: 'sitemap', href: '/sitemap-index.xml' } },
	];
	expect(withoutCanonical(head)).toEqual([head[2]]);
});
