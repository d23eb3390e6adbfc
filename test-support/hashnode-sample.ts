/**
 * A Hashnode export written the way Hashnode writes it (quoted strings, its date form, a blank line before the
 * closing `---`), shared by the parser and converter tests. The header is 11 lines, so the body starts on line 12.
 */
export const SAMPLE_HEADER = `---
title: "Amazon VPC 기초"
seoTitle: "VPC 개념"
seoDescription: "VPC와 서브넷을 정리했습니다."
datePublished: Mon Jul 07 2025 09:15:00 GMT+0000 (Coordinated Universal Time)
cuid: cmd0vpc000000
slug: vpc-basics
tags: vpc, aws

---

`;

/** The sample header followed by `body`. */
export function sampleExport(body: string): string {
	return SAMPLE_HEADER + body;
}
