/**
 * Everything `npm run import` decides, without touching the disk or the network: the command line, which files
 * to write with what content, and the report for the author. `scripts/import/cli.ts` only reads, downloads and writes.
 */
import { parseArgs as parseCommandLine, type ParseArgsConfig } from 'node:util';
import { addToSection, parseSections, type NoteSection, type SectionChange } from '../../src/schemas/sidebar.ts';
import { convertExport, type ConvertResult, type ExportImage } from './convert.ts';
import { ExportError, parseExport, type HashnodeExport } from './parse.ts';
import { originalPath } from './originals.ts';
import { termsReport } from './terms-report.ts';
import { verifyImport } from './verify.ts';

/** Where the sidebar data lives, relative to the repository root. */
export const SIDEBAR_PATH = 'src/lib/site/sidebar.json';

export const USAGE =
	'사용법: npm run import -- <Hashnode 내보내기.md> [--section <사이드바 그룹 이름>] [--force] [--dry-run] [--fetch-images]';

export interface ImportArgs {
	file: string;
	/** Sidebar group to add the page to; default: the first group. */
	section?: string;
	/** Overwrite an existing page and its images. */
	force: boolean;
	/** Print what would be written and write nothing. */
	dryRun: boolean;
	/** Download the export's images into `src/assets/<slug>/` instead of leaving placeholders. */
	fetchImages: boolean;
}

/** A command line the importer cannot act on; the caller prints the message and the usage. */
export class UsageError extends Error {
	constructor(message: string) {
		super(message);
		this.name = 'UsageError';
	}
}

const OPTIONS = {
	section: { type: 'string' },
	force: { type: 'boolean' },
	'dry-run': { type: 'boolean' },
	'fetch-images': { type: 'boolean' },
} as const satisfies ParseArgsConfig['options'];

const isOption = (name: string): name is keyof typeof OPTIONS => Object.hasOwn(OPTIONS, name);

/**
 * Reads the arguments after `npm run import --` with `node:util`'s `parseArgs`. It runs non-strict so that
 * every mistake is reported here, in Korean and naming what was typed, from the tokens it returns.
 */
export function parseArgs(argv: readonly string[]): ImportArgs {
	const { values, positionals, tokens } = parseCommandLine({
		args: [...argv],
		options: OPTIONS,
		allowPositionals: true,
		strict: false,
		tokens: true,
	});
	for (const token of tokens) {
		if (token.kind !== 'option') continue;
		if (!isOption(token.name) || (OPTIONS[token.name].type === 'boolean' && token.value !== undefined)) {
			throw new UsageError(`알 수 없는 옵션입니다: ${argv[token.index] ?? token.rawName}`);
		}
		// `--section --force` hands `--force` to --section as its value: a forgotten group name, not a name.
		if (token.name === 'section' && (!token.value || token.value.startsWith('--') || token.value.trim() === '')) {
			throw new UsageError('--section 뒤에 사이드바 그룹 이름이 필요합니다');
		}
	}
	if (positionals.length !== 1) {
		throw new UsageError(positionals.length === 0 ? '가져올 파일을 하나 주세요' : '파일은 한 번에 하나만 가져옵니다');
	}
	return {
		file: positionals[0] ?? '',
		...(typeof values.section === 'string' ? { section: values.section.trim() } : {}),
		force: values.force === true,
		dryRun: values['dry-run'] === true,
		fetchImages: values['fetch-images'] === true,
	};
}

/** An image fetched by the caller: its bytes and the file extension its content type calls for. */
export interface DownloadedImage {
	bytes: Uint8Array;
	extension: string;
}

const IMAGE_TYPES: Readonly<Record<string, string>> = {
	'image/png': 'png',
	'image/jpeg': 'jpg',
	'image/gif': 'gif',
	'image/webp': 'webp',
	'image/avif': 'avif',
	'image/svg+xml': 'svg',
};

/**
 * The extension for a downloaded image, from its `Content-Type`.
 * @throws ExportError when the server did not send an image type the site can show.
 */
