import { describe, expect, test } from 'vitest';
import { ExportError, parseExport, slugFromFileName } from './parse.ts';
import { sampleExport } from '../../test-support/hashnode-sample.ts';

const header = (fields: string) => `---\n${fields}\n---\n\n## 본문\n\n문장 하나\n`;

const complete = sampleExport('## VPC란?\n\n문장\n').replace(
	'tags: vpc, aws\n',
	'tags: vpc, aws\ncover: https://cdn.hashnode.com/cover.png\n',
);

describe('parseExport', () => {
	test('reads every front matter field the site uses and keeps the date as written', () => {
		const note = parseExport(complete, 'export.md');
		expect(note).toMatchObject({
			title: 'Amazon VPC 기초',
			seoTitle: 'VPC 개념',
			seoDescription: 'VPC와 서브넷을 정리했습니다.',
			datePublished: 'Mon Jul 07 2025 09:15:00 GMT+0000 (Coordinated Universal Time)',
			cuid: 'cmd0vpc000000',
			slug: 'vpc-basics',
			tags: ['vpc', 'aws'],
			ignored: ['cover'],
		});
		expect(note.body).toBe('\n## VPC란?\n\n문장\n');
	});

	test('counts the line where the body starts, for messages that point into the file', () => {
		expect(parseExport(complete, 'export.md').bodyLine).toBe(12);
	});

	test('accepts Windows line endings and a byte order mark', () => {
		const note = parseExport(`\uFEFF${complete.replace(/\n/g, '\r\n')}`, 'export.md');
		expect(note.title).toBe('Amazon VPC 기초');
		expect(note.body).not.toContain('\r');
	});

	test.each([
		['the file name when there is no slug', 'title: 제목', 'notes/vpc-basics.md', 'vpc-basics'],
		['the front matter slug over the file name', 'title: 제목\nslug: s3', 'notes/other.md', 's3'],
	])('takes the slug from %s', (_, fields, fileName, slug) => {
		expect(parseExport(header(fields), fileName).slug).toBe(slug);
	});

	test('treats empty SEO fields as absent, since the schema rejects empty strings', () => {
		const note = parseExport(header('title: 제목\nseoTitle: ""\nseoDescription: ""'), 'x.md');
		expect(note).not.toHaveProperty('seoTitle');
		expect(note).not.toHaveProperty('seoDescription');
	});

	test.each([
		['tags as a list', 'title: 제목\ntags: [VPC, aws]', { tags: ['VPC', 'aws'] }],
		['no tags', 'title: 제목', { tags: [] }],
		['a number as title', 'title: 2025', { title: '2025' }],
	])('reads %s', (_, fields, expected) => {
		expect(parseExport(header(fields), 'x.md')).toMatchObject(expected);
	});

	test.each([
		['no front matter', '## 본문\n\n문장\n', /front matter가 없습니다/],
		['an unclosed front matter', '---\ntitle: 제목\n\n## 본문\n', /front matter가 없습니다/],
		['front matter that is not YAML', header('title: [제목'), /YAML로 읽을 수 없습니다/],
		['front matter that is a list', header('- title'), /"이름: 값" 목록이 아닙니다/],
		['no title', header('seoTitle: 제목 없음'), /title이 없습니다/],
		['an empty title', header('title: "  "'), /title이 없습니다/],
		['a title that is a list', header('title: [a, b]'), /"title" must be text, not a list/],
		[
			'an unreadable date',
			header('title: 제목\ndatePublished: 지난주 수요일'),
			/datePublished "지난주 수요일" is not a date/,
		],
		['an impossible date', header('title: 제목\ndatePublished: Sat Feb 31 2025 10:00:00 GMT+0000'), /datePublished/],
		['tags that are numbers', header('title: 제목\ntags: [1, 2]'), /tags/],
		['a slug with capitals', header('title: 제목\nslug: My-Note'), /slug "My-Note"는 URL에 쓸 수 없습니다/],
		['a slug the site uses', header('title: 제목\nslug: tags'), /slug "tags"는 사이트가 이미 쓰는 주소입니다/],
		['an empty body', '---\ntitle: 제목\n---\n\n   \n', /본문이 비어 있습니다/],
	])('rejects %s with a message naming the problem', (_, text, message) => {
		expect(() => parseExport(text, 'note.md')).toThrow(ExportError);
		expect(() => parseExport(text, 'note.md')).toThrow(message);
	});
});

test.each([
	['notes/s3-basics.md', 's3-basics'],
	['C:\\exports\\vpc.markdown', 'vpc'],
	['plain', 'plain'],
])('slugFromFileName(%j) is %j', (fileName, slug) => {
	expect(slugFromFileName(fileName)).toBe(slug);
});
