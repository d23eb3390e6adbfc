import { expect, test } from 'vitest';
import { outlineNote, outlineText } from './note-outline.ts';

const body = `import TableScroll from '../../components/content/TableScroll.astro';

> EC2 인스턴스 그룹의 배치를 구성할 수 있다

## 클러스터(Cluster) 배치그룹

- <mark>단일 가용영역</mark> 안에서 가까이 배치

<TableScroll label="비교표">
<table>
<thead>
<tr><th scope="col">항목</th><th scope="col">설명</th></tr>
</thead>
<tbody>
<tr><th scope="row">S3 Standard</th><td>기본 스토리지 클래스</td></tr>
<tr><th scope="row">목적</th><td>짧은 지연시간</td></tr>
</tbody>
</table>
</TableScroll>

### 클러스터(Cluster) 배치그룹

| **버킷** | 객체를 담는 그릇 |
| --- | --- |
| **객체** | 저장되는 파일 |
`;

const outline = outlineNote('placement-groups', '배치그룹(Placement Groups)', body);

test('the page top is the first section, titled with the page title and holding the text before any heading', () => {
	expect(outline.sections[0]).toMatchObject({ heading: '배치그룹(Placement Groups)', slug: '', depth: 1 });
	expect(outline.sections[0]!.text).toContain('EC2 인스턴스 그룹의 배치를 구성할 수 있다');
	expect(outline.sections[0]!.text).not.toContain('import');
});

test('headings get the anchors Astro gives them, a repeated heading a numbered one', () => {
	expect(outline.sections.map((section) => [section.depth, section.slug])).toEqual([
		[1, ''],
		[2, '클러스터cluster-배치그룹'],
		[3, '클러스터cluster-배치그룹-1'],
	]);
});

test('table rows give their first cell, JSX and GFM tables alike, column headers left out', () => {
	expect(outline.sections[1]!.rowHeads).toEqual(['S3 Standard', '목적']);
	expect(outline.sections[2]!.rowHeads).toEqual(['버킷', '객체']);
});

test('cells of one row stay apart in the text, and marked text is kept', () => {
	expect(outline.sections[1]!.text).toContain('단일 가용영역 안에서 가까이 배치');
	expect(outline.sections[1]!.text).toMatch(/S3 Standard \| 기본 스토리지 클래스/);
	expect(outlineText(outline)).toContain('저장되는 파일');
});

test('a plain Markdown page with a bare < still outlines', () => {
	const plain = outlineNote('x', 'X', '## 한도\n\n보관 기간 < 30일\n');
	expect(plain.sections[1]).toMatchObject({ heading: '한도', text: '보관 기간 < 30일\n' });
});
