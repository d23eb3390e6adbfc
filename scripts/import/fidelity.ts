/**
 * The fidelity check: what of a Hashnode note must appear on the site, and what is missing.
 * Used by the browser test on the EC2 pages and by the importer on newly imported pages.
 * Its line reader is independent of the importer's Markdown parser on purpose, so a converter bug cannot hide itself.
 */
import { parseFrontmatter } from '@astrojs/markdown-remark';

/** The only wording changes allowed: typos against AWS's own product names. */
export const TYPO_FIXES: ReadonlyArray<readonly [RegExp, string]> = [
	[/온디맨스/g, '온디맨드'],
	[/Statefull/g, 'Stateful'],
	[/Saving Plans?(?!s)/g, 'Savings Plans'],
];

export interface NoteText {
	/** Every sentence, heading, list item, blockquote line and table cell, as plain text. */
	pieces: string[];
	/** The text inside every `<mark>` of the note. */
	marks: string[];
}

/** Collapses runs of white space (including the non-breaking kind) to single spaces. */
export function collapseWhitespace(text: string): string {
	return text.replace(/[\s\u00a0]+/g, ' ').trim();
}

/** Applies the allowed typo fixes; `onFix` hears each one made (the importer counts them for the author). */
export function fixTypos(text: string, onFix?: (found: string, replacement: string) => void): string {
	return TYPO_FIXES.reduce(
		(result, [pattern, replacement]) =>
			result.replace(pattern, (found) => {
				if (found !== replacement) onFix?.(found, replacement);
				return replacement;
			}),
		text,
	);
}

/** Markdown inline syntax to the text a reader sees: emphasis, code ticks, links and HTML tags removed. */
export function plainText(markdown: string): string {
	return collapseWhitespace(
		fixTypos(
			markdown
				// A link destination may hold one level of parentheses, as Wikipedia URLs do.
				.replace(/!\[[^\]]*\]\((?:[^()]|\([^()]*\))*\)/g, '')
				.replace(/\[([^\]]*)\]\((?:[^()]|\([^()]*\))*\)/g, '$1')
				.replace(/<\/?[a-z][^>]*>/gi, '')
				.replace(/(\*\*|__)(.*?)\1/g, '$2')
				.replace(/~~(.*?)~~/g, '$1')
				.replace(/(^|[^*])\*([^*\s][^*]*)\*/g, '$1$2')
				.replace(/`([^`]*)`/g, '$1')
				.replace(/\\([\\`*_{}[\]()#+\-.!<>|])/g, '$1'),
		),
	);
}

/** Removes a leading YAML front matter block, split the way Astro splits it. */
export function stripFrontMatter(markdown: string): string {
	return parseFrontmatter(markdown).content;
}

/** A fence line opening or closing a code block: three or more backticks or tildes. */
const FENCE = /^(`{3,}|~{3,})/;

/** Splits a Hashnode note into the pieces a reader must find on the site. */
export function noteText(markdown: string): NoteText {
	const body = stripFrontMatter(markdown);
	const pieces: string[] = [];
	// The opening fence while inside a code block, whose lines are shown verbatim (no Markdown, no typo fixes).
	let fence: string | undefined;
	for (const rawLine of body.split(/\r?\n/)) {
		let line = rawLine.trim();
		// Blockquote markers, then list markers (a quote can hold a list), then a task list's checkbox.
		line = line.replace(/^(?:>\s?)+/, '').trim();
		if (fence) {
			// Closed by a line of only the same fence character, at least as long as the opening fence.
			const closing = line.length >= fence.length && line === (fence[0] ?? '').repeat(line.length);
			if (closing) fence = undefined;
			else if (collapseWhitespace(line)) pieces.push(collapseWhitespace(line));
			continue;
		}
		line = line.replace(/^(?:[*+-]|\d+[.)])\s+/, '').trim();
		const open = FENCE.exec(line);
		if (open) {
			fence = open[1];
			continue;
		}
		line = line.replace(/^\[[ xX]\]\s+/, '');
		if (line === '' || /^\|?\s*:?-{3,}/.test(line) || /^!\[[^\]]*\]\([^)]*\)$/.test(line)) continue;
		if (line.startsWith('|')) {
			for (const cell of line.replace(/^\||\|$/g, '').split('|')) {
				const text = plainText(cell);
				if (text) pieces.push(text);
			}
			continue;
		}
		const text = plainText(line.replace(/^#{1,6}\s+/, ''));
		if (text) pieces.push(text);
	}
	// A highlight can run over several lines of a quote; the quote markers are not part of it.
	const unquoted = body.replace(/^[ \t]*(?:>[ \t]?)+/gm, '');
	const marks = [...unquoted.matchAll(/<mark>([\s\S]*?)<\/mark>/g)].map(([, inner = '']) => plainText(inner));
	return { pieces, marks };
}

export interface RenderedPage {
	url: string;
	/** The page's visible main text. */
	text: string;
	/** `textContent` of each `<mark>` element on the page. */
	marks: string[];
}

export interface FidelityReport {
	missingPieces: string[];
	missingMarks: string[];
}

/**
 * What of the note no page shows: pieces absent from every page's text, and highlights with no
 * `<mark>` element around exactly the same words. A highlight repeated in the note must be repeated on the site.
 */
export function checkFidelity(note: NoteText, pages: readonly RenderedPage[]): FidelityReport {
	const texts = pages.map((page) => collapseWhitespace(page.text));
	const missingPieces = note.pieces.filter((piece) => !texts.some((text) => text.includes(piece)));
	const available = pages.flatMap((page) => page.marks.map(collapseWhitespace));
	const missingMarks: string[] = [];
	for (const mark of note.marks) {
		const index = available.indexOf(mark);
		if (index === -1) missingMarks.push(mark);
		else available.splice(index, 1);
	}
	return { missingPieces, missingMarks };
}
