/**
 * Scratch copies of the site for build-level tests: each test gets its own copy to import into and build,
 * and the real repository is never written.
 */
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cp, mkdir, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** The repository root. */
export const ROOT = resolve(import.meta.dirname, '..');

/** Node 24 from the devDependency: the importer relies on its TypeScript type stripping. */
const NODE = join(ROOT, 'node_modules/.bin/node');

/**
 * Copies live inside the repository (ignored by git) rather than the system temp folder: there they find
 * node_modules by walking up, whereas a symlinked node_modules makes Astro fail on successful builds
 * (its compile cache is keyed by the resolved path).
 */
const WORK = join(ROOT, '.work');

const SITE_ENTRIES = ['src', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json', '.prettierrc.json'];

const created: string[] = [];

/** A fresh copy of the site's sources; removed by `removeScratchSites`. */
export async function makeScratchSite(): Promise<string> {
	await mkdir(WORK, { recursive: true });
	const dir = await mkdtemp(join(WORK, 'site-'));
	created.push(dir);
	for (const entry of SITE_ENTRIES) await cp(join(ROOT, entry), join(dir, entry), { recursive: true });
	return dir;
}

/** Removes every copy made by this test file. */
export async function removeScratchSites(): Promise<void> {
	await Promise.all(created.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
}

export interface RunResult {
	ok: boolean;
	code: number;
	stdout: string;
	stderr: string;
}

async function runNode(args: string[], cwd: string, env: Record<string, string> = {}): Promise<RunResult> {
	try {
		const { stdout, stderr } = await run(NODE, args, {
			cwd,
			env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env },
			maxBuffer: 16 * 1024 * 1024,
		});
		return { ok: true, code: 0, stdout, stderr };
	} catch (error) {
		const { code, stdout = '', stderr = '' } = error as { code?: number; stdout?: string; stderr?: string };
		return { ok: false, code: typeof code === 'number' ? code : -1, stdout, stderr };
	}
}

/**
 * `astro build` in a copy, by default at the root path (no base path, no site URL). As a production build:
 * Vitest's NODE_ENV=test would otherwise reach Astro and ship development JSX with absolute source paths.
 */
export function buildSite(dir: string, site: { BASE_PATH?: string; SITE_URL?: string } = {}): Promise<RunResult> {
	return runNode([join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build'], dir, {
		NODE_ENV: 'production',
		BASE_PATH: '',
		SITE_URL: '',
		...site,
	});
}

/** `npm run import -- …args` run in a copy: the repository's importer working on the copy's files. */
export function runImport(dir: string, args: string[]): Promise<RunResult> {
	return runNode([join(ROOT, 'scripts/import/cli.ts'), ...args], dir, { INIT_CWD: dir });
}

/**
 * Every file under a folder of a copy (`src/` unless told) with the SHA-256 of its content: to prove a
 * command wrote nothing, or that two builds wrote the same bytes.
 */
export async function snapshot(dir: string, folder = 'src'): Promise<Map<string, string>> {
	const files = new Map<string, string>();
	for (const entry of await readdir(join(dir, folder), { recursive: true, withFileTypes: true })) {
		if (!entry.isFile()) continue;
		const path = join(entry.parentPath, entry.name);
		files.set(
			relative(dir, path),
			createHash('sha256')
				.update(await readFile(path))
				.digest('hex'),
		);
	}
	return files;
}
