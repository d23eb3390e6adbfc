import { describe, expect, test } from 'vitest';
import { noteSlugs } from '../site/sidebar.ts';
import {
	MASK,
	areConfusable,
	areSynonyms,
	quizFeedback,
	leavesEnoughClue,
	maskNames,
	nameKey,
	pickDistractors,
	quizForPage,
} from './quiz.ts';
import { readSitePages } from '../../../test-support/site-pages.ts';
import { siteTermsOf } from '../glossary/site-pages.ts';
import { termsFromSite, type StudyTerm } from './terms.ts';

// The site's real terms (glossary and the dictionary terms the notes use), as the build gives them.
const siteTerms = termsFromSite(siteTermsOf(readSitePages()).terms);

function term(id: string, kind: string, names: string[] = [id], broaderKind = 'all'): StudyTerm {
	return { id, term: names[0]!, names, definition: `${id}의 정의`, kind, broaderKind, home: { page: kind } };
}

describe('maskNames', () => {
	test.each([
		['탄력적 IP 주소를 만든다', ['탄력적 IP', '탄력적 IP 주소'], `${MASK}를 만든다`],
		['보안 그룹과 보안그룹', ['보안그룹'], `${MASK}과 ${MASK}`],
		['elastic ip와 Elastic IP', ['Elastic IP'], `${MASK}와 ${MASK}`],
		['가상서버(VM)다', ['가상서버', 'VM'], `${MASK}(${MASK})다`],
		['a+b (c)', ['a+b', '(c)'], `${MASK} ${MASK}`],
		['Amazon의 AZ는 RIGHT가 아니다', ['AZ', 'RI'], `Amazon의 ${MASK}는 RIGHT가 아니다`],
		['VPC2와 VPC', ['VPC'], `VPC2와 ${MASK}`],
		['아무 이름 없음', [], '아무 이름 없음'],
	])('%s masked by %o → %s', (text, names, masked) => {
		expect(maskNames(text, names)).toBe(masked);
	});
});

test.each([
	[['보안그룹', 'SG'], ['보안 그룹'], true],
	[['Elastic IP'], ['elastic ip'], true],
	[['퍼블릭 IP'], ['프라이빗 IP'], false],
])('names %o and %o are synonyms: %s', (a, b, expected) => {
	expect(areSynonyms(term('a', 'k', a), term('b', 'k', b))).toBe(expected);
	expect(nameKey(a[0]!) === nameKey(b[0]!)).toBe(expected);
});

test.each([
	[['보안그룹', '방화벽'], ['상태 저장 방화벽'], true],
	[['보안그룹'], ['보안그룹 규칙'], true],
	[['AMI'], ['AWS Marketplace AMI'], true],
	[['IP'], ['Elastic IP'], false],
	[['중지'], ['종료'], false],
])('a name of %o inside a name of %o makes them confusable: %s', (a, b, expected) => {
	expect(areConfusable(term('a', 'k', a), term('b', 'k', b))).toBe(expected);
	expect(areConfusable(term('b', 'k', b), term('a', 'k', a))).toBe(expected);
});

test.each([
	['pending, running 중 현재 상태', `${MASK}, ${MASK} 중 현재 ${MASK}`, false],
	['인스턴스를 다시 부팅하는 것', '인스턴스를 다시 부팅하는 것', true],
	['외부에서 인스턴스로 들어오는 트래픽', `외부에서 인스턴스로 ${MASK}`, true],
	[
		'인스턴스에 연결하는 블록 스토리지 볼륨으로, 중지된 인스턴스라도 볼륨 비용은 청구되는 저장 장치',
		`인스턴스에 연결하는 블록 ${MASK} ${MASK}으로, 중지된 인스턴스라도 ${MASK} 비용은 청구되는 저장 장치`,
		false,
	],
])('masking %s as %s leaves enough clue: %s', (definition, prompt, expected) => {
	expect(leavesEnoughClue(definition, prompt)).toBe(expected);
});

describe('pickDistractors', () => {
	test('takes the same kind first, then the broader kind, then any term', () => {
		const answer = term('answer', 'eni', ['answer'], 'network');
		const terms = [
			answer,
			term('same-kind', 'eni', ['same-kind'], 'network'),
			term('other-topic', 'ami', ['other-topic'], 'images'),
			term('same-group', 'vpc', ['same-group'], 'network'),
		];
		expect(pickDistractors(answer, terms, 'seed').map((t) => t.id)).toEqual(['same-kind', 'same-group', 'other-topic']);
	});

	test('never falls back to a synonym, even when choices run short', () => {
		const answer = term('sg', 'k', ['보안그룹', 'SG']);
		const terms = [
			answer,
			term('alias', 'k', ['보안 그룹']),
			term('abbr', 'other', ['sg']),
			term('rule', 'k', ['규칙']),
		];
		expect(pickDistractors(answer, terms, 'seed').map((t) => t.id)).toEqual(['rule']);
	});

	test('does not offer two choices that mean the same', () => {
		const answer = term('a', 'k');
		const terms = [answer, term('b', 'k', ['비']), term('b2', 'k', ['비']), term('c', 'k'), term('d', 'k')];
		const picked = pickDistractors(answer, terms, 'seed');
		expect(picked).toHaveLength(3);
		expect(picked.filter((t) => t.term === '비')).toHaveLength(1);
	});
});

