import { readFileSync } from 'node:fs';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { describe, expect, test } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { noteFrontmatter } from '../../src/schemas/note-frontmatter.ts';
import { convertExport, escapeText, normaliseHashnodeImages, type ConvertOptions } from './convert.ts';
import { ExportError, parseExport } from './parse.ts';
import { sampleExport } from '../../test-support/hashnode-sample.ts';
import { renderedText, verifyImport } from './verify.ts';

/** Converts a body under the sample Hashnode header, whose body starts on line 12. */
function convert(body: string, options?: ConvertOptions) {
	return convertExport(parseExport(sampleExport(body), 'vpc-basics.md'), options);
}

/** The page without its front matter and import lines: what the body became. */
function bodyOf(body: string, options?: ConvertOptions): string {
	return convert(body, options)
		.mdx.replace(/^---\n[\s\S]*?\n---\n\n/, '')
		.replace(/^import .*\n\n/, '')
		.trimEnd();
}

const table = `## 인스턴스 구매옵션

| **온디맨스 인스턴스** | <mark>약정없이</mark> 비용 지불 |
| --- | --- |
| **예약 인스턴스** | 1년 또는 3년 |
`;

describe('tables', () => {
	test('keep the first row as data, make the first column row headers, and get a header row and caption', () => {
		expect(bodyOf(table)).toBe(`## 인스턴스 구매옵션

<TableScroll label="인스턴스 구매옵션 표">
<table>
<caption>인스턴스 구매옵션</caption>
<thead>
<tr><th scope="col">항목</th><th scope="col">설명</th></tr>
</thead>
<tbody>
<tr><th scope="row">온디맨드 인스턴스</th><td><mark>약정없이</mark> 비용 지불</td></tr>
<tr><th scope="row">예약 인스턴스</th><td>1년 또는 3년</td></tr>
</tbody>
</table>
</TableScroll>`);
	});

	test('import the TableScroll wrapper once, and only when there is a table', () => {
		const importLine = "import TableScroll from '../../components/content/TableScroll.astro';";
		expect(convert(`${table}\n${table}`).mdx.split(importLine)).toHaveLength(2);
		expect(convert('문장\n').mdx).not.toContain('TableScroll');
	});

	test.each([
		[1, '| a |\n| --- |\n| b |\n', ['항목'], '<tr><td>a</td></tr>'],
		[
			3,
			'| a | b | c |\n| --- | --- | --- |\n',
			['항목', '내용 1', '내용 2'],
			'<th scope="row">a</th><td>b</td><td>c</td>',
		],
	])('with %i column(s) get headers %j', (_, markdown, headers, row) => {
		const mdx = bodyOf(markdown);
		expect(mdx).toContain(`<tr>${headers.map((header) => `<th scope="col">${header}</th>`).join('')}</tr>`);
		expect(mdx).toContain(row);
	});

	test('take the caption from the page title before any heading, and number repeats under one heading', () => {
		const result = convert(
			`| a | b |\n| --- | --- |\n\n## 비교\n\n| c | d |\n| --- | --- |\n\n| e | f |\n| --- | --- |\n`,
		);
		expect(result.tableCaptions).toEqual(['Amazon VPC 기초', '비교', '비교 (2)']);
		expect(result.mdx).toContain('<TableScroll label="비교 (2) 표">');
	});

	test('pad short rows and keep bold that is not the whole row header', () => {
		const mdx = bodyOf('| **a** 설명 | b |\n| --- | --- |\n| c |\n');
		expect(mdx).toContain('<tr><th scope="row">**a** 설명</th><td>b</td></tr>');
		expect(mdx).toContain('<tr><th scope="row">c</th><td></td></tr>');
	});
});

