/**
 * Korean query normalisation for a search engine that splits on spaces and matches word prefixes (Pagefind):
 * readers attach particles and endings to nouns, so the noun must be cut free before it is looked up.
 */
import { hasHangul, isHangulWord, JAMO_RANGE, SYLLABLE_RANGE } from './hangul.ts';

/** Longest first, so `에서` wins over `서`-less `에` and `으로` over `로`. */
export const PARTICLES_AND_ENDINGS = [
	'이었습니다',
	'였습니다',
	'입니다',
	'합니다',
	'됩니다',
	'인가요',
	'이에요',
	'이란',
	'이라',
	'이다',
	'이며',
	'에서는',
	'에서도',
	'에서',
	'에게',
	'한테',
	'께서',
	'으로는',
	'으로',
	'로는',
	'로서',
	'로써',
	'까지',
	'부터',
	'처럼',
	'보다',
	'하는',
	'하기',
	'하면',
	'해서',
	'하고',
	'했다',
	'해요',
	'한다',
	'할때',
	'에는',
	'에도',
	'와는',
	'과는',
	'이나',
	'이랑',
	'랑',
	'을',
	'를',
	'이',
	'가',
	'은',
	'는',
	'의',
	'에',
	'로',
	'와',
	'과',
	'도',
	'만',
	'란',
	'요',
	'인',
	'할',
	'된',
	'한',
] as const;

/** Words that carry no topic: question forms and filler a reader types around the concept. */
const FILLER_WORDS = new Set([
	'뭐야',
	'뭐예요',
	'뭐에요',
	'뭔가요',
	'뭔데',
	'뭐지',
	'뭐',
	'무엇',
	'무엇인가요',
	'무엇인지',
	'무엇이야',
	'뭘까',
	'알려줘',
	'알려주세요',
	'설명',
	'설명해줘',
	'정리',
	'어떻게',
	'왜',
	'언제',
	'개념',
	'의미',
	'뜻',
	'이란',
	'란',
	'what',
	'is',
	'the',
	'a',
	'an',
	'of',
	'in',
	'on',
	'to',
	'and',
	'or',
	'for',
	'how',
	'why',
	'aws',
	'amazon',
]);

/** Runs of anything but typed jamo, which NFKC would turn into conjoining jamo. */
const NOT_JAMO = new RegExp(`[^${JAMO_RANGE}]+`, 'g');
/** Between a Hangul syllable and a Latin letter or digit, either way round. */
const SCRIPT_CHANGE = new RegExp(`(?<=[${SYLLABLE_RANGE}])(?=[a-z0-9])|(?<=[a-z0-9])(?=[${SYLLABLE_RANGE}])`);
/** Longest query we look at: nobody means more, and bounded input keeps search time bounded. */
export const MAX_QUERY_LENGTH = 120;

/**
 * Lowercases, folds full-width and compatibility forms (NFKC), turns punctuation into spaces, and cuts the
 * query to {@link MAX_QUERY_LENGTH} characters. Hyphens inside words (`on-demand`, `shutting-down`) are kept.
 */
export function cleanQuery(raw: string): string {
	return (
		raw
			// NFKC folds full-width Latin, but it would also turn typed jamo (ㅂㅇ) into conjoining jamo: keep those.
			.replace(NOT_JAMO, (run) => run.normalize('NFKC'))
			.toLowerCase()
			.slice(0, MAX_QUERY_LENGTH)
			.replace(/[^\p{L}\p{N}\s-]+/gu, ' ')
			.replace(/(^|\s)-+|-+(?=\s|$)/g, ' ')
			.replace(/\s+/g, ' ')
			.trim()
	);
}

/**
 * Lowercased with all white space removed: the one key under which spacing variants of a name meet
 * (`보안 그룹`, `보안그룹`; `Elastic IP`, `elasticip`).
 */
export function compactText(text: string): string {
	return text.toLowerCase().replace(/\s+/g, '');
}

/** Splits a cleaned query into words, also at a change between Hangul and Latin/digits (`탄력적IP`, `EIP를`). */
export function splitWords(cleaned: string): string[] {
	return cleaned
		.split(' ')
		.flatMap((word) => word.split(SCRIPT_CHANGE))
		.filter((word) => word !== '');
}

/**
 * Cuts a particle or ending off a Hangul word (`보안그룹을` → `보안그룹`, `영역으로` → `영역`).
 * A word in `knownWords` is never cut (so `게이트웨이` keeps its `이`), and at least two syllables must remain
 * (so `속도`, `차이`, `역할` survive) unless what remains is itself a known word.
 */
export function stripParticle(word: string, knownWords: ReadonlySet<string> = new Set()): string {
	if (!isHangulWord(word) || knownWords.has(word)) return word;
	// An ending that leaves a word of the notes wins over a longer one that does not (`버킷이란` → `버킷`, not `버킷이`).
	for (const ending of PARTICLES_AND_ENDINGS) {
		if (word.endsWith(ending) && knownWords.has(word.slice(0, -ending.length))) return word.slice(0, -ending.length);
	}
	for (const ending of PARTICLES_AND_ENDINGS) {
		if (!word.endsWith(ending)) continue;
		const stem = word.slice(0, -ending.length);
		if (stem.length >= 2 || knownWords.has(stem)) return stripParticle(stem, knownWords);
	}
	return word;
}

/** True for a word that is a particle or ending on its own (`란` left over from `EC2란`). */
export function isBareParticle(word: string): boolean {
	return (PARTICLES_AND_ENDINGS as readonly string[]).includes(word);
}

/** True for question forms and filler such as `뭐야`, `알려줘`, `what`. */
export function isFillerWord(word: string): boolean {
	return FILLER_WORDS.has(word);
}

/**
 * The words of a query a search engine should see: cleaned, split, particles cut, filler dropped.
 * If dropping filler would leave nothing (a query that is only `설명`), the words are kept.
 */
export function queryWords(raw: string, knownWords: ReadonlySet<string> = new Set()): string[] {
	const words = splitWords(cleanQuery(raw))
		.map((word) => stripParticle(word, knownWords))
		.filter((word) => !(hasHangul(word) && isBareParticle(word)));
	const topical = words.filter((word) => !isFillerWord(word));
	const kept = topical.length > 0 ? topical : words;
	// A lone digit or letter next to real words (`alert(1)`, `src=x`) matches all over the notes and says nothing.
	const substantive = kept.filter((word) => !/^[\da-z]$/.test(word));
	return substantive.length > 0 ? substantive : kept;
}
