import type { Root } from 'hast';

/** Table parts whose children are laid out as cells or rows, never as running text. */
const TABLE_PARTS = new Set(['table', 'caption', 'thead', 'tbody', 'tfoot', 'tr']);
const SPACED = new Set(['caption', 'thead', 'tbody', 'tfoot', 'tr', 'th', 'td']);

interface AnyNode {
	type: string;
	tagName?: string;
	name?: string | null;
	value?: string;
	children?: AnyNode[];
}

const nameOf = (node: AnyNode) => (node.type === 'element' ? node.tagName : node.name) ?? '';

/**
 * Puts a space between neighbouring table cells, rows and the caption. Tables written on one line
 * (`<tr><th>항목</th><td>설명</td></tr>`, as the notes and the importer write them) otherwise reach the search
 * index as one glued word (`항목설명Application`), so the first row's words could not be found. Browsers
 * ignore whitespace between cells, so the page looks the same. Handles MDX's JSX elements as well as HTML ones.
 */
export function rehypeTableSpacing() {
	return (tree: Root) => {
		const visit = (node: AnyNode) => {
			if (!node.children) return;
			if (TABLE_PARTS.has(nameOf(node))) {
				node.children = node.children.flatMap((child, index) =>
					index > 0 && SPACED.has(nameOf(child)) ? [{ type: 'text', value: '\n' }, child] : [child],
				);
			}
			for (const child of node.children) visit(child);
		};
		visit(tree as unknown as AnyNode);
	};
}
