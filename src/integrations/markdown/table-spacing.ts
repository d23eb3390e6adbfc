/**
 * Puts a line break between
 * neighbouring table cells, rows and the caption, so tables written on one line
 * (`<tr><th>항목</th><td>설명</td></tr>`) reach the search index as separate words. Browsers ignore whitespace
 * between cells. Handles MDX's JSX elements as well as HTML ones.
 */
import { defineHastPlugin, type HastNode, type HastVisitorContext } from 'satteri';

const TABLE_PARTS = ['table', 'caption', 'thead', 'tbody', 'tfoot', 'tr'];
const SPACED = new Set(['caption', 'thead', 'tbody', 'tfoot', 'tr', 'th', 'td']);

const nameOf = (node: HastNode) =>
	(node.type === 'element' ? node.tagName : 'name' in node && typeof node.name === 'string' ? node.name : '') ?? '';

function space(part: HastNode, ctx: HastVisitorContext): void {
	const children = 'children' in part ? (part.children as HastNode[]) : [];
	children.forEach((child, index) => {
		if (index > 0 && SPACED.has(nameOf(child))) ctx.insertBefore(child, { type: 'text', value: '\n' });
	});
}

export function satteriTableSpacing() {
	return defineHastPlugin({
		name: 'table-spacing',
		element: { filter: TABLE_PARTS, visit: (node, ctx) => space(node, ctx) },
		mdxJsxFlowElement: { filter: TABLE_PARTS, visit: (node, ctx) => space(node, ctx) },
		mdxJsxTextElement: { filter: TABLE_PARTS, visit: (node, ctx) => space(node, ctx) },
	});
}
