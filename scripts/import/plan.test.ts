import { describe, expect, test } from 'vitest';
import { ExportError } from './parse.ts';
import { imageExtension, parseArgs, planImport, UsageError, type ImportArgs, type PlanInput } from './plan.ts';

describe('parseArgs', () => {
	test.each([
		[['note.md'], { file: 'note.md', force: false, dryRun: false, fetchImages: false }],
		[
			['--dry-run', 'note.md', '--force', '--fetch-images'],
			{ file: 'note.md', force: true, dryRun: true, fetchImages: true },
		],
		[['note.md', '--section', 'S3 기초'], { file: 'note.md', section: 'S3 기초' }],
		[['--section=VPC', 'note.md'], { file: 'note.md', section: 'VPC' }],
		[['note.md', '--section', ' VPC ', '--section', 'S3 기초'], { file: 'note.md', section: 'S3 기초' }],
	])('%j', (argv, expected) => {
		expect(parseArgs(argv)).toMatchObject(expected);
	});

	test.each([
		[[], /파일을 하나 주세요/],
		[['a.md', 'b.md'], /한 번에 하나만/],
		[['a.md', '--section'], /--section 뒤에/],
		[['a.md', '--section', '--force'], /--section 뒤에/],
		[['a.md', '--overwrite'], /알 수 없는 옵션입니다: --overwrite/],
		[['a.md', '-x'], /알 수 없는 옵션입니다: -x/],
		[['a.md', '--force=yes'], /알 수 없는 옵션입니다: --force=yes/],
		[['--section=', 'a.md'], /--section 뒤에/],
		[['--section', ' ', 'a.md'], /--section 뒤에/],
	])('rejects %j', (argv, message) => {
		expect(() => parseArgs(argv)).toThrow(UsageError);
		expect(() => parseArgs(argv)).toThrow(message);
	});
});

describe('imageExtension', () => {
	test.each([
		['image/png', 'png'],
		['image/jpeg; charset=binary', 'jpg'],
		['IMAGE/WEBP', 'webp'],
		['image/svg+xml', 'svg'],
	])('%s is saved as .%s', (type, extension) => {
		expect(imageExtension(type, 'https://x/a')).toBe(extension);
	});

	test.each([['text/html'], [null]])('refuses a %s response, naming the URL', (type) => {
		expect(() => imageExtension(type, 'https://x/a')).toThrow(/이미지가 아닌 응답입니다.*https:\/\/x\/a/);
	});
});

const exportText = `---
title: "Amazon VPC 기초"
slug: vpc-basics
---

## VPC

| **서브넷** | VPC 안의 <mark>IP 주소 범위</mark> |
| --- | --- |

![](https://cdn.hashnode.com/vpc.png align="center")

VPC 콘솔 화면
`;

const sidebarJson = JSON.stringify([
	{ label: 'EC2 개념', slugs: ['eni'] },
	{ label: 'VPC', slugs: [] },
]);

function plan(overrides: Partial<PlanInput> = {}, args: Partial<ImportArgs> = {}) {
	return planImport({
		exportText,
		fileName: 'vpc.md',
		args: { file: 'vpc.md', force: false, dryRun: false, fetchImages: false, ...args },
		sidebarJson,
		exists: () => false,
		...overrides,
	});
}

