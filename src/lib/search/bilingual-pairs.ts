/**
 * Korean–English name pairs the notes write themselves: `배치그룹(Placement Groups)`, `Elastic IP(탄력적 IP)`, and
 * tables whose first column names an English term. They let `placement group` find a note that writes 배치그룹
 * without anyone listing the pair by hand.
 */
import { hasHangul, SYLLABLE_RANGE } from './hangul.ts';
import type { NoteOutline } from './note-outline.ts';

export interface BilingualPair {
	/** The Korean name; absent for a table row that names only the English term. */
	korean?: string;
	/** The words written before the parenthesis, of which `korean` is the tail; a longer known name may end there. */
	before?: string;
	english: string;
	/** Index of the outline section the pair was written in. */
	sectionIndex: number;
	/** Written in a heading (or the page title) rather than in running text or a table. */
	inHeading: boolean;
}

const LATIN_WORD = '[A-Za-z0-9][A-Za-z0-9.&/+-]*';
/** `한국어 이름(English Name)`: up to four words before the parenthesis, the last one Hangul. */
const KOREAN_ENGLISH = new RegExp(
	`((?:[0-9A-Za-z${SYLLABLE_RANGE}]+ ){0,3}[${SYLLABLE_RANGE}]+) ?\\((${LATIN_WORD}(?: ${LATIN_WORD}){0,4})\\)`,
	'g',
);
/** `English Name(한국어 이름)`: Latin words before the parenthesis, Korean (perhaps with Latin) inside. */
const ENGLISH_KOREAN = new RegExp(
	`(${LATIN_WORD}(?: ${LATIN_WORD}){0,3}) ?\\(((?:[0-9A-Za-z]+ )?[${SYLLABLE_RANGE}][0-9A-Za-z${SYLLABLE_RANGE} ]{0,20}?)\\)`,
	'g',
);
const LATIN_ONLY = /^[A-Za-z][A-Za-z0-9 .&/+-]*$/;

/** An English name worth pairing: has letters, is not a unit or a lone letter (`(s)`, `(GB)` stays, `(1)` goes). */
function isName(english: string): boolean {
	return /[A-Za-z]{2}/.test(english) && english.length <= 60;
}

/** The Korean words a parenthesised English name belongs to: as many as the English has words, at most three. */
function koreanSpan(words: string, english: string): string {
	const tokens = words.split(' ');
	const count = Math.min(3, Math.max(1, english.split(' ').length));
	const span = tokens.slice(-count);
	// A Latin word at the start belongs to the sentence (`stopped 종료(shut down)`), not to the Korean name.
	while (span.length > 1 && !hasHangul(span[0]!)) span.shift();
	return span.join(' ');
}

function pairsIn(text: string, sectionIndex: number, inHeading: boolean): BilingualPair[] {
	const pairs: BilingualPair[] = [];
	for (const line of text.split('\n')) {
		for (const match of line.matchAll(KOREAN_ENGLISH)) {
			const english = match[2]!.trim();
			const korean = koreanSpan(match[1]!, english);
			if (isName(english) && korean.replace(/\s/g, '').length >= 2) {
				pairs.push({ korean, ...(match[1] !== korean ? { before: match[1]! } : {}), english, sectionIndex, inHeading });
			}
		}
		for (const match of line.matchAll(ENGLISH_KOREAN)) {
			const english = match[1]!.trim();
			const korean = match[2]!.trim();
			// `퍼블릭 IP (자동 할당)`: the Latin word ends a Korean name, and the parenthesis describes that name.
			const before = line.slice(0, match.index).trimEnd();
			if (hasHangul(before.at(-1) ?? '')) continue;
			if (isName(english) && hasHangul(korean) && korean.replace(/\s/g, '').length >= 2) {
				pairs.push({ korean, english, sectionIndex, inHeading });
			}
		}
	}
	return pairs;
}

/** Every pair in a note, in document order; a pair written twice is kept at its first place. */
export function bilingualPairs(outline: NoteOutline): BilingualPair[] {
	const found = outline.sections.flatMap((section, index): BilingualPair[] => [
		...pairsIn(section.heading, index, true),
		...pairsIn(section.text, index, false),
		// A table whose first column is English names (`S3 Standard`) explains each name in its row.
		...section.rowHeads
			.filter((head) => LATIN_ONLY.test(head) && isName(head))
			.map((english) => ({ english, sectionIndex: index, inHeading: false })),
	]);
	const seen = new Set<string>();
	return found.filter((pair) => {
		const key = `${pair.korean ?? ''}\u0000${pair.english.toLowerCase()}`;
		if (seen.has(key)) return false;
		seen.add(key);
		return true;
	});
}
