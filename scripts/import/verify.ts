/**
 * Checks an imported page against its export before anything is written: the MDX is parsed the way Astro's MDX
 * integration parses it, its visible words and `<mark>`s are collected, and the shared fidelity check runs on them.
 * The build-level tests repeat the check on the rendered HTML; this one lets the importer refuse early.
 */
import type { Nodes, Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { mdxFromMarkdown } from 'mdast-util-mdx';
import { gfm } from 'micromark-extension-gfm';
import { mdxjs } from 'micromark-extension-mdxjs';
import { visit } from 'unist-util-visit';
import { checkFidelity, noteText, stripFrontMatter, type FidelityReport, type RenderedPage } from './fidelity.ts';

/** Inline nodes: their text runs on; everything else ends a line, as block elements do in `innerText`. */
const INLINE = new Set(['text', 'inlineCode', 'strong', 'emphasis', 'delete', 'link', 'mdxJsxTextElement', 'break']);

/** A fold rather than a visit: each node's text depends on whether its children flow inline or as blocks. */
function visibleText(node: Nodes): string {
	switch (node.type) {
		case 'text':
		case 'inlineCode':
		case 'code':
			return node.value;
		case 'break':
			return '\n';
		case 'mdxjsEsm':
		case 'mdxFlowExpression':
		case 'mdxTextExpression':
		case 'image':
		case 'html':
			return '';
	}
	if (!('children' in node)) return '';
	const parts = (node.children as Nodes[]).map((child) => {
		const text = visibleText(child);
		// Table cells sit inline on one MDX line; a space keeps neighbouring cells from running together.
		if (child.type === 'mdxJsxTextElement' && /^t[hd]$/.test(child.name ?? '')) return `${text} `;
		return INLINE.has(child.type) ? text : `${text}\n`;
	});
	return parts.join('');
}

function marksIn(tree: Root): string[] {
	const found: string[] = [];
	visit(tree, (node) => {
		if ((node.type === 'mdxJsxTextElement' || node.type === 'mdxJsxFlowElement') && node.name === 'mark') {
			found.push(visibleText(node));
		}
	});
	return found;
}

/**
 * What a reader of the MDX page would see, without building the site.
 * @throws Error from the MDX parser when the page is not valid MDX (an unescaped `{` or `<`, an unclosed tag).
 */
export function renderedText(mdx: string, url: string): RenderedPage {
	const tree = fromMarkdown(stripFrontMatter(mdx), {
		extensions: [mdxjs(), gfm()],
		mdastExtensions: [mdxFromMarkdown(), gfmFromMarkdown()],
	});
	return { url, text: visibleText(tree), marks: marksIn(tree) };
}

/** Runs the shared fidelity check of an export against the MDX page made from it. */
export function verifyImport(exportMarkdown: string, mdx: string, url: string): FidelityReport {
	return checkFidelity(noteText(exportMarkdown), [renderedText(mdx, url)]);
}