describe('planImport', () => {
	test('writes the page and adds it to the first sidebar group by default', () => {
		const result = plan();
		expect(result.files.map((file) => file.path)).toEqual(['src/content/docs/vpc-basics.mdx', 'notes/vpc-basics.md']);
		expect(result.sidebar).toEqual([
			{ label: 'EC2 개념', slugs: ['eni', 'vpc-basics'] },
			{ label: 'VPC', slugs: [] },
		]);
	});

	test('adds the page to the named group with --section', () => {
		expect(plan({}, { section: 'VPC' }).sidebar?.[1]).toEqual({ label: 'VPC', slugs: ['vpc-basics'] });
	});

	test('leaves the sidebar alone when the page is listed already', () => {
		const listed = JSON.stringify([{ label: 'EC2 개념', slugs: ['vpc-basics'] }]);
		const result = plan({ sidebarJson: listed, exists: () => true }, { force: true });
		expect(result.sidebar).toBeUndefined();
		expect(result.report).toContain('페이지: src/content/docs/vpc-basics.mdx (덮어씀)');
	});

	test('refuses to overwrite an existing page without --force', () => {
		const exists = (path: string) => path === 'src/content/docs/vpc-basics.mdx';
		expect(() => plan({ exists })).toThrow(/vpc-basics\.mdx이\(가\) 이미 있습니다: 덮어쓰려면 --force/);
		expect(plan({ exists }, { force: true }).files).toHaveLength(2);
	});

	test('keeps the export itself, unchanged, as notes/<slug>.md', () => {
		const result = plan();
		expect(result.files.at(-1)).toEqual({ path: 'notes/vpc-basics.md', content: exportText });
		expect(result.report).toContain('원본: notes/vpc-basics.md (새로 만듦, 내보낸 파일 그대로)');
	});

	test('refuses to overwrite a kept original without --force', () => {
		const exists = (path: string) => path === 'notes/vpc-basics.md';
		expect(() => plan({ exists })).toThrow(/notes\/vpc-basics\.md이\(가\) 이미 있습니다: 덮어쓰려면 --force/);
		expect(plan({ exists }, { force: true }).report).toContain(
			'원본: notes/vpc-basics.md (덮어씀, 내보낸 파일 그대로)',
		);
	});

	test('reports the image the author must supply, with its URL, and the guessed table caption', () => {
		const { report } = plan();
		expect(report.join('\n')).toContain(
			'1. src/assets/vpc-basics/image-1.png ← https://cdn.hashnode.com/vpc.png (11번째 줄, 캡션 "VPC 콘솔 화면")',
		);
		expect(report.join('\n')).toContain('캡션("VPC")');
	});

	test('plans downloaded images with the extension their content type calls for, and links them locally', () => {
		const bytes = new Uint8Array([1, 2, 3]);
		const downloads = new Map([['https://cdn.hashnode.com/vpc.png', { bytes, extension: 'webp' }]]);
		const result = plan({ downloads });
		expect(result.files).toEqual([
			{ path: 'src/assets/vpc-basics/image-1.webp', content: bytes },
			{
				path: 'src/content/docs/vpc-basics.mdx',
				content: expect.stringContaining('](../../assets/vpc-basics/image-1.webp)'),
			},
			{ path: 'notes/vpc-basics.md', content: exportText },
		]);
		expect(result.result.mdx).not.toContain('cdn.hashnode.com');
	});

	test('refuses to overwrite a downloaded image without --force', () => {
		const downloads = new Map([['https://cdn.hashnode.com/vpc.png', { bytes: new Uint8Array(), extension: 'png' }]]);
		const exists = (path: string) => path.startsWith('src/assets/');
		expect(() => plan({ downloads, exists })).toThrow(/image-1\.png이\(가\) 이미 있습니다/);
	});

	test('refuses a page the fidelity check finds incomplete (an HTML comment counts as text there)', () => {
		const withComment = exportText.replace('## VPC', '## VPC\n\n<!-- 메모 -->');
		expect(() => plan({ exportText: withComment })).toThrow(
			/빠지는 내용이 있어 아무것도 쓰지 않았습니다:\n {2}- <!-- 메모 -->/,
		);
	});

	test.each([
		['not JSON', '[{'],
		['not sections', '{"label": "x"}'],
	])('names the sidebar file when its data is %s', (_, json) => {
		expect(() => plan({ sidebarJson: json })).toThrow(ExportError);
		expect(() => plan({ sidebarJson: json })).toThrow(/사이드바 데이터를 읽을 수 없습니다/);
	});
});
