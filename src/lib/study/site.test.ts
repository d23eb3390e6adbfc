import { expect, test } from 'vitest';
import { noteSlugs } from '../site/sidebar.ts';
import { readSitePages } from '../../../test-support/site-pages.ts';
import { siteTermsOf } from '../glossary/site-pages.ts';
import { homeHref, homeLabel, noteQuiz, studyNotes, type NavEntry } from './site.ts';
import { termsFromSite } from './terms.ts';

const studyTerms = termsFromSite(siteTermsOf(readSitePages()).terms);

test.each([['index'], ['404'], ['glossary'], ['review'], ['tags']])('%s gets no 확인 문제', (page) => {
	expect(noteQuiz(page, studyTerms)).toEqual([]);
});

test.each(noteSlugs.map((page) => [page]))('note %s gets 확인 문제 about its own terms', (page) => {
	const questions = noteQuiz(page, studyTerms);
	expect(questions.length).toBeGreaterThan(0);
	for (const question of questions) expect(question.answer.home.page).toBe(page);
});

test('a newly imported note gets questions as soon as terms live there', () => {
	const page = noteSlugs[0]!;
	const moved = studyTerms.map((term) => ({ ...term, home: { page } }));
	expect(noteQuiz(page, moved)).toHaveLength(5);
});

test.each([
	[
		{ page: 'elastic-ip', anchor: 'elastic-ip', heading: 'Elastic IP' },
		'/elastic-ip/#elastic-ip',
		'‘Elastic IP’ 섹션에서 다시 읽기',
	],
	[{ page: 'security-groups' }, '/security-groups/#_top', '노트 처음부터 다시 읽기'],
	[{ page: 'index' }, '/#_top', '노트 처음부터 다시 읽기'],
])('home %o links to %s', (home, href, label) => {
	expect(homeHref(home)).toBe(href);
	expect(homeLabel(home)).toBe(label);
});

test('notes to filter by come in sidebar order with sidebar labels, only those with terms', () => {
	const sidebar: NavEntry[] = [
		{ type: 'link', label: '개요', href: '/base/' },
		{
			type: 'group',
			entries: [
				{ type: 'link', label: '배치그룹', href: '/base/placement-groups/' },
				{ type: 'link', label: '구매옵션', href: '/base/purchase-options/' },
			],
		},
		{ type: 'group', entries: [{ type: 'link', label: '용어집', href: '/base/glossary/' }] },
	];
	expect(studyNotes(sidebar, (path) => `/base${path}`, studyTerms)).toEqual([
		{ page: 'index', title: '개요' },
		{ page: 'placement-groups', title: '배치그룹' },
		{ page: 'purchase-options', title: '구매옵션' },
	]);
});