describe('highlights', () => {
	test.each([
		['a paragraph', '문장 <mark>강조</mark> 끝\n', '문장 <mark>강조</mark> 끝'],
		['a list item', '* <mark>강조</mark>\n    \n', '- <mark>강조</mark>'],
		['a quote', '> 가상 <mark>방화벽</mark>\n', '> 가상 <mark>방화벽</mark>'],
		['bold', '**<mark>굵은 강조</mark>**\n', '**<mark>굵은 강조</mark>**'],
		['a mark around bold', '<mark>**굵게** 강조</mark>\n', '<mark>**굵게** 강조</mark>'],
		['a line break', '첫 줄<br>둘째 줄\n', '첫 줄<br />둘째 줄'],
	])('survive in %s', (_, markdown, expected) => {
		expect(bodyOf(markdown)).toBe(expected);
	});

	test.each([
		[
			'a mark left open',
			'문장 <mark>강조\n\n다음 문단</mark>\n',
			/12번째 줄: <mark>이 같은 문단 안에서 닫히지 않습니다/,
		],
		['a stray closing tag', '문장</mark>\n', /12번째 줄: <\/mark>에 짝이 되는 <mark>이 같은 문단 안에 없습니다/],
	])('stop the import when %s, naming the line', (_, markdown, message) => {
		expect(() => convert(markdown)).toThrow(ExportError);
		expect(() => convert(markdown)).toThrow(message);
	});

	test('other HTML tags are shown as typed instead of becoming markup', () => {
		expect(bodyOf('<span>글자</span> 그대로\n')).toBe('\\<span>글자\\</span> 그대로');
	});
});

describe('lists and quotes', () => {
	test("drop Hashnode's blank padding lines and keep nesting as a tight list", () => {
		const markdown = '* 제어 규칙\n    \n    * 트래픽 유형\n        \n    * 포트\n        \n* 끝\n    \n';
		expect(bodyOf(markdown)).toBe('- 제어 규칙\n  - 트래픽 유형\n  - 포트\n- 끝');
	});

	test('keep ordered numbers and indent nested items under the number', () => {
		expect(bodyOf('3. 셋\n    \n    * 안쪽\n        \n4. 넷\n')).toBe('3. 셋\n   - 안쪽\n4. 넷');
	});

	test('keep a list inside a quote, with its nesting', () => {
		const markdown = '> 가상 방화벽\n> \n> * 연결 상태를 추적\n>     \n>     * 안쪽\n>         \n';
		expect(bodyOf(markdown)).toBe('> 가상 방화벽\n>\n> - 연결 상태를 추적\n>   - 안쪽');
	});

	test('keep separate paragraphs of one item apart', () => {
		expect(bodyOf('* 첫 문단\n\n  둘째 문단\n')).toBe('- 첫 문단\n\n  둘째 문단');
	});
});

describe('images', () => {
	const withImage =
		'![](https://cdn.hashnode.com/res/a.png align="center")\n\n위와 같이 AMI를 선택할 수 있다\n\n![그림 설명](https://cdn.hashnode.com/b.jpeg align="center")\n';

	test('become a comment naming the file to supply, never a remote URL, and keep the caption as text', () => {
		const result = convert(withImage);
		expect(result.mdx).not.toContain('cdn.hashnode.com');
		expect(bodyOf(withImage)).toBe(
			[
				'{/* 이미지 1: 원본을 src/assets/vpc-basics/image-1.png에 넣고 이 줄을 ![스크린샷: 위와 같이 AMI를 선택할 수 있다](../../assets/vpc-basics/image-1.png) 로 바꾸세요 (또는 --fetch-images로 다시 가져오기) */}',
				'위와 같이 AMI를 선택할 수 있다',
				'{/* 이미지 2: 원본을 src/assets/vpc-basics/image-2.jpg에 넣고 이 줄을 ![그림 설명](../../assets/vpc-basics/image-2.jpg) 로 바꾸세요 (또는 --fetch-images로 다시 가져오기) */}',
			].join('\n\n'),
		);
	});

	test('are listed with their URL, caption and line for the author', () => {
		expect(convert(withImage).images).toEqual([
			expect.objectContaining({
				index: 1,
				url: 'https://cdn.hashnode.com/res/a.png',
				caption: '위와 같이 AMI를 선택할 수 있다',
				assetPath: 'src/assets/vpc-basics/image-1.png',
				line: 12,
			}),
			expect.objectContaining({ index: 2, alt: '그림 설명', suggestedAlt: '그림 설명', line: 16 }),
		]);
	});

	test('point at the local copy once downloaded', () => {
		const localImages = new Map([['https://cdn.hashnode.com/res/a.png', 'src/assets/vpc-basics/image-1.webp']]);
		expect(bodyOf(withImage, { localImages })).toMatch(
			/^!\[스크린샷: 위와 같이 AMI를 선택할 수 있다\]\(\.\.\/\.\.\/assets\/vpc-basics\/image-1\.webp\)\n\n위와 같이/,
		);
	});

	test('get alt text escaped like any other text', () => {
		const mdx = convert('![설정 {a} <b>](https://cdn.hashnode.com/d.png align="center")\n', {
			localImages: new Map([['https://cdn.hashnode.com/d.png', 'src/assets/vpc-basics/image-1.png']]),
		}).mdx;
		expect(mdx).toContain('![설정 \\{a\\} \\<b>](../../assets/vpc-basics/image-1.png)');
		expect(() => renderedText(mdx, '/x/')).not.toThrow();
	});

	test('inside a sentence keep the words around them', () => {
		expect(bodyOf('앞 ![](https://cdn.hashnode.com/c.png) 뒤\n')).toMatch(/^앞 \{\/\* 이미지 1: .* \*\/\} 뒤$/);
	});

	test.each([
		['![](u align="center")', '![](u)'],
		['![설명](https://x/y.png align="left")', '![설명](https://x/y.png)'],
		['![](u "제목")', '![](u "제목")'],
	])('Hashnode image %j is read as %j', (markdown, normalised) => {
		expect(normaliseHashnodeImages(markdown)).toBe(normalised);
	});
});

