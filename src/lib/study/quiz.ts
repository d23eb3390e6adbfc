import type { StudyTerm } from './terms.ts';

/** What stands in for every name of the answer in a question. */
export const MASK = '○○○';

/** Questions per page: fewer terms on a page give fewer questions (possibly none), never padding. */
export const MAX_QUESTIONS = 5;
export const CHOICES = 4;
/** Most blanks a question's prompt may have. */
const MAX_BLANKS = 2;

export interface QuizChoice {
	/** The term id this choice names. */
	id: string;
	label: string;
	correct: boolean;
}

export interface QuizQuestion {
	/** The definition with every name of the answer masked. */
	prompt: string;
	/** Exactly one choice is correct. */
	choices: QuizChoice[];
	answer: StudyTerm;
}

/**
 * 32-bit FNV-1a: a fixed, dependency-free hash, so the same page and terms give the same questions on every
 * build and machine (Math.random would make builds irreproducible).
 */
export function hash(text: string): number {
	let value = 0x811c9dc5;
	for (let index = 0; index < text.length; index++) {
		value ^= text.charCodeAt(index);
		value = Math.imul(value, 0x01000193);
	}
	return value >>> 0;
}

/** Compare key for names: case and spacing do not make a different name (`보안 그룹` = `보안그룹`). */
export function nameKey(name: string): string {
	return name.toLocaleLowerCase('ko').replace(/\s+/g, '');
}

/**
 * Replaces every occurrence of every name with ○○○, ignoring case and spacing, longest names first so
 * `탄력적 IP 주소` is masked whole rather than leaving `주소`.
 */
export function maskNames(text: string, names: readonly string[]): string {
	const patterns = [...names]
		.map((name) => name.replace(/\s+/g, ''))
		.filter((name) => name !== '')
		.sort((a, b) => b.length - a.length)
		.map((name) => {
			const pattern = [...name].map((char) => char.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\s*');
			// A Latin name (AZ, RI, SP) is a whole word: never masked inside Amazon or RIGHT. Korean particles may
			// follow it (AZ는), so only Latin letters and digits count as its neighbours.
			return /^[A-Za-z0-9]/.test(name) && /[A-Za-z0-9]$/.test(name)
				? `(?<![A-Za-z0-9])${pattern}(?![A-Za-z0-9])`
				: pattern;
		});
	if (patterns.length === 0) return text;
	return text.replace(new RegExp(patterns.join('|'), 'giu'), MASK);
}

/** True when two terms share a name, i.e. one would be a correct answer for the other. */
export function areSynonyms(a: StudyTerm, b: StudyTerm): boolean {
	const keys = new Set(a.names.map(nameKey));
	return b.names.some((name) => keys.has(nameKey(name)));
}

/**
 * True when two terms are synonyms or a name of one holds a name of the other (보안그룹 / 보안그룹 규칙,
 * 방화벽 / 상태 저장 방화벽): as choices of one question a reader could defend either. Names shorter than two
 * Hangul letters or three Latin ones are too common a part of other names to count.
 */
export function areConfusable(a: StudyTerm, b: StudyTerm): boolean {
	const keysA = a.names.map(nameKey);
	const keysB = b.names.map(nameKey);
	const holds = (outer: string, inner: string) =>
		inner.length >= (/[^\x00-\x7f]/.test(inner) ? 2 : 3) && outer.includes(inner);
	return keysA.some((x) => keysB.some((y) => x === y || holds(x, y) || holds(y, x)));
}

/**
 * A masked definition must leave something to recall from: when masking hides more than half of its
 * letters (a definition that is mostly a list of the term's own aliases), or leaves more than two blanks
 * (ordinary words among the aliases, such as 스토리지 for EBS, turn it into a riddle), the term is not asked.
 */
export function leavesEnoughClue(definition: string, prompt: string): boolean {
	const letters = (text: string) => text.replaceAll(MASK, '').replace(/[\s\p{P}]/gu, '').length;
	return letters(prompt) * 2 >= letters(definition) && prompt.split(MASK).length - 1 <= MAX_BLANKS;
}

/**
 * Three wrong choices for `answer`: other terms of the same kind first, then of the broader kind, then any
 * term, each tier in a seeded order. A synonym of the answer, or a term named like a choice already taken,
 * is never used. Returns fewer than three only when the whole set has too few terms.
 */
export function pickDistractors(answer: StudyTerm, terms: readonly StudyTerm[], seed: string): StudyTerm[] {
	const tiers = [
		(term: StudyTerm) => term.kind === answer.kind,
		(term: StudyTerm) => term.broaderKind === answer.broaderKind,
		() => true,
	];
	const chosen: StudyTerm[] = [];
	for (const inTier of tiers) {
		const pool = terms
			.filter((term) => term.id !== answer.id && inTier(term) && !chosen.includes(term))
			.sort((a, b) => hash(`${seed}:${a.id}`) - hash(`${seed}:${b.id}`) || a.id.localeCompare(b.id));
		for (const term of pool) {
			if (chosen.length === CHOICES - 1) return chosen;
			if (areConfusable(term, answer) || chosen.some((other) => areConfusable(other, term))) continue;
			chosen.push(term);
		}
	}
	return chosen;
}

/**
 * The 확인 문제 of one page: up to five of the terms whose home is that page (and that the page explains, not
 * only mentions: a question must be answerable from the page it ends), in a seeded order, each with its
 * masked definition and four choices in a seeded order. Terms without three possible distractors or without
 * enough clue left after masking are skipped, so a page may get fewer questions or none.
 */
export function quizForPage(page: string, terms: readonly StudyTerm[]): QuizQuestion[] {
	const questions: QuizQuestion[] = [];
	const candidates = terms
		.filter((term) => term.home.page === page && !term.mentionedOnly)
		.sort((a, b) => hash(`${page}:${a.id}`) - hash(`${page}:${b.id}`) || a.id.localeCompare(b.id));
	for (const answer of candidates) {
		if (questions.length === MAX_QUESTIONS) break;
		const prompt = maskNames(answer.definition, answer.names);
		if (!leavesEnoughClue(answer.definition, prompt)) continue;
		const seed = `${page}:${answer.id}`;
		const distractors = pickDistractors(answer, terms, seed);
		if (distractors.length < CHOICES - 1) continue;
		const choices = [answer, ...distractors]
			.map((term) => ({ id: term.id, label: term.term, correct: term === answer }))
			.sort((a, b) => hash(`${seed}:choice:${a.id}`) - hash(`${seed}:choice:${b.id}`) || a.id.localeCompare(b.id));
		questions.push({ prompt, choices, answer });
	}
	return questions;
}

/** What the reader sees and hears after choosing in question `number`. */
export function quizFeedback(number: number, correct: boolean, answer: string): string {
	return correct ? `${number}번 정답입니다.` : `${number}번 오답입니다. 정답은 ${answer}입니다.`;
}
