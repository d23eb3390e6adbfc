import { describe, expect, test } from 'vitest';
import { glossary, type GlossaryEntry } from '../glossary/entries.ts';
import { entryHref } from '../glossary/links.ts';
import { glossaryTermId, termsFromGlossary } from './terms.ts';

const terms = termsFromGlossary();

describe('termsFromGlossary', () => {
	test('gives every glossary entry one term with a unique id', () => {
		expect(terms).toHaveLength(glossary.length);
		expect(new Set(terms.map((term) => term.id)).size).toBe(terms.length);
	});

	test.each([
		[{ english: 'Elastic IP address' }, 'elastic-ip-address'],
		[{ english: 'On-Demand Capacity Reservations' }, 'on-demand-capacity-reservations'],
		[{ english: 'Amazon Machine Image' }, 'amazon-machine-image'],
	])('ids come from the English name: %o → %s', (entry, id) => {
		expect(glossaryTermId(entry)).toBe(id);
	});

	test('names hold the term, English name, abbreviations and aliases once each', () => {
		const eip = terms.find((term) => term.term === '탄력적 IP')!;
		expect(eip.names).toEqual([
			'탄력적 IP',
			'Elastic IP address',
			'EIP',
			'탄력적 IP 주소',
			'Elastic IP',
			'일래스틱 IP',
			'고정 IP',
			'정적 IP',
		]);
		const vpc = terms.find((term) => term.term === 'VPC')!;
		expect(vpc.names.filter((name) => name === 'VPC')).toHaveLength(1);
	});

	test('home anchors match the links of the 용어집', () => {
		for (const [index, term] of terms.entries()) {
			const href = entryHref(glossary[index]!);
			const [page, anchor] = href.split('#');
			expect(page).toBe(term.home.page === 'index' ? '/' : `/${term.home.page}/`);
			expect(term.home.anchor).toBe(anchor);
		}
	});

	test('kind is the home page and the broader kind its sidebar group', () => {
		const sections = [
			{ label: 'EC2 개념', slugs: ['eni'] },
			{ label: 'S3', slugs: ['s3-basics'] },
		];
		const entries: GlossaryEntry[] = [
			{ term: 'ENI', english: 'Elastic network interface', definition: 'd', page: 'eni' },
			{ term: '버킷', english: 'Bucket', definition: 'd', page: 's3-basics' },
			{ term: 'EC2', english: 'EC2', definition: 'd', page: 'index' },
		];
		expect(termsFromGlossary(entries, sections).map(({ kind, broaderKind }) => [kind, broaderKind])).toEqual([
			['eni', 'EC2 개념'],
			['s3-basics', 'S3'],
			['index', 'EC2 개념'],
		]);
	});
});
