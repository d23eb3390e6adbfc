import { expect, test } from 'vitest';
import { glossary } from './entries.ts';
import { glossaryRows, homeHref } from './links.ts';
import type { SiteTerm } from './term-homes.ts';
import { noteSlugs } from '../site/sidebar.ts';

test('every entry points at a page in the sidebar', () => {
	for (const entry of glossary) expect(['index', ...noteSlugs]).toContain(entry.page);
});

test.each([
	[{ page: 'elastic-ip', section: 'Elastic IP', slug: 'elastic-ip' }, '/elastic-ip/#elastic-ip'],
	[{ page: 'placement-groups', slug: '클러스터cluster-배치그룹' }, '/placement-groups/#클러스터cluster-배치그룹'],
	[{ page: 'security-groups', slug: '' }, '/security-groups/'],
	[{ page: 'index', slug: '' }, '/'],
])('home %o links to %s', (home, href) => {
	expect(homeHref(home)).toBe(href);
});

const term = (name: string, definition?: string): SiteTerm => ({
	term: name,
	abbreviations: [],
	aliases: [],
	written: [name],
	...(definition ? { definition } : {}),
	origin: definition ? 'glossary' : 'note',
	home: { page: 'index', slug: '' },
	homeReason: 'heading',
});

test('the 용어집 lists terms with a definition, 가나다 first and Latin after Hangul', () => {
	const rows = glossaryRows([term('VPC', '정의'), term('보안그룹', '정의'), term('가상서버', '정의'), term('시작')]);
	expect(rows.map((row) => row.term)).toEqual(['가상서버', '보안그룹', 'VPC']);
});
