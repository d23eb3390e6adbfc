/**
 * What a new note will answer to, for the import report: the terms search will send to it (glossary and AWS
 * dictionary terms it explains or uses, and its own `한국어(English)` pairs) and the pairs it writes.
 */
import { dictionary } from '../../src/lib/glossary/dictionary/index.ts';
import { glossary } from '../../src/lib/glossary/entries.ts';
import { buildSiteTerms } from '../../src/lib/glossary/term-homes.ts';
import { bilingualPairs } from '../../src/lib/search/bilingual-pairs.ts';
import { outlineNote } from '../../src/lib/search/note-outline.ts';
import { stripFrontMatter } from './fidelity.ts';

/** Report lines for an imported page (`mdx` with its front matter), Korean, for the author. */
export function termsReport(slug: string, title: string, mdx: string): string[] {
	const outline = outlineNote(slug, title, stripFrontMatter(mdx));
	const pairs = bilingualPairs(outline).map((pair) => (pair.korean ? `${pair.korean}(${pair.english})` : pair.english));
	// Terms the note only mentions in passing keep their home elsewhere on the site; list what it explains.
	const explained = buildSiteTerms({ glossary, dictionary, outlines: [outline] }).filter(
		(term) => term.homeReason !== 'mention',
	);
	const terms = explained.map((term) => {
		const names = [term.english, ...term.abbreviations].filter((name) => name && name !== term.term).join(', ');
		return `  ${term.term}${names ? ` (${names})` : ''} → ${term.home.section ?? '페이지 처음'}`;
	});
	return [
		pairs.length > 0 ? `노트가 쓴 영어 이름 ${pairs.length}개: ${pairs.join(', ')}` : '노트가 쓴 영어 이름: 없음',
		`검색이 이 노트로 보낼 용어 ${terms.length}개 (용어 → 설명하는 섹션):`,
		...terms,
		'  다른 이름을 더하려면 front matter에 aliases를 쓰세요 (README의 "새 노트 추가").',
	];
}
