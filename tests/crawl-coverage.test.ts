/** The shared check behind every whole-site gate in e2e/: a crawl that misses a sidebar page fails, loudly. */
import { describe, expect, test } from 'vitest';
import { assertCrawlCoversSidebar, sidebarPaths, type CrawledPage } from '../test-support/crawl.ts';
import { SITE_ROOT } from '../test-support/site.ts';
import { noteSlugs } from '../src/lib/site/sidebar.ts';

const page = (path: string, status = 200): CrawledPage => ({ url: `${SITE_ROOT}${path.slice(1)}`, status, html: '' });
const everySidebarPage = () => sidebarPaths().map((path) => page(path));

describe('sidebarPaths', () => {
	test('lists the home page, every note in reading order, the glossary, the review page and the tags page', () => {
		expect(sidebarPaths()).toEqual(['/', ...noteSlugs.map((slug) => `/${slug}/`), '/glossary/', '/review/', '/tags/']);
	});

	test('walks nested groups and links', () => {
		expect(sidebarPaths([{ link: '/' }, { items: ['a', { items: ['b', { link: '/c/' }] }] }])).toEqual([
			'/',
			'/a/',
			'/b/',
			'/c/',
		]);
	});
});

describe('assertCrawlCoversSidebar', () => {
	test('passes a crawl that reached every sidebar page and more', () => {
		expect(() => assertCrawlCoversSidebar([...everySidebarPage(), page('/404.html', 404)])).not.toThrow();
	});

	test.each([
		['an empty crawl', () => []],
		['a crawl that stopped at the home page', () => [page('/')]],
		['a crawl missing one note', () => everySidebarPage().filter(({ url }) => !url.endsWith('/eni/'))],
		[
			'a crawl where a sidebar page answered 404',
			() =>
				everySidebarPage().map((crawled) =>
					crawled.url.endsWith('/glossary/') ? { ...crawled, status: 404 } : crawled,
				),
		],
	])('fails %s, saying how many pages the sidebar lists', (_, pages) => {
		expect(() => assertCrawlCoversSidebar(pages())).toThrow(/but not all \d+ the sidebar lists/);
	});

	test('names the pages it missed', () => {
		expect(() => assertCrawlCoversSidebar([page('/')])).toThrow(`${SITE_ROOT}eni/`);
	});
});
