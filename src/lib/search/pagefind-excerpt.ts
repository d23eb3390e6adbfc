/**
 * Pagefind's excerpts, made the way its browser code makes them (pagefind.js 1.x: `calculate_excerpt_region`,
 * `build_excerpt`, `calculate_sub_results`), for a page's text and the word locations a look-up matched. Kept
 * here because Pagefind does not export them, and search needs them before Pagefind has answered (home-lead.ts).
 */

/** Pagefind's word separators (white space but the byte-order mark). */
const SEPARATORS = /[^\S\uFEFF]+/g;

/** One matched word: where it is in the page's words, and how much it counts towards the densest excerpt. */
export interface WordMatch {
	location: number;
	score: number;
}

/** The page's words as Pagefind's excerpts show them (`<` and `>` escaped). */
export const excerptWords = (content: string): string[] =>
	content.replace(/</g, '&lt;').replace(/>/g, '&gt;').split(SEPARATORS);

/** Where the excerpt of `length` words begins, relative to the matches' origin (Pagefind's off-by-one kept). */
function excerptStart(matches: readonly WordMatch[], length: number): number {
	if (matches.length === 0) return 0;
	const scores: number[] = [];
	for (const { location, score } of matches) scores[location] = (scores[location] ?? 0) + score;
	if (scores.length <= length) return 0;
	let densest = 0;
	for (let index = 0; index < length; index++) densest += scores[index] ?? 0;
	let sum = densest;
	let densestAt = [0];
	for (let index = 0; index < scores.length; index++) {
		sum += (scores[index + length] ?? 0) - (scores[index] ?? 0);
		if (sum > densest) {
			densest = sum;
			densestAt = [index];
		} else if (sum === densest && densestAt.at(-1) === index - 1) densestAt.push(index);
	}
	return densestAt[Math.floor(densestAt.length / 2)]!;
}

/**
 * The excerpt of the section of `words` from `start` up to `end` (a section's first word and the next one's),
 * with `matches` of that section in `<mark>`, as Pagefind writes a sub-result's excerpt.
 */
export function sectionExcerpt(
	words: readonly string[],
	matches: readonly WordMatch[],
	start: number,
	end: number | undefined,
	excerptLength: number,
): string {
	const relative = matches.map((match) => ({ ...match, location: match.location - start }));
	let from = excerptStart(relative, excerptLength) + start;
	let length = end === undefined ? excerptLength : Math.min(end - from, excerptLength);
	const endcap = end ?? words.length;
	if (endcap - start < length) length = endcap - start;
	if (from + length > endcap) from = endcap - length;
	if (from < start) from = start;
	const marked = new Set(matches.map((match) => match.location));
	return words
		.slice(from, from + length)
		.map((word, offset) => (marked.has(from + offset) ? `<mark>${word}</mark>` : word))
		.join(' ')
		.trim();
}
