import { describe, expect, test } from 'vitest';
import { queryList } from './query-list.ts';

describe('queryList', () => {
	test.each([
		{ name: 'a queries list of strings', exports: { queries: ['보안그룹', 'ENI'] }, expected: ['보안그룹', 'ENI'] },
		{
			name: 'an evaluation set under another name',
			exports: { kinds: ['particle'], searchCases: [{ query: '보안그룹에서', page: 'security-groups' }] },
			expected: ['보안그룹에서'],
		},
		{
			name: 'queries before any other list',
			exports: { other: ['x'], queries: [{ query: '스냅샷으로' }] },
			expected: ['스냅샷으로'],
		},
		{ name: 'lists of other things', exports: { numbers: [1, 2], cases: [{ page: 'eni' }] }, expected: [] },
		{ name: 'no plain strings unless they are the queries', exports: { kinds: ['particle'] }, expected: [] },
		{ name: 'an empty queries list', exports: { queries: [] }, expected: [] },
	])('reads $name', ({ exports, expected }) => {
		expect(queryList(exports)).toEqual(expected);
	});
});
