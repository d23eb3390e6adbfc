import { expect, test } from 'vitest';
import { termsReport } from './terms-report.ts';

const mdx = `---
title: Amazon VPC 기초
---

## 서브넷(Subnet)

- VPC의 IP 대역을 나눈 범위, 인터넷 게이트웨이(Internet Gateway)로 나간다

## 라우팅 테이블

| 대상 | 설명 |
| --- | --- |
| **Local** | VPC 안의 경로 |
`;

test('the import report lists the pairs the note writes and the terms search will send to it, with their sections', () => {
	const lines = termsReport('vpc-basics', 'Amazon VPC 기초', mdx);
	expect(lines[0]).toBe('노트가 쓴 영어 이름 3개: 서브넷(Subnet), 인터넷 게이트웨이(Internet Gateway), Local');
	expect(lines).toContain('  서브넷 (Subnet) → 서브넷(Subnet)');
	expect(lines.some((line) => /^ {2}라우팅 테이블 \(Route table\) → 라우팅 테이블$/.test(line))).toBe(true);
	expect(lines.at(-1)).toMatch(/aliases/);
});

test('a note with no English names says so', () => {
	expect(termsReport('memo', '메모', '---\ntitle: 메모\n---\n\n오늘 배운 것\n')[0]).toBe('노트가 쓴 영어 이름: 없음');
});
