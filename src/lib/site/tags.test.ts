import { expect, test } from 'vitest';
import { groupByTag } from './tags.ts';

test('groups pages by tag slug and sorts tags in Korean collation (Hangul before Latin)', () => {
	const eni = { id: 'eni', title: 'ENI', tags: ['EC2', '네트워크'] };
	const ami = { id: 'ami', title: 'AMI', tags: ['ec2', 'aws', 'ec2'] };
	const groups = groupByTag([eni, ami]);
	expect(groups.map((group) => [group.slug, group.pages.map((page) => page.id)])).toEqual([
		['네트워크', ['eni']],
		['aws', ['ami']],
		['ec2', ['eni', 'ami']],
	]);
});

test('pages without tags make no groups', () => {
	expect(groupByTag([{ id: 'x', title: 'x', tags: [] }])).toEqual([]);
});
