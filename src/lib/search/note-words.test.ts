import { expect, test } from 'vitest';
import { stripParticle } from './normalize.ts';
import { noteWords, splitCompound } from './note-words.ts';

const words = noteWords([
	'버킷 이름은 고유해야 함. 버킷을 만들고 버킷 정책을 붙인다.',
	'인터넷 게이트웨이를 두고, 게이트웨이 하나로 나간다.',
	'인스턴스를 시작하고 인스턴스는 중지된다.',
	'서브넷의 대역',
]);

test.each([
	['a word written bare', '버킷'],
	['a word written only with particles, after two different ones', '인스턴스'],
	['a word that ends like a particle', '게이트웨이'],
	['a compound part', '정책'],
])('%s is a word: %s', (_, word) => {
	expect(words).toContain(word);
});

test.each([
	['a written word plus a particle', '버킷을'],
	['another', '게이트웨이를'],
])('%s is not: %s', (_, word) => {
	expect(words).not.toContain(word);
});

test("the notes' words decide where a particle ends", () => {
	const known = new Set(words);
	expect(stripParticle('버킷이란', known)).toBe('버킷');
	expect(stripParticle('게이트웨이', known)).toBe('게이트웨이');
	expect(stripParticle('인스턴스에서는', known)).toBe('인스턴스');
});

test.each([
	['버킷정책', ['버킷', '정책']],
	['인터넷게이트웨이', ['인터넷', '게이트웨이']],
	['버킷이름정책', ['버킷', '이름', '정책']],
	['버킷정', undefined],
	['모르는말', undefined],
])('splitCompound(%s) → %j', (word, parts) => {
	expect(splitCompound(word, new Set([...words, '이름']))).toEqual(parts);
});