describe('escaping', () => {
	test.each([
		['braces', 'JSON: {"Effect": "Allow"}', 'JSON: \\{"Effect": "Allow"\\}'],
		['a less-than sign', '보관 기간 < 30일', '보관 기간 \\< 30일'],
		['a less-than-or-equal sign', '객체 크기 <= 5GB', '객체 크기 \\<= 5GB'],
		['angle-bracket placeholders', 'https://<버킷 이름>.s3.amazonaws.com', 'https://\\<버킷 이름>.s3.amazonaws.com'],
		['a tilde', '3~63자', '3\\~63자'],
		['escaped Markdown', '\\*별표\\* \\_밑줄\\_ \\[괄호\\]', '\\*별표\\* \\_밑줄\\_ \\[괄호\\]'],
		['a character reference typed as text', '\\&copy; 표시', '\\&copy; 표시'],
		['a number that would start a list', '2025\\. 연도', '2025\\. 연도'],
		['a hash that would start a heading', '\\# 태그', '\\# 태그'],
		['code, which is never escaped', '`{"Version": "2012-10-17"}` 코드', '`{"Version": "2012-10-17"}` 코드'],
	])('keeps %s as the reader typed them', (_, markdown, expected) => {
		const result = convert(`${markdown}\n`);
		expect(bodyOf(`${markdown}\n`)).toBe(expected);
		// MDX must read the escaped page back as the same visible words.
		const shown = markdown.replace(/\\(.)/g, '$1').replace(/`/g, '');
		expect(renderedText(result.mdx, '/x/').text).toContain(shown);
	});

	test.each([
		['- 목록 아님', false, '- 목록 아님'],
		['- 목록 아님', true, '\\- 목록 아님'],
		['첫 줄\n> 인용 아님', false, '첫 줄\n\\> 인용 아님'],
		['{a} <b>', false, '\\{a\\} \\<b>'],
	])('escapeText(%j, atLineStart=%s)', (text, atLineStart, expected) => {
		expect(escapeText(text, atLineStart)).toBe(expected);
	});
});

describe('page', () => {
	test('front matter carries the export fields, description from seoDescription, and no slug', () => {
		const mdx = convert('문장\n').mdx;
		const data = parseYaml(/^---\n([\s\S]*?)\n---\n/.exec(mdx)?.[1] ?? '');
		expect(data).toEqual({
			title: 'Amazon VPC 기초',
			description: 'VPC와 서브넷을 정리했습니다.',
			seoTitle: 'VPC 개념',
			seoDescription: 'VPC와 서브넷을 정리했습니다.',
			datePublished: 'Mon Jul 07 2025 09:15:00 GMT+0000 (Coordinated Universal Time)',
			cuid: 'cmd0vpc000000',
			tags: ['vpc', 'aws'],
		});
		expect(noteFrontmatter.parse(data).datePublished?.toISOString()).toBe('2025-07-07T09:15:00.000Z');
	});

	test.each([
		['a title that looks like a date', 'title: "2025-06-25"', { title: '2025-06-25' }],
		['a title with a colon and quotes', `title: 'EC2: "인스턴스" #1'`, { title: 'EC2: "인스턴스" #1' }],
		['a numeric cuid', 'title: x\ncuid: "0123"', { cuid: '0123' }],
		['tags that look like booleans', 'title: x\ntags: [on, "yes"]', { tags: ['on', 'yes'] }],
	])('front matter keeps %s as text when Astro reads it back', (_, fields, expected) => {
		const mdx = convertExport(parseExport(`---\n${fields}\n---\n\n문장\n`, 'x.md')).mdx;
		expect(parseFrontmatter(mdx).frontmatter).toMatchObject(expected);
	});

	test('is written to src/content/docs/<slug>.mdx', () => {
		expect(convert('문장\n').pagePath).toBe('src/content/docs/vpc-basics.mdx');
	});

	test.each([
		['# 제목 하나', '## 제목 하나'],
		['## 둘', '## 둘'],
		['### 셋', '### 셋'],
	])('heading %j becomes %j (the page title is the only h1)', (markdown, expected) => {
		expect(bodyOf(`${markdown}\n`)).toBe(expected);
	});

	test("applies the project's allowed typo fixes and counts them", () => {
		const result = convert('온디맨스 인스턴스와 Saving Plan, `온디맨스`\n');
		expect(bodyOf('온디맨스 인스턴스와 Saving Plan\n')).toBe('온디맨드 인스턴스와 Savings Plans');
		expect([...result.typoFixes]).toEqual([
			['온디맨스 → 온디맨드', 2],
			['Saving Plan → Savings Plans', 1],
		]);
	});

	test('keeps a code block, with a fence longer than any backticks inside', () => {
		expect(bodyOf('````json\n{"a": "```"}\n````\n')).toBe('````json\n{"a": "```"}\n````');
	});

	test('stops at syntax a Hashnode note should not hold, naming the line', () => {
		expect(() => convert('문장[^1]\n\n[^1]: 각주\n')).toThrow(/12번째 줄: .*footnoteReference/);
	});

	test.each([
		['a highlight over two lines of a quote', '> 인용 <mark>첫 줄\n> 둘째 줄</mark>\n'],
		['a highlight over two lines of a list item', '* 항목 <mark>첫 줄\n  둘째 줄</mark> 끝\n'],
		['a code block with braces and tags', '```html\n<div>{값}</div>\n```\n'],
		['a code block in a list', '* 예:\n    \n    ```\n    x = {1}\n    ```\n'],
		['a task list', '- [ ] 할 일\n- [x] 끝난 일\n'],
		['strikethrough', '~~취소~~ 선\n'],
		['a link with parentheses and a title', '[링크 {x}](https://example.com/a_(b) "제목") 뒤\n'],
		['a quote inside a list', '* 항목\n\n  > 인용 안의\n  > * 목록\n'],
	])('keeps %s, as valid MDX that passes the fidelity check', (_, body) => {
		const text = sampleExport(body);
		const { mdx } = convertExport(parseExport(text, 'x.md'));
		expect(verifyImport(text, mdx, '/x/')).toEqual({ missingPieces: [], missingMarks: [] });
	});

	test('the S3 fixture converts to valid MDX that keeps every piece and highlight', () => {
		const text = readFileSync(new URL('../../tests/fixtures/hashnode/s3-basics.md', import.meta.url), 'utf8');
		const mdx = convertExport(parseExport(text, 's3-basics.md')).mdx;
		expect(verifyImport(text, mdx, '/s3-basics/')).toEqual({ missingPieces: [], missingMarks: [] });
		expect(renderedText(mdx, '/s3-basics/').marks).toHaveLength(7);
	});
});
