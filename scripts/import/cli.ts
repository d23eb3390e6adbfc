/**
 * `npm run import -- <export.md> [--section <name>] [--force] [--dry-run] [--fetch-images]`
 * Imports a Hashnode markdown export as src/content/docs/<slug>.mdx, lists it in the sidebar, and keeps the
 * export itself as notes/<slug>.md (the source the fidelity checks prove the page against).
 * The decisions live in scripts/import/plan.ts; this file only reads, downloads, prints and writes.
 */
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { originalPath } from './originals.ts';
import { ExportError } from './parse.ts';
import {
	imageExtension,
	parseArgs,
	planImport,
	readExport,
	SIDEBAR_PATH,
	USAGE,
	UsageError,
	type DownloadedImage,
} from './plan.ts';
import type { ExportImage } from './convert.ts';

/** Images larger than this are refused: a note's screenshot is far smaller, a larger file is a wrong URL. */
const MAX_IMAGE_BYTES = 20 * 1024 * 1024;

const READ_ERRORS: Readonly<Record<string, string>> = {
	ENOENT: '파일이 없습니다',
	EISDIR: '파일이 아니라 폴더입니다',
	EACCES: '파일을 읽을 권한이 없습니다',
};

async function download(images: readonly ExportImage[]): Promise<Map<string, DownloadedImage>> {
	const downloads = new Map<string, DownloadedImage>();
	for (const image of images) {
		if (downloads.has(image.url)) continue;
		let response: Response;
		try {
			response = await fetch(image.url, { signal: AbortSignal.timeout(30_000) });
		} catch (error) {
			throw new ExportError(
				`이미지 ${image.index}을(를) 내려받지 못했습니다: ${image.url} (${(error as Error).message})`,
			);
		}
		if (!response.ok) {
			throw new ExportError(`이미지 ${image.index}을(를) 내려받지 못했습니다: ${image.url} (HTTP ${response.status})`);
		}
		const extension = imageExtension(response.headers.get('content-type'), image.url);
		const bytes = new Uint8Array(await response.arrayBuffer());
		if (bytes.byteLength > MAX_IMAGE_BYTES) {
			throw new ExportError(`이미지 ${image.index}이(가) 20MB보다 큽니다: ${image.url}`);
		}
		downloads.set(image.url, { bytes, extension });
	}
	return downloads;
}

/** The sidebar data formatted like the rest of the repository, so `npm run format:check` stays clean. */
async function formatJson(path: string, data: unknown): Promise<string> {
	const json = `${JSON.stringify(data, null, '\t')}\n`;
	try {
		const prettier = await import('prettier');
		const config = (await prettier.resolveConfig(path)) ?? {};
		return await prettier.format(json, { ...config, plugins: [], filepath: path });
	} catch {
		return json;
	}
}

async function main(argv: readonly string[]): Promise<number> {
	let args;
	try {
		args = parseArgs(argv);
	} catch (error) {
		if (!(error instanceof UsageError)) throw error;
		console.error(`${error.message}\n${USAGE}`);
		return 2;
	}
	const root = process.cwd();
	// npm runs scripts from the repository root; INIT_CWD is where the author typed the command.
	const file = resolve(process.env['INIT_CWD'] ?? root, args.file);
	const shown = isAbsolute(args.file) ? args.file : relative(root, file);
	try {
		if (!existsSync(join(root, SIDEBAR_PATH))) {
			throw new ExportError(`${SIDEBAR_PATH}가 없습니다: 사이트 저장소의 루트에서 실행하세요`);
		}
		let exportText: string;
		try {
			exportText = await readFile(file, 'utf8');
		} catch (error) {
			const code = (error as NodeJS.ErrnoException).code ?? '';
			const reason = READ_ERRORS[code] ?? `파일을 읽을 수 없습니다 (${(error as Error).message})`;
			throw new ExportError(reason);
		}
		const { images } = readExport(exportText, file);
		const downloads = args.fetchImages && !args.dryRun ? await download(images) : undefined;
		const plan = planImport({
			exportText,
			fileName: file,
			args,
			sidebarJson: await readFile(join(root, SIDEBAR_PATH), 'utf8'),
			exists: (path) => existsSync(join(root, path)),
			...(downloads ? { downloads } : {}),
		});
		const sidebarText = plan.sidebar ? await formatJson(join(root, SIDEBAR_PATH), plan.sidebar) : undefined;

		if (args.dryRun) {
			console.log(`--dry-run: ${shown}을(를) 가져오면 다음을 씁니다. 아무것도 쓰지 않았습니다.\n`);
			console.log(`=== ${plan.result.pagePath}\n${plan.result.mdx}`);
			console.log(`=== ${originalPath(plan.note.slug)}\n(${shown} 그대로)\n`);
			if (sidebarText) console.log(`=== ${SIDEBAR_PATH}\n${sidebarText}`);
			if (args.fetchImages && images.length > 0) {
				console.log(`--fetch-images: 이미지 ${images.length}개를 src/assets/${plan.note.slug}/에 내려받습니다.`);
			}
			console.log(plan.report.join('\n'));
			return 0;
		}

		for (const { path, content } of plan.files) {
			await mkdir(dirname(join(root, path)), { recursive: true });
			await writeFile(join(root, path), content);
		}
		if (sidebarText) await writeFile(join(root, SIDEBAR_PATH), sidebarText);
		console.log(`${shown}을(를) 가져왔습니다.\n${plan.report.join('\n')}`);
		return 0;
	} catch (error) {
		if (!(error instanceof ExportError)) throw error;
		console.error(`가져오기 실패: ${shown}: ${error.message}\n아무것도 쓰지 않았습니다.`);
		return 1;
	}
}

process.exitCode = await main(process.argv.slice(2));
