/**
 * The line above the results when search looked for something other than what was typed: it says what was
 * searched instead, with the particle (으)로 chosen for that word by es-hangul's `josa`.
 */
import { josa } from 'es-hangul';
import type { SearchNotice } from './cascade.ts';

/** `초성 ‘ㅂㅇㄱㄹ’: ‘보안그룹’으로 검색한 결과`, `‘스넵샷’ 대신 ‘스냅샷’으로 검색한 결과`, `… ‘eip’로 검색한 결과`. */
export function noticeText(notice: SearchNotice): string {
	const searched = `‘${notice.searched}’${josa.pick(notice.searched, '으로/로')} 검색한 결과`;
	if (notice.kind === 'choseong') return `초성 ‘${notice.typed}’: ${searched}`;
	if (notice.kind === 'layout') return `한/영 전환 없이 입력한 ‘${notice.typed}’ 대신 ${searched}`;
	return `‘${notice.typed}’ 대신 ${searched}`;
}
