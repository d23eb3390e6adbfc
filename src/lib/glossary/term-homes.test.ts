import { describe, expect, test } from 'vitest';
import { outlineNote } from '../search/note-outline.ts';
import type { DictionaryEntry } from './dictionary/types.ts';
import type { GlossaryEntry } from './entries.ts';
import { buildSiteTerms, termHomes } from './term-homes.ts';

// A tiny stand-in for the glossary and the AWS dictionary: the rules, not the data, are under test.
const glossary: GlossaryEntry[] = [
	{
		term: 'EBS',
		english: 'Amazon Elastic Block Store',
		aliases: ['스토리지'],
		definition: 'EC2 인스턴스에 붙이는 블록 스토리지 볼륨.',
		page: 'lifecycle',
		section: '상태별 요금과 EBS',
	},
	{ term: '리전', english: 'Region', definition: '데이터 센터가 모인 지리적 영역.', page: 'elastic-ip' },
];
const dictionary: DictionaryEntry[] = [
	{
		id: 'elb-target-group',
		korean: '대상 그룹',
		english: 'Target group',
		service: 'ELB',
		definition: '요청을 받을 대상의 묶음.',
	},
	{
		id: 'elb-alb',
		korean: '애플리케이션 로드 밸런서',
		english: 'Application Load Balancer',
		abbreviations: ['ALB'],
		service: 'ELB',
		definition: '7계층에서 요청을 나누는 로드 밸런서.',
	},
	{
		id: 'iam-role',
		korean: '역할',
		english: 'Role',
		service: 'IAM',
		definition: '임시 자격 증명을 주는 IAM 자격 증명.',
	},
	{ id: 's3-bucket', korean: '버킷', english: 'Bucket', service: 'S3', definition: '객체를 담는 컨테이너.' },
	{
		id: 'ebs-volume',
		korean: 'EBS 볼륨',
		variants: ['스토리지 볼륨'],
		english: 'Amazon Elastic Block Store',
		service: 'EBS',
		definition: '블록 스토리지.',
	},
];

const lifecycle = outlineNote(
	'lifecycle',
	'라이프사이클',
	'## 인스턴스 상태\n\n중지하면 요금이 없다. 각 구성 요소가 제 역할을 한다.\n\n## 상태별 요금과 EBS\n\nEBS 볼륨 요금은 계속 나온다.\n',
);
const elasticIp = outlineNote('elastic-ip', '탄력적 IP', '## Elastic IP\n\n리전마다 할당한다.\n');
const ec2Only = [lifecycle, elasticIp];

const homeOf = (terms: ReturnType<typeof buildSiteTerms>, term: string) => terms.find((item) => item.term === term);

describe('term homes', () => {
	test('a glossary term without a heading of its own keeps its pin', () => {
		const terms = buildSiteTerms({ glossary, dictionary: [], outlines: ec2Only });
		expect(homeOf(terms, '리전')).toMatchObject({ home: { page: 'elastic-ip', slug: '' }, homeReason: 'pin' });
	});

	test('adding a note with a heading for an existing glossary term moves the term there', () => {
		const before = buildSiteTerms({ glossary, dictionary: [], outlines: ec2Only });
		expect(homeOf(before, 'EBS')?.home).toEqual({
			page: 'lifecycle',
			section: '상태별 요금과 EBS',
			slug: '상태별-요금과-ebs',
		});
		const ebsNote = outlineNote(
			'ebs-basics',
			'EBS 기초',
			'## EBS(Elastic Block Store)\n\n블록 스토리지 볼륨\n\n## 볼륨 유형\n\ngp3, io2\n',
		);
		const after = buildSiteTerms({ glossary, dictionary: [], outlines: [...ec2Only, ebsNote] });
		expect(homeOf(after, 'EBS')).toMatchObject({
			home: { page: 'ebs-basics', section: 'EBS(Elastic Block Store)', slug: 'ebselastic-block-store' },
			homeReason: 'heading',
		});
	});

	test('a page title that names the term beats a subsection that also does', () => {
		const note = outlineNote('target-groups', '대상 그룹', '## 대상 그룹\n\n대상들의 묶음\n');
		const terms = buildSiteTerms({ glossary: [], dictionary, outlines: [note] });
		expect(homeOf(terms, '대상 그룹')?.home).toEqual({ page: 'target-groups', slug: '' });
	});

	test('without a heading, a table row whose first cell names the term is its home', () => {
		const note = outlineNote(
			'elb',
			'ELB',
			'## 개요\n\nELB는 트래픽을 나눈다.\n\n## 로드 밸런서 유형\n\n| **Application Load Balancer** | 7계층 |\n| --- | --- |\n',
		);
		const terms = buildSiteTerms({ glossary: [], dictionary, outlines: [note] });
		expect(homeOf(terms, '애플리케이션 로드 밸런서')).toMatchObject({
			home: { page: 'elb', section: '로드 밸런서 유형' },
			homeReason: 'table',
		});
	});

	test('termHomes maps every name of a term to its home', () => {
		const note = outlineNote('elb', 'ELB', '## 대상 그룹(Target Group)\n\n묶음\n');
		const homes = termHomes(buildSiteTerms({ glossary: [], dictionary, outlines: [note] }));
		for (const name of ['대상그룹', 'targetgroup'])
			expect(homes.get(name)).toMatchObject({ page: 'elb', slug: '대상-그룹target-group' });
	});
});