export function imageExtension(contentType: string | null, url: string): string {
	const type = (contentType ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
	const extension = IMAGE_TYPES[type];
	if (!extension) throw new ExportError(`이미지가 아닌 응답입니다(Content-Type: ${type || '없음'}): ${url}`);
	return extension;
}

export interface PlannedFile {
	/** Relative to the repository root. */
	path: string;
	content: string | Uint8Array;
}

export interface ImportPlan {
	note: HashnodeExport;
	result: ConvertResult;
	/**
	 * Images in the order to write them, then the page, then the export itself as `notes/<slug>.md` (kept byte
	 * for byte, so the page can always be checked against its source). The sidebar is separate: the caller formats it.
	 */
	files: PlannedFile[];
	/** The new sidebar data, or undefined when the page is listed already. */
	sidebar: NoteSection[] | undefined;
	sectionChange: SectionChange;
	/** Lines for the author: what was made, what was guessed, what they still need to supply. */
	report: string[];
}

export interface PlanInput {
	exportText: string;
	/** The export's path as the author gave it; its name is the slug of last resort. */
	fileName: string;
	args: ImportArgs;
	/** Text of `src/lib/site/sidebar.json`. */
	sidebarJson: string;
	/** Whether a path (relative to the repository root) exists already. */
	exists: (path: string) => boolean;
	/** Images downloaded for `--fetch-images`, by remote URL. */
	downloads?: ReadonlyMap<string, DownloadedImage>;
}

/** Parses an export and lists its images, so the caller knows what to download before planning. */
export function readExport(exportText: string, fileName: string): { note: HashnodeExport; images: ExportImage[] } {
	const note = parseExport(exportText, fileName);
	return { note, images: convertExport(note).images };
}

/**
 * Decides the whole import. Nothing is written when this throws.
 * @throws ExportError for a malformed export, a page that exists without `--force`, a page that would lose
 *   words or highlights, or unreadable sidebar data.
 */
export function planImport(input: PlanInput): ImportPlan {
	const { args } = input;
	const note = parseExport(input.exportText, input.fileName);
	const downloads = input.downloads ?? new Map<string, DownloadedImage>();

	const localImages = new Map<string, string>();
	const imageFiles: PlannedFile[] = [];
	for (const image of convertExport(note).images) {
		const download = downloads.get(image.url);
		if (!download || localImages.has(image.url)) continue;
		const path = image.assetPath.replace(/\.[a-z]+$/, `.${download.extension}`);
		localImages.set(image.url, path);
		imageFiles.push({ path, content: download.bytes });
	}
	const result = convertExport(note, { localImages });

	const report = verifyImport(input.exportText, result.mdx, `/${note.slug}/`);
	if (report.missingPieces.length > 0 || report.missingMarks.length > 0) {
		const list = (items: string[]) => items.map((item) => `\n  - ${item}`).join('');
		throw new ExportError(
			`옮긴 페이지에서 빠지는 내용이 있어 아무것도 쓰지 않았습니다:${list(report.missingPieces)}${list(report.missingMarks.map((mark) => `<mark>${mark}</mark>`))}`,
		);
	}

	const original: PlannedFile = { path: originalPath(note.slug), content: input.exportText };
	const targets = [...imageFiles.map((file) => file.path), result.pagePath, original.path];
	const existing = targets.filter((path) => input.exists(path));
	if (existing.length > 0 && !args.force) {
		throw new ExportError(`${existing.join(', ')}이(가) 이미 있습니다: 덮어쓰려면 --force를 붙이세요`);
	}

	let sections: NoteSection[];
	try {
		sections = parseSections(JSON.parse(input.sidebarJson), SIDEBAR_PATH);
	} catch (error) {
		throw new ExportError(`사이드바 데이터를 읽을 수 없습니다: ${(error as Error).message}`);
	}
	const { sections: nextSections, change } = addToSection(sections, note.slug, args.section);

	return {
		note,
		result,
		files: [...imageFiles, { path: result.pagePath, content: result.mdx }, original],
		sidebar: change.kind === 'unchanged' ? undefined : nextSections,
		sectionChange: change,
		report: describe(note, result, change, existing, localImages, args),
	};
}

function describe(
	note: HashnodeExport,
	result: ConvertResult,
	change: SectionChange,
	existing: readonly string[],
	localImages: ReadonlyMap<string, string>,
	args: ImportArgs,
): string[] {
	const original = originalPath(note.slug);
	const lines = [
		`페이지: ${result.pagePath} (${existing.includes(result.pagePath) ? '덮어씀' : '새로 만듦'})`,
		`원본: ${original} (${existing.includes(original) ? '덮어씀' : '새로 만듦'}, 내보낸 파일 그대로)`,
	];
	lines.push(
		change.kind === 'created'
			? `사이드바: 새 그룹 "${change.label}"을(를) 만들고 ${note.slug}를 넣음 (${SIDEBAR_PATH})`
			: change.kind === 'appended'
				? `사이드바: "${change.label}" 그룹 끝에 ${note.slug}를 넣음 (${SIDEBAR_PATH})`
				: `사이드바: ${note.slug}는 이미 "${change.label}" 그룹에 있어 그대로 둠`,
	);
	if (args.section && change.kind === 'unchanged' && change.label !== args.section) {
		lines.push(`  --section "${args.section}"은(는) 쓰지 않았습니다: 옮기려면 ${SIDEBAR_PATH}를 직접 고치세요`);
	}
	if (result.tableCaptions.length > 0) {
		lines.push(
			`표 ${result.tableCaptions.length}개: Hashnode 표에는 머리글이 없어 캡션(${result.tableCaptions.map((caption) => `"${caption}"`).join(', ')})과 열 머리글("항목", "설명" 등)을 정했습니다. 알맞게 고치세요.`,
		);
	}
	for (const [fix, count] of result.typoFixes) lines.push(`오타 수정: ${fix} (${count}곳)`);
	const fetched = result.images.filter((image) => localImages.has(image.url));
	if (fetched.length > 0) {
		lines.push(`내려받은 이미지 ${fetched.length}개 (대체 텍스트를 확인하세요):`);
		for (const image of fetched) lines.push(`  ${image.index}. ${localImages.get(image.url)} ← ${image.url}`);
	}
	const missing = result.images.filter((image) => !localImages.has(image.url));
	if (missing.length > 0) {
		lines.push(
			`작성자가 넣어야 할 이미지 ${missing.length}개 (페이지에는 자리 표시 주석만 있고, 원격 이미지는 쓰지 않습니다):`,
		);
		for (const image of missing) {
			const caption = image.caption ? `, 캡션 "${image.caption}"` : '';
			lines.push(`  ${image.index}. ${image.assetPath} ← ${image.url} (${image.line}번째 줄${caption})`);
		}
		lines.push('  원본을 위 경로에 넣고 페이지의 주석을 안내대로 바꾸거나, --fetch-images --force로 다시 가져오세요.');
	}
	if (note.ignored.length > 0) lines.push(`옮기지 않은 front matter: ${note.ignored.join(', ')}`);
	for (const warning of result.warnings) lines.push(`확인 필요: ${warning}`);
	lines.push(...termsReport(note.slug, note.title, result.mdx));
	return lines;
}
