import { mdxToJs } from 'satteri';
import { describe, expect, test } from 'vitest';
import { satteriTableSpacing } from './table-spacing.ts';

const plugins = { hastPlugins: [satteriTableSpacing()] };

describe('satteriTableSpacing', () => {
	// Markdown tables need nothing: Sätteri writes their cells on lines of their own already.
	test('spaces the cells of a one-line JSX table apart and leaves cell text alone', () => {
		const { code } = mdxToJs('<table><tbody><tr><th>항목</th><td>설명</td></tr></tbody></table>', plugins);
		expect(code).toMatch(/"항목"[^]*"\\n"[^]*"설명"/);
		expect(code).not.toContain('"항\\n목"');
	});
});
