import { expect, test } from 'vitest';
import type { SearchNotice } from './cascade.ts';
import { noticeText } from './notice.ts';

test.each<[SearchNotice, string]>([
	[{ kind: 'choseong', typed: 'ㅂㅇㄱㄹ', searched: '보안그룹' }, '초성 ‘ㅂㅇㄱㄹ’: ‘보안그룹’으로 검색한 결과'],
	[
		{ kind: 'layout', typed: 'qhdksrmfnq', searched: '보안그룹' },
		'한/영 전환 없이 입력한 ‘qhdksrmfnq’ 대신 ‘보안그룹’으로 검색한 결과',
	],
	[{ kind: 'layout', typed: '댜ㅔ', searched: 'eip' }, '한/영 전환 없이 입력한 ‘댜ㅔ’ 대신 ‘eip’로 검색한 결과'],
	[{ kind: 'spelling', typed: '스넵샷', searched: '스냅샷' }, '‘스넵샷’ 대신 ‘스냅샷’으로 검색한 결과'],
	// A final ㄹ takes 로, not 으로.
	[{ kind: 'spelling', typed: '파이', searched: '파일' }, '‘파이’ 대신 ‘파일’로 검색한 결과'],
	// No final consonant: 로.
	[{ kind: 'spelling', typed: '인스턴', searched: '인스턴스' }, '‘인스턴’ 대신 ‘인스턴스’로 검색한 결과'],
])('%j → %s', (notice, expected) => {
	expect(noticeText(notice)).toBe(expected);
});
