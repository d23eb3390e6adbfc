import { siteTerms } from '../glossary/site-terms.ts';
import { noteSlugs, pagePath } from '../site/sidebar.ts';
import { quizForPage, type QuizQuestion } from './quiz.ts';
import { termsFromSite, type StudyTerm } from './terms.ts';

let cached: Promise<StudyTerm[]> | undefined;

/** Every study term of the site (build time), from the one adapter in terms.ts; computed once per build. */
export function studyTerms(): Promise<StudyTerm[]> {
	cached ??= siteTerms().then(({ terms }) => termsFromSite(terms));
	return cached;
}

/** The 확인 문제 of a docs page: only note pages get them (not the overview, 용어집, 복습 or 404). */
export function noteQuiz(pageId: string, terms: readonly StudyTerm[]): QuizQuestion[] {
	return noteSlugs.includes(pageId) ? quizForPage(pageId, terms) : [];
}

/** Root-relative link to where a term is explained (the page's title heading when it has no section). */
export function homeHref(home: StudyTerm['home']): string {
	return `${pagePath(home.page)}#${home.anchor ?? '_top'}`;
}

/** Link text for a term's home, naming the section when there is one. */
export function homeLabel(home: StudyTerm['home']): string {
	return home.heading ? `‘${home.heading}’ 섹션에서 다시 읽기` : '노트 처음부터 다시 읽기';
}

/** The shape of Starlight's route sidebar that the 복습 filter reads (Astro.locals.starlightRoute.sidebar). */
export type NavEntry = { type: 'link'; label: string; href: string } | { type: 'group'; entries: readonly NavEntry[] };

/**
 * The notes that have study terms, in sidebar order and named as the sidebar names them (short labels such
 * as 배치그룹), read from the route's sidebar so the filter needs no content-collection query.
 */
export function studyNotes(
	sidebar: readonly NavEntry[],
	withBasePath: (path: string) => string,
	terms: readonly StudyTerm[],
): { page: string; title: string }[] {
	const links = sidebar.flatMap(function flatten(entry): { label: string; href: string }[] {
		return entry.type === 'link' ? [entry] : entry.entries.flatMap(flatten);
	});
	const pages = [...new Set(terms.map((term) => term.home.page))];
	return links.flatMap((link) => {
		const page = pages.find((id) => withBasePath(pagePath(id)) === link.href);
		return page === undefined ? [] : [{ page, title: link.label }];
	});
}