describe('which terms the site has', () => {
	test('only dictionary terms the notes use are kept; a two-syllable word of a sentence does not count', () => {
		const note = outlineNote('elb', 'ELB', '## 리스너\n\n요청을 대상 그룹으로 보낸다. ALB 리스너 규칙.\n');
		const terms = buildSiteTerms({ glossary: [], dictionary, outlines: [...ec2Only, note] }).map((term) => term.term);
		expect(terms).toContain('대상 그룹');
		expect(terms).toContain('애플리케이션 로드 밸런서'); // by its abbreviation
		expect(terms).not.toContain('역할'); // only `제 역할을 한다` in a sentence
		expect(terms).not.toContain('버킷'); // not in the notes at all
	});

	test('a two-syllable term counts when a heading names it', () => {
		const note = outlineNote('s3', 'S3', '## 버킷\n\n이름은 고유해야 함\n');
		expect(buildSiteTerms({ glossary: [], dictionary, outlines: [note] }).map((term) => term.term)).toContain('버킷');
	});

	test('a dictionary entry sharing a name with a glossary entry adds its names to it instead of a second term', () => {
		const terms = buildSiteTerms({ glossary, dictionary, outlines: ec2Only });
		expect(terms.filter((term) => term.term === 'EBS 볼륨')).toEqual([]);
		expect(homeOf(terms, 'EBS')?.aliases).toEqual(expect.arrayContaining(['스토리지', 'EBS 볼륨', '스토리지 볼륨']));
	});

	test('pairs the notes write become terms, or names of a term they share a name with', () => {
		const note = outlineNote(
			'cdn',
			'CloudFront',
			'## 오리진(Origin)\n\n콘텐츠의 원본\n\n## 배포\n\n대상 그룹(Target Group) 아님, Region(리전) 단위\n',
		);
		const terms = buildSiteTerms({ glossary, dictionary, outlines: [...ec2Only, note] });
		expect(homeOf(terms, '오리진')).toMatchObject({
			english: 'Origin',
			origin: 'note',
			home: { page: 'cdn', section: '오리진(Origin)' },
		});
		expect(terms.filter((term) => term.term === '리전')).toHaveLength(1);
	});

	test("a note's aliases front matter names an existing term or a new one homed on that note", () => {
		const note = outlineNote('ami-notes', 'AMI 노트', '## 만드는 법\n\n스냅샷에서 만든다\n');
		const terms = buildSiteTerms({
			glossary,
			dictionary: [],
			outlines: [...ec2Only, note],
			noteAliases: { 'ami-notes': { EBS: ['블록 디스크'], '골든 이미지': ['golden image'] } },
		});
		expect(homeOf(terms, 'EBS')?.aliases).toContain('블록 디스크');
		expect(homeOf(terms, '골든 이미지')).toMatchObject({ home: { page: 'ami-notes', slug: '' }, homeReason: 'note' });
	});
});
