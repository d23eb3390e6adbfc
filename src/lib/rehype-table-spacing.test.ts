import type { Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toText } from 'hast-util-to-text';
import { expect, test } from 'vitest';
import { rehypeTableSpacing } from './rehype-table-spacing.ts';

/** The words an indexer that splits on whitespace would see: every text node's value, concatenated. */
function words(tree: Root): string[] {
	const values: string[] = [];
	const visit = (node: { type: string; value?: string; children?: unknown[] }) => {
		if (node.type === 'text') values.push(node.value ?? '');
		for (const child of node.children ?? []) visit(child as typeof node);
	};
	visit(tree);
	return values.join('').split(/\s+/).filter(Boolean);
}

test('cells, rows and the caption of a one-line table are separated, so no two cells make one word', () => {
	const tree = fromHtml(
		'<table><caption>유형</caption><thead><tr><th>항목</th><th>설명</th></tr></thead><tbody><tr><th>Application Load Balancer</th><td>7계층</td></tr></tbody></table>',
		{ fragment: true },
	);
	expect(words(tree)).toContain('유형항목설명Application');
	rehypeTableSpacing()(tree);
	expect(words(tree)).toEqual(['유형', '항목', '설명', 'Application', 'Load', 'Balancer', '7계층']);
	expect(toText(tree)).toContain('Application Load Balancer');
});

test('MDX JSX table elements are spaced the same way', () => {
	const cell = (name: string, value: string) => ({
		type: 'mdxJsxTextElement',
		name,
		attributes: [],
		children: [{ type: 'text', value }],
	});
	const row = {
		type: 'mdxJsxFlowElement',
		name: 'tr',
		attributes: [],
		children: [cell('th', 'S3'), cell('td', '버킷')],
	};
	const tree = { type: 'root', children: [row] } as unknown as Root;
	rehypeTableSpacing()(tree);
	expect(row.children.map((child) => ('name' in child ? child.name : (child as { value: string }).value))).toEqual([
		'th',
		'\n',
		'td',
	]);
});

test('text outside tables is left alone', () => {
	const tree = fromHtml('<p><strong>굵게</strong><em>기울임</em></p>', { fragment: true });
	rehypeTableSpacing()(tree);
	expect(words(tree)).toEqual(['굵게기울임']);
});
