/**
 * Reads a Hashnode markdown export: the front matter Hashnode writes and the body after it.
 * Pure: no file system; the caller names the file in its messages.
 */
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { noteFrontmatter } from '../../src/schemas/note-frontmatter.ts';
import { SLUG_PATTERN } from '../../src/schemas/sidebar.ts';

/** A problem with the export itself; the message says what is wrong in words an author can act on. */
export class ExportError extends Error {
	constructor(message: string) {
		super(message);
		this.name = 'ExportError';
	}
}

/** Slugs that already mean something on the site, so a note may not take them. */
export const RESERVED_SLUGS: readonly string[] = ['index', '404', 'tags'];

/** A Hashnode export, checked and ready to convert. */
export interface HashnodeExport {
	title: string;
	seoTitle?: string;
	seoDescription?: string;
	/** As written in the export (Hashnode's `Wed Jun 25 2025 …` form or ISO 8601); checked to be a real date. */
	datePublished?: string;
	cuid?: string;
	/** From the front matter `slug`, else from the file name. */
	slug: string;
	tags: string[];
	/** The markdown after the front matter, line endings normalised to `\n`. */
	body: string;
	/** 1-based line of the file where the body starts, so messages can point into the export. */
	bodyLine: number;
	/** Front matter keys the site has no use for (cover images and the like), reported to the author. */
	ignored: string[];
}

const CARRIED = new Set(['title', 'seoTitle', 'seoDescription', 'datePublished', 'cuid', 'slug', 'tags']);

/** A front matter scalar as text; numbers and the like become strings, empty strings count as absent. */
function scalar(data: Record<string, unknown>, key: string): string | undefined {
	const value = data[key];
	if (value === undefined || value === null) return undefined;
	if (typeof value === 'string') return value.trim() === '' ? undefined : value.trim();
	if (typeof value === 'number' || typeof value === 'boolean') return String(value);
	if (value instanceof Date) return value.toISOString();
	throw new ExportError(`front matter "${key}" must be text, not ${Array.isArray(value) ? 'a list' : typeof value}`);
}

/** The file name without folders and its `.md`/`.markdown` ending: the slug of last resort. */
export function slugFromFileName(fileName: string): string {
	return (fileName.split(/[\\/]/).pop() ?? '').replace(/\.(?:md|markdown)$/i, '');
}

/**
 * Parses and checks a Hashnode export.
 * @param text the whole file.
 * @param fileName the export's file name, used when the front matter has no `slug`.
 * @throws ExportError when the front matter is missing or unreadable, the title is missing, the date cannot be
 *   read, the tags are not text, the slug cannot be a URL, or the body is empty.
 */
export function parseExport(text: string, fileName: string): HashnodeExport {
	const source = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
	// Astro's own reader, so the importer and the build agree on every value.
	let parsed: ReturnType<typeof parseFrontmatter>;
	try {
		parsed = parseFrontmatter(source);
	} catch (error) {
		throw new ExportError(`front matter를 YAML로 읽을 수 없습니다: ${(error as Error).message.split('\n')[0]}`);
	}
	// Astro's split is looser (blank lines before `---`, text after the closing one); an export's front matter
	// opens the file and its closing `---` ends its line, which keeps the body's line numbers right.
	const closingLine = /^[ \t]*(?:\n|$)/.exec(parsed.content);
	if (!source.startsWith('---') || parsed.rawFrontmatter === '' || !closingLine) {
		throw new ExportError(
			'front matter가 없습니다: Hashnode 내보내기는 ---로 둘러싼 머리말(title, slug 등)로 시작해야 합니다',
		);
	}
	const data: unknown = parsed.frontmatter;
	if (typeof data !== 'object' || data === null || Array.isArray(data)) {
		throw new ExportError('front matter가 "이름: 값" 목록이 아닙니다');
	}
	const fields = data as Record<string, unknown>;

	const title = scalar(fields, 'title');
	if (!title) throw new ExportError('front matter에 title이 없습니다: 페이지 제목이 필요합니다');

	const seoTitle = scalar(fields, 'seoTitle');
	const seoDescription = scalar(fields, 'seoDescription');
	const datePublished = scalar(fields, 'datePublished');
	const cuid = scalar(fields, 'cuid');
	// The site's own schema decides, so an import never writes a page the build would reject.
	const checked = noteFrontmatter.safeParse({ seoTitle, seoDescription, datePublished, cuid, tags: fields['tags'] });
	if (!checked.success) {
		const issue = checked.error.issues[0];
		throw new ExportError(`front matter "${String(issue?.path[0] ?? '?')}": ${issue?.message ?? '잘못된 값'}`);
	}

	const slug = scalar(fields, 'slug') ?? slugFromFileName(fileName);
	if (!SLUG_PATTERN.test(slug)) {
		throw new ExportError(`slug "${slug}"는 URL에 쓸 수 없습니다: 영문 소문자, 숫자, 하이픈만 씁니다(예: s3-basics)`);
	}
	if (RESERVED_SLUGS.includes(slug)) {
		throw new ExportError(`slug "${slug}"는 사이트가 이미 쓰는 주소입니다: front matter의 slug를 바꾸세요`);
	}

	const body = parsed.content.slice(closingLine[0].length);
	if (body.trim() === '') throw new ExportError('본문이 비어 있습니다');

	return {
		title,
		...(seoTitle ? { seoTitle } : {}),
		...(seoDescription ? { seoDescription } : {}),
		...(datePublished ? { datePublished } : {}),
		...(cuid ? { cuid } : {}),
		slug,
		tags: checked.data.tags,
		body,
		bodyLine: source.slice(0, source.length - body.length).split('\n').length,
		ignored: Object.keys(fields).filter((key) => !CARRIED.has(key)),
	};
}
