import { expect, test } from 'vitest';
import type { GlossaryEntry } from '../glossary/entries.ts';
import { buildVocabulary } from './vocabulary.ts';

const entry: GlossaryEntry = {
	term: '탄력적 IP',
	english: 'Elastic IP address',
	abbreviations: ['EIP'],
	aliases: ['Elastic IP'],
	definition: '',
	page: 'elastic-ip',
	section: 'Elastic IP',
};

test('lists every glossary name with its section, then page titles and section headings', () => {
	const vocabulary = buildVocabulary(
		[entry],
		[
			{
				id: 'elastic-ip',
				title: '탄력적 IP (Elastic IP)',
				headings: [
					{ depth: 2, slug: 'elastic-ip', text: 'Elastic IP' },
					{ depth: 4, slug: 'deep', text: '너무 깊은 제목' },
				],
			},
		],
	);
	expect(vocabulary).toEqual([
		{ text: '탄력적 IP', href: '/elastic-ip/#elastic-ip' },
		{ text: 'Elastic IP address', href: '/elastic-ip/#elastic-ip' },
		{ text: 'EIP', href: '/elastic-ip/#elastic-ip' },
		{ text: 'Elastic IP', href: '/elastic-ip/#elastic-ip' },
		{ text: '탄력적 IP (Elastic IP)', href: '/elastic-ip/' },
	]);
});
