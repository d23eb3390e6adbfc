/**
 * Forgiving search: what to search instead when a query finds nothing because of how it was typed:
 * initial consonants only (ㅂㅇㄱㄹ), the keyboard in the wrong layout (qhdksrmfnq, 댜ㅔ), or a near-miss
 * spelling (보안그릅). Matches against a vocabulary built from the glossary and the site's headings.
 */
import { convertHangulToQwerty, convertQwertyToHangul, disassemble, getChoseong } from 'es-hangul';
import { CONSONANT_RANGE, hasHangul, JAMO_RANGE, SYLLABLE_RANGE } from './hangul.ts';
import { compactText } from './normalize.ts';

/** A name a reader may be looking for, and where it is explained (root-relative) when known. */
export interface VocabularyItem {
	text: string;
	href?: string;
}

const CHOSEONG_ONLY = new RegExp(`^[${CONSONANT_RANGE}]+$`);
const NOT_CONSONANT = new RegExp(`[^${CONSONANT_RANGE}]`, 'g');
const LATIN_ONLY = /^[a-z\s]+$/i;
const HANGUL_ANY = new RegExp(`[${JAMO_RANGE}${SYLLABLE_RANGE}]`);

/** True for a query of two or more Hangul initial consonants and nothing else (spaces allowed). */
export function isChoseongQuery(raw: string): boolean {
	const compact = compactText(raw);
	return compact.length >= 2 && CHOSEONG_ONLY.test(compact);
}

/**
 * Vocabulary items whose initial-consonant sequence equals or starts with the query, exact matches first,
 * then shorter names (closer to what was typed). Duplicated texts are listed once.
 */
export function choseongMatches(raw: string, vocabulary: readonly VocabularyItem[]): VocabularyItem[] {
	if (!isChoseongQuery(raw)) return [];
	const query = compactText(raw);
	const scored = vocabulary.flatMap((item) => {
		const initials = getChoseong(compactText(item.text)).replace(NOT_CONSONANT, '');
		return initials.startsWith(query) ? [{ item, extra: initials.length - query.length }] : [];
	});
	scored.sort((a, b) => a.extra - b.extra || a.item.text.length - b.item.text.length);
	return unique(scored.map(({ item }) => item));
}

/**
 * The query as it was meant when typed in the other keyboard layout: Latin letters read as 두벌식 Hangul
 * (`qhdksrmfnq` → `보안그룹`), or Hangul read back as Latin (`댜ㅔ` → `eip`). Returned only when the result is a
 * name the site knows, so a correctly typed English word (`spread`) is never converted.
 */
export function layoutSlip(raw: string, isKnown: (text: string) => boolean): string | undefined {
	const query = raw.trim().toLowerCase();
	if (query === '') return undefined;
	if (LATIN_ONLY.test(query)) {
		const hangul = convertQwertyToHangul(query);
		return hasHangul(hangul) && isKnown(hangul) ? hangul : undefined;
	}
	if (HANGUL_ANY.test(query) && !/[a-z]/.test(query)) {
		const latin = convertHangulToQwerty(query).toLowerCase();
		return /^[a-z0-9\s]+$/.test(latin) && isKnown(latin) ? latin : undefined;
	}
	return undefined;
}

/** Levenshtein distance between two strings, by code point. */
export function editDistance(a: string, b: string): number {
	const left = [...a];
	const right = [...b];
	let previous = Array.from({ length: right.length + 1 }, (_, index) => index);
	for (let i = 1; i <= left.length; i++) {
		const current = [i];
		for (let j = 1; j <= right.length; j++) {
			const cost = left[i - 1] === right[j - 1] ? 0 : 1;
			current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
		}
		previous = current;
	}
	return previous[right.length]!;
}

/** Jamo of a name, remembered: the same few hundred vocabulary names are compared on every keystroke. */
const jamoCache = new Map<string, string>();
function jamoOf(text: string): string {
	let jamo = jamoCache.get(text);
	if (jamo === undefined) {
		jamo = disassemble(compactText(text));
		if (jamoCache.size < 5000) jamoCache.set(text, jamo);
	}
	return jamo;
}

/** Jamo-level distance (`보안그릅` and `보안그룹` differ in one vowel): typos are usually one key, not one syllable. */
export function jamoDistance(a: string, b: string): number {
	return editDistance(jamoOf(a), jamoOf(b));
}

/** The most jamo a query of this length may differ by and still count as a near miss. */
export function nearMissLimit(raw: string): number {
	const length = jamoOf(raw).length;
	return length < 4 ? 0 : length < 9 ? 1 : 2;
}

export interface NearMiss {
	item: VocabularyItem;
	distance: number;
}

/** The vocabulary items nearest to the query by jamo distance, within {@link nearMissLimit}, nearest first. */
export function nearMisses(raw: string, vocabulary: readonly VocabularyItem[], limit = 3): NearMiss[] {
	const allowed = nearMissLimit(raw);
	if (allowed === 0 || compactText(raw).length > 40) return [];
	const seen = new Set<string>();
	return vocabulary
		.flatMap((item) => {
			const key = compactText(item.text);
			if (seen.has(key)) return [];
			seen.add(key);
			// Names whose length alone puts them out of reach need no distance computed.
			if (Math.abs(jamoOf(item.text).length - jamoOf(raw).length) > allowed) return [];
			const distance = jamoDistance(raw, item.text);
			return distance > 0 && distance <= allowed ? [{ item, distance }] : [];
		})
		.sort((a, b) => a.distance - b.distance || a.item.text.length - b.item.text.length)
		.slice(0, limit);
}

/** The one suggestion clearly closer than the rest, if there is one: searched directly instead of only offered. */
export function clearWinner(misses: readonly NearMiss[]): NearMiss | undefined {
	const [first, second] = misses;
	return first && (!second || first.distance < second.distance) ? first : undefined;
}

function unique(items: readonly VocabularyItem[]): VocabularyItem[] {
	const seen = new Set<string>();
	return items.filter((item) => {
		const key = compactText(item.text);
		if (seen.has(key)) return false;
		seen.add(key);
		return true;
	});
}
