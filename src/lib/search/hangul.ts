/**
 * The Hangul code-point ranges, written once for every module that tells Hangul from other text.
 * es-hangul has no string-level predicate for this (its `canBeChoseong` and friends judge one jamo), so
 * the ranges live here: the `*_RANGE` strings go inside larger character classes, the functions cover the
 * common tests.
 */

/** Precomposed syllables 가–힣 (U+AC00–U+D7A3), as the body of a character class. */
export const SYLLABLE_RANGE = '\\uac00-\\ud7a3';
/** Compatibility consonants ㄱ–ㅎ (U+3131–U+314E): what typing a consonant alone produces. */
export const CONSONANT_RANGE = '\\u3131-\\u314e';
/** All compatibility jamo ㄱ–ㆎ (U+3131–U+318E): consonants and vowels typed alone. */
export const JAMO_RANGE = '\\u3131-\\u318e';

const ANY_SYLLABLE = new RegExp(`[${SYLLABLE_RANGE}]`);
const ONLY_SYLLABLES = new RegExp(`^[${SYLLABLE_RANGE}]+$`);
const SYLLABLE_RUNS = new RegExp(`[${SYLLABLE_RANGE}]+`, 'g');

/** True when `text` holds at least one Hangul syllable (`탄력적IP`, `EIP를`; not `ㅂㅇ`, not `EC2`). */
export function hasHangul(text: string): boolean {
	return ANY_SYLLABLE.test(text);
}

/** True when `text` is one or more Hangul syllables and nothing else (`보안그룹`; not `보안 그룹`, not `EIP를`). */
export function isHangulWord(text: string): boolean {
	return ONLY_SYLLABLES.test(text);
}

/** The runs of Hangul syllables in `text`, in order (`보안그룹(SG)과 ENI` → `보안그룹`, `과`). */
export function hangulRuns(text: string): string[] {
	return text.match(SYLLABLE_RUNS) ?? [];
}
