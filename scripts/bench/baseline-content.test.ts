import { describe, expect, test } from 'vitest';
import { toPlainStarlight, withBaseLinks } from './baseline-content.ts';

describe('toPlainStarlight', () => {
	test('removes a project component around a table and keeps the table', () => {
		const source = [
			"import TableScroll from '../../components/content/TableScroll.astro';",
			'',
			'<TableScroll label="비교 > 표">',
			'<table><tr><td>셀</td></tr></table>',
			'</TableScroll>',
		].join('\n');
		expect(toPlainStarlight(source, '/')).toBe('\n\n<table><tr><td>셀</td></tr></table>\n');
	});

	test('removes a multi-line self-closing component with object props', () => {
		const source = [
			"import Mock from './Mock.astro';",
			'앞',
			'<Mock',
			'\titems={[{ name: "a", detail: "b" }]}',
			'\tpick={(x) => x > 1}',
			'/>',
			'뒤',
		].join('\n');
		expect(toPlainStarlight(source, '/')).toBe('앞\n\n뒤');
	});

	test('keeps the slot text of a paired component', () => {
		const source = 'import ConsoleMock from \'./ConsoleMock.astro\';\n<ConsoleMock label="x">\n\t설명\n</ConsoleMock>';
		expect(toPlainStarlight(source, '/')).toBe('\n\t설명\n');
	});

	test("keeps Starlight's own components and their import", () => {
		const source = "import { Steps, Aside as Note } from '@astrojs/starlight/components';\n<Steps>\n1. 하나\n</Steps>";
		expect(toPlainStarlight(source, '/')).toBe(source);
	});

	test('removes every name of a named import from elsewhere', () => {
		const source =
			"import { Diagram, Legend as Key } from '../../components/diagrams/index.ts';\n<Diagram />\n<Key />\n본문";
		expect(toPlainStarlight(source, '/')).toBe('\n\n본문');
	});

	test('leaves lowercase HTML elements alone', () => {
		const source = "import Box from './Box.astro';\n<mark>강조</mark> <Box/>";
		expect(toPlainStarlight(source, '/')).toBe('<mark>강조</mark> ');
	});
});

describe('withBaseLinks', () => {
	test.each([
		{ text: '[ENI](/eni/)', base: '/aws-ec2-notes/', expected: '[ENI](/aws-ec2-notes/eni/)' },
		{ text: '<LinkCard href="/ami/" />', base: '/aws-ec2-notes', expected: '<LinkCard href="/aws-ec2-notes/ami/" />' },
		{ text: '[x](//cdn.example/a)', base: '/aws-ec2-notes', expected: '[x](//cdn.example/a)' },
		{ text: '[x](https://aws.amazon.com/)', base: '/aws-ec2-notes', expected: '[x](https://aws.amazon.com/)' },
		{ text: '[x](/eni/)', base: '/', expected: '[x](/eni/)' },
	])('rewrites $text under $base', ({ text, base, expected }) => {
		expect(withBaseLinks(text, base)).toBe(expected);
	});
});
