import { expect, test } from 'vitest';
import { glossary } from './entries.ts';
import { entryHref, sortedEntries } from './links.ts';
import { noteSlugs } from '../site/sidebar.ts';

test('every entry points at a page in the sidebar', () => {
	for (const entry of glossary) expect(['index', ...noteSlugs]).toContain(entry.page);
});

test.each([
	['탄력적 IP', '/elastic-ip/#elastic-ip'],
	['클러스터 배치그룹', '/placement-groups/#클러스터cluster-배치그룹'],
	['보안그룹', '/security-groups/'],
	['EC2', '/'],
])('%s links to %s', (term, href) => {
	expect(entryHref(glossary.find((entry) => entry.term === term)!)).toBe(href);
});

test('terms are sorted 가나다 with Latin after Hangul and no term twice', () => {
	const terms = sortedEntries(glossary).map((entry) => entry.term);
	expect(terms[0]).toBe('가상서버');
	expect(new Set(terms).size).toBe(terms.length);
	const firstLatin = terms.findIndex((term) => /^[A-Za-z]/.test(term));
	expect(terms.slice(firstLatin).every((term) => /^[A-Za-z]/.test(term))).toBe(true);
});
