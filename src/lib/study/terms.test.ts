import { describe, expect, test } from 'vitest';
import { readSitePages } from '../../../test-support/site-pages.ts';
import { dictionary } from '../glossary/dictionary/index.ts';
import type { DictionaryEntry } from '../glossary/dictionary/types.ts';
import { glossary, type GlossaryEntry } from '../glossary/entries.ts';
import { homeHref } from '../glossary/links.ts';
import { siteTermsOf } from '../glossary/site-pages.ts';
import { buildSiteTerms, type SiteTerm } from '../glossary/term-homes.ts';
import { outlineNote } from '../search/note-outline.ts';
import { areSynonyms, nameKey } from './quiz.ts';
import { glossaryTermId, termsFromSite } from './terms.ts';

const siteTerms = siteTermsOf(readSitePages()).terms;
const terms = termsFromSite(siteTerms);

describe('termsFromSite on the site', () => {
	test('every glossary entry is one study term under its glossary id, so stored progress still applies', () => {
		for (const entry of glossary) {
			expect(terms.filter((term) => term.id === glossaryTermId(entry)).map((term) => term.term)).toEqual([entry.term]);
		}
		expect(new Set(terms.map((term) => term.id)).size).toBe(terms.length);
	});

	test('dictionary terms the notes use join under their dictionary id', () => {
		const fromDictionary = siteTerms.filter((term) => term.origin === 'dictionary');
		expect(fromDictionary.length).toBeGreaterThan(0);
		for (const term of fromDictionary) expect(terms.map((study) => study.id)).toContain(term.dictionary!.id);
	});

	test('no two study terms are the same concept: none shares a name with another', () => {
		const pairs = terms.flatMap((a, index) =>
			terms.slice(index + 1).flatMap((b) => (areSynonyms(a, b) ? [`${a.id} ~ ${b.id}`] : [])),
		);
		expect(pairs).toEqual([]);
	});

	test('every dictionary entry is at most one study term', () => {
		for (const entry of dictionary) {
			const keys = [entry.korean, entry.english, ...(entry.variants ?? [])].map(nameKey);
			const holders = terms.filter((term) => term.names.some((name) => keys.includes(nameKey(name))));
			expect(holders.length, entry.id).toBeLessThanOrEqual(1);
		}
	});

	test('home anchors match the links of the 용어집', () => {
		for (const siteTerm of siteTerms) {
			const study = terms.find((term) => term.term === siteTerm.term);
			if (!study) continue;
			const [page, anchor] = homeHref(siteTerm.home).split('#');
			expect(page).toBe(study.home.page === 'index' ? '/' : `/${study.home.page}/`);
			expect(study.home.anchor).toBe(anchor);
		}
	});
});

// A tiny glossary and dictionary: the adapter's rules, not the data, are under test here.
const sections = [
	{ label: 'EC2 개념', slugs: ['security-groups', 'lifecycle'] },
	{ label: 'S3', slugs: ['s3-basics'] },
];
const glossaryEntries: GlossaryEntry[] = [
	{
		term: '보안그룹',
		english: 'Security Group',
		abbreviations: ['SG'],
		aliases: ['방화벽'],
		definition: '인스턴스의 트래픽을 제어하는 가상 방화벽.',
		page: 'security-groups',
	},
	{ term: '중지', english: 'Stop', definition: '인스턴스를 멈춘 상태로 두는 것.', page: 'lifecycle' },
];
const dictionaryEntries: DictionaryEntry[] = [
	{
		id: 'vpc-security-group',
		korean: '보안 그룹',
		variants: ['시큐리티 그룹'],
		english: 'Security group',
		service: 'VPC',
		definition: '사전의 정의.',
	},
	{ id: 's3-bucket', korean: '버킷', english: 'Bucket', service: 'S3', definition: '객체를 담는 컨테이너이다.' },
];
const outlines = [
	outlineNote('security-groups', '보안그룹', '## 보안 그룹\n\n시큐리티 그룹이라고도 한다.\n'),
	outlineNote('lifecycle', '라이프사이클', '## 인스턴스 상태\n\n중지하면 요금이 없다. Start(시작)\n'),
	outlineNote('s3-basics', 'S3', '## 버킷\n\n버킷에 객체를 담는다.\n'),
];
const small = termsFromSite(
	buildSiteTerms({ glossary: glossaryEntries, dictionary: dictionaryEntries, outlines }),
	sections,
);
const byTerm = (term: string) => small.find((item) => item.term === term)!;

describe('termsFromSite rules', () => {
	test('a glossary term and a dictionary entry spaced differently are one study term, with the glossary id', () => {
		expect(small.filter((term) => term.names.map(nameKey).includes(nameKey('보안 그룹')))).toHaveLength(1);
		expect(byTerm('보안그룹')).toMatchObject({
			id: 'security-group',
			broaderKind: 'VPC',
			definition: glossaryEntries[0]!.definition,
		});
	});

	test('names hold every name once: term, English, abbreviations, aliases and merged dictionary names', () => {
		expect(byTerm('보안그룹').names).toEqual(['보안그룹', 'Security Group', 'SG', '방화벽', '시큐리티 그룹']);
	});

	test('a dictionary term keeps its id and definition; a note pair without a definition is not a study term', () => {
		expect(byTerm('버킷')).toMatchObject({ id: 's3-bucket', definition: '객체를 담는 컨테이너이다.' });
		expect(small.map((term) => term.term)).not.toContain('시작');
	});

	test.each([
		['보안그룹', 'security-groups', 'VPC', { page: 'security-groups' }],
		['중지', 'lifecycle', 'EC2 개념', { page: 'lifecycle' }],
		['버킷', 's3-basics', 'S3', { page: 's3-basics', anchor: '버킷', heading: '버킷' }],
	])(
		'%s: kind %s (home page), broader kind %s (service, else sidebar group), home %o',
		(name, kind, broaderKind, home) => {
			expect(byTerm(name)).toMatchObject({ kind, broaderKind });
			expect(byTerm(name).home).toEqual(home);
		},
	);

	test('a home page outside every sidebar group falls back to the first group', () => {
		const outside: SiteTerm = {
			...buildSiteTerms({ glossary: glossaryEntries, dictionary: [], outlines })[1]!,
			home: { page: 'index', slug: '' },
		};
		expect(termsFromSite([outside], sections)[0]!.broaderKind).toBe('EC2 개념');
	});
});
