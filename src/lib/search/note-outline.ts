/**
 * A note's sections as search sees them, read from the page's MDX source at build time: each heading with the
 * anchor Astro gives it, the visible text under it, and the first cell of each table row. Term homes, bilingual
 * pairs and the normaliser's vocabulary are all derived from this one outline.
 */
import type { Nodes } from 'mdast';
import { markdownToMdast, mdxToMdast } from 'satteri';
import GithubSlugger from 'github-slugger';

export interface OutlineSection {
	/** Heading text; for the part before the first heading, the page title. */
	heading: string;
	/** The heading's anchor (github-slugger, as Astro's Markdown pipeline makes it); `''` for the page top. */
	slug: string;
	/** Heading depth; 1 for the page top. */
	depth: number;
	/** Visible text of the section, blocks separated by newlines. */
	text: string;
	/** The first cell of every table row in the section (its row header). */
	rowHeads: string[];
}

export interface NoteOutline {
	/** Docs id (`eni`, `index`). */
	id: string;
	title: string;
	/** Page top first, then one section per heading in document order. */
	sections: OutlineSection[];
}

const INLINE = new Set(['text', 'inlineCode', 'strong', 'emphasis', 'delete', 'link', 'mdxJsxTextElement', 'break']);
const SKIPPED = new Set(['mdxjsEsm', 'mdxFlowExpression', 'mdxTextExpression', 'image', 'html', 'yaml', 'code']);

function textOf(node: Nodes): string {
	if (node.type === 'text' || node.type === 'inlineCode') return node.value;
	if (SKIPPED.has(node.type) || !('children' in node)) return '';
	return (node.children as Nodes[])
		.map((child) => {
			const text = textOf(child);
			// Table cells sit on one MDX line; a bar keeps neighbouring cells from reading as one phrase.
			if (isElement(child, /^t[hd]$/)) return `${text} | `;
			return INLINE.has(child.type) ? text : `${text}\n`;
		})
		.join('');
}

const isElement = (node: Nodes, name: RegExp) =>
	(node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && name.test(node.name ?? '');

/** First cell of a table row, whether the row is GFM or JSX (`<tr><th scope="row">…`). */
function rowHead(row: Nodes): string | undefined {
	if (!('children' in row)) return undefined;
	const cells = (row.children as Nodes[]).filter((child) => child.type === 'tableCell' || isElement(child, /^t[hd]$/));
	const first = cells[0];
	return first ? textOf(first).trim() : undefined;
}

/**
 * Sätteri's parser, the one Astro renders the pages with here: it reads a 1,000-page site several times faster
 * than micromark, which was the largest cost of building a big site. Front matter is already removed.
 */
function parse(source: string): Nodes {
	try {
		return mdxToMdast(source, { position: false, features: { frontmatter: false } }) as Nodes;
	} catch {
		// A plain .md page may hold characters MDX rejects (`<` in text); it is read as CommonMark then.
		return markdownToMdast(source, { position: false, features: { frontmatter: false } }) as Nodes;
	}
}

/** Splits a page's source (front matter already removed, as Astro's `entry.body` is) into sections. */
export function outlineNote(id: string, title: string, body: string): NoteOutline {
	const slugger = new GithubSlugger();
	const top: OutlineSection = { heading: title, slug: '', depth: 1, text: '', rowHeads: [] };
	const sections = [top];
	let current = top;
	const visit = (node: Nodes) => {
		if (node.type === 'heading') {
			const heading = textOf(node).trim();
			current = { heading, slug: slugger.slug(heading), depth: node.depth, text: '', rowHeads: [] };
			sections.push(current);
			return;
		}
		if (node.type === 'tableRow' || isElement(node, /^tr$/)) {
			const head = rowHead(node);
			// A header row (`<th scope="col">`) names columns, not things the section explains.
			const isColumnHeader = 'children' in node && (node.children as Nodes[]).some((cell) => attribute(cell) === 'col');
			if (head && !isColumnHeader) current.rowHeads.push(head);
			current.text += `${textOf(node).trim()}\n`;
			return;
		}
		if (INLINE.has(node.type) || node.type === 'paragraph') {
			// JSX table rows written on one line are parsed inside a paragraph.
			if (hasRow(node)) {
				for (const child of (node as { children: Nodes[] }).children) visit(child);
				return;
			}
			const text = textOf(node);
			if (text.trim() !== '') current.text += `${text.trim()}\n`;
			return;
		}
		if ('children' in node) for (const child of node.children as Nodes[]) visit(child);
	};
	visit(parse(body));
	return { id, title, sections };
}

function hasRow(node: Nodes): boolean {
	return (
		node.type === 'tableRow' ||
		isElement(node, /^tr$/) ||
		('children' in node && (node.children as Nodes[]).some((child) => hasRow(child)))
	);
}

function attribute(node: Nodes): string | undefined {
	if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') return undefined;
	const scope = node.attributes.find((item) => item.type === 'mdxJsxAttribute' && item.name === 'scope');
	return typeof scope?.value === 'string' ? scope.value : undefined;
}

/** All visible text of a note, title included. */
export function outlineText(outline: NoteOutline): string {
	return [outline.title, ...outline.sections.flatMap((section) => [section.heading, section.text])].join('\n');
}