describe.each(noteSlugs.map((page) => [page]))('questions of %s', (page) => {
	const questions = quizForPage(page, siteTerms);
	const onPage = siteTerms.filter((t) => t.home.page === page && !t.mentionedOnly);

	test('has between one and five questions when the page has terms, all about terms at home there', () => {
		expect(questions.length).toBe(Math.min(5, onPage.length));
		for (const question of questions) expect(question.answer.home.page).toBe(page);
		expect(new Set(questions.map((q) => q.answer.id)).size).toBe(questions.length);
	});

	test('every question has four distinct choices and exactly one correct, the answer', () => {
		for (const { choices, answer } of questions) {
			expect(choices).toHaveLength(4);
			expect(new Set(choices.map((c) => c.label)).size).toBe(4);
			expect(choices.filter((c) => c.correct).map((c) => c.id)).toEqual([answer.id]);
		}
	});

	test('no distractor is a name of the answer, and the prompt contains none of them', () => {
		for (const { choices, answer, prompt } of questions) {
			const answerKeys = answer.names.map(nameKey);
			for (const choice of choices.filter((c) => !c.correct)) {
				const distractor = siteTerms.find((t) => t.id === choice.id)!;
				for (const name of distractor.names) expect(answerKeys).not.toContain(nameKey(name));
			}
			for (const name of answer.names) expect(nameKey(prompt)).not.toContain(nameKey(name));
			expect(prompt).not.toBe('');
		}
	});

	test('distractors come from the same kind while it has usable terms', () => {
		for (const { choices, answer } of questions) {
			const chosen = choices.filter((c) => !c.correct).map((c) => siteTerms.find((t) => t.id === c.id)!);
			if (chosen.every((t) => t.kind === answer.kind)) continue;
			// A distractor of another kind: every term of the answer's kind is already a choice or confusable.
			const unused = siteTerms.filter(
				(t) =>
					t.kind === answer.kind &&
					t.id !== answer.id &&
					!chosen.includes(t) &&
					!areConfusable(t, answer) &&
					!chosen.some((other) => areConfusable(other, t)),
			);
			expect(unused.map((t) => t.id)).toEqual([]);
		}
	});

	test('no two choices are confusable: none holds a name of another', () => {
		for (const { choices } of questions) {
			const terms = choices.map((c) => siteTerms.find((t) => t.id === c.id)!);
			for (const [i, a] of terms.entries()) for (const b of terms.slice(i + 1)) expect(areConfusable(a, b)).toBe(false);
		}
	});
});

test('the same input gives the same questions, whatever the order of the terms', () => {
	const shuffled = [...siteTerms].reverse();
	for (const page of noteSlugs) expect(quizForPage(page, shuffled)).toEqual(quizForPage(page, siteTerms));
});

test('a page without terms gets no questions, one with a single term gets one', () => {
	const terms = [term('a', 'one'), term('b', 'k'), term('c', 'k'), term('d', 'k')];
	expect(quizForPage('none', terms)).toEqual([]);
	expect(quizForPage('one', terms).map((q) => q.answer.id)).toEqual(['a']);
});

test('a term the page only mentions is a distractor, never a question', () => {
	const mentioned: StudyTerm = { ...term('a', 'k'), mentionedOnly: true };
	const terms = [mentioned, term('b', 'k'), term('c', 'k'), term('d', 'k'), term('e', 'k')];
	const questions = quizForPage('k', terms);
	expect(questions.length).toBeGreaterThan(0);
	expect(questions.map((q) => q.answer.id)).not.toContain('a');
	expect(questions.flatMap((q) => q.choices.map((choice) => choice.id))).toContain('a');
});

test('on the real site no question asks about a term its page only mentions', () => {
	const asked = noteSlugs.flatMap((page) => quizForPage(page, siteTerms).map((q) => q.answer));
	expect(asked.length).toBeGreaterThan(0);
	expect(asked.filter((answer) => answer.mentionedOnly)).toEqual([]);
});

test('a term without three possible distractors is not asked', () => {
	expect(quizForPage('k', [term('a', 'k'), term('b', 'k'), term('c', 'k')])).toEqual([]);
});

test.each([
	[1, true, '탄력적 IP', '1번 정답입니다.'],
	[3, false, '보안그룹', '3번 오답입니다. 정답은 보안그룹입니다.'],
])('feedback for question %i (correct: %s, answer %s) reads %s', (number, correct, answer, text) => {
	expect(quizFeedback(number, correct, answer)).toBe(text);
});
