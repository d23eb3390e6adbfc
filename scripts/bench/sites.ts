/**
 * The two sites the benchmark compares, laid out as scratch projects in bench/.work/: this project ("ours")
 * and a plain Starlight site with the same pages ("baseline"), each optionally padded with synthetic pages.
 * Both build with the Astro and Starlight in this repository's node_modules, found by walking up from
 * bench/.work/, so the versions are the same by construction.
 */
import { spawn } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { cp, mkdir, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { toPlainStarlight } from './baseline-content.ts';
import { markdownBlocks, syntheticPages, type SourcePage } from './synthetic.ts';
import { sidebar } from '../../src/lib/site/sidebar.ts';

export const REPO = resolve(import.meta.dirname, '../..');
export const WORK = join(REPO, 'bench/.work');
/** Both sites build and are served under the same base path as the deployed site. */
export const BASE_PATH = '/aws-ec2-notes';
const DOCS = join(REPO, 'src/content/docs');
const ASTRO = join(REPO, 'node_modules/astro/bin/astro.mjs');

export type SiteKind = 'ours' | 'baseline';

/** Display names for tables. */
export const SITE_LABEL: Record<SiteKind, string> = { ours: '우리 사이트', baseline: '기본 Starlight' };

/** What the project's Starlight config says about the site itself, which the baseline shares. */
async function siteIdentity(): Promise<{ title: string; description: string }> {
	const config = await readFile(join(REPO, 'astro.config.mjs'), 'utf8');
	const field = (name: string) => {
		const match = new RegExp(`\\b${name}:\\s*(['"])([^]*?)\\1`).exec(config);
		if (!match?.[2])
			throw new Error(`astro.config.mjs: cannot find Starlight's ${name}; update scripts/bench/sites.ts`);
		return match[2];
	};
	return { title: field('title'), description: field('description') };
}

/** The plain Starlight project: default components, default search, no custom CSS, same pages and sidebar. */
async function writeBaseline(dir: string): Promise<void> {
	const { title, description } = await siteIdentity();
	// Astro finds Starlight's components to bundle through the project's dependencies, so list them as a
	// Starlight project does; without them the build leaves Starlight's middleware unbundled and fails.
	const { dependencies } = JSON.parse(await readFile(join(REPO, 'package.json'), 'utf8')) as {
		dependencies: Record<string, string>;
	};
	const stock = { astro: dependencies['astro'], '@astrojs/starlight': dependencies['@astrojs/starlight'] };
	await writeFile(
		join(dir, 'package.json'),
		`${JSON.stringify({ name: 'baseline', private: true, type: 'module', dependencies: stock }, null, '\t')}\n`,
	);
	await writeFile(
		join(dir, 'astro.config.mjs'),
		[
			"import starlight from '@astrojs/starlight';",
			"import { defineConfig } from 'astro/config';",
			'',
			'export default defineConfig({',
			'\t...(process.env.SITE_URL ? { site: process.env.SITE_URL } : {}),',
			'\tbase: process.env.BASE_PATH,',
			"\ttrailingSlash: 'always',",
			'\tintegrations: [',
			'\t\tstarlight({',
			`\t\t\ttitle: ${JSON.stringify(title)},`,
			`\t\t\tdescription: ${JSON.stringify(description)},`,
			"\t\t\tdefaultLocale: 'root',",
			"\t\t\tlocales: { root: { label: '한국어', lang: 'ko' } },",
			`\t\t\tsidebar: ${JSON.stringify(sidebar)},`,
			'\t\t}),',
			'\t],',
			'});',
			'',
		].join('\n'),
	);
	await mkdir(join(dir, 'src/content/docs'), { recursive: true });
	await writeFile(
		join(dir, 'src/content.config.ts'),
		[
			"import { defineCollection } from 'astro:content';",
			"import { docsLoader } from '@astrojs/starlight/loaders';",
			"import { docsSchema } from '@astrojs/starlight/schema';",
			'',
			'export const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };',
			'',
		].join('\n'),
	);
	// The favicon is content, not customisation: without it the baseline would log a 404 on every page.
	await cp(join(REPO, 'public'), join(dir, 'public'), { recursive: true });
	for (const name of await readdir(DOCS, { recursive: true })) {
		if (!/\.mdx?$/.test(name)) continue;
		const target = join(dir, 'src/content/docs', name);
		await mkdir(resolve(target, '..'), { recursive: true });
		await writeFile(target, toPlainStarlight(await readFile(join(DOCS, name), 'utf8'), BASE_PATH));
	}
}

/** Title and Markdown blocks of every real page, the material synthetic pages are made of. */
export async function sourcePages(): Promise<SourcePage[]> {
	const pages: SourcePage[] = [];
	for (const name of (await readdir(DOCS)).sort()) {
		if (!/\.mdx?$/.test(name) || name.startsWith('404.')) continue;
		const text = await readFile(join(DOCS, name), 'utf8');
		const [, frontMatter = '', body = ''] = /^---\n([^]*?)\n---\n([^]*)$/.exec(text) ?? [];
		const title = /^title:\s*['"]?(.+?)['"]?\s*$/m.exec(frontMatter)?.[1] ?? name;
		pages.push({ title, blocks: markdownBlocks(toPlainStarlight(body, '/')) });
	}
	return pages;
}

/**
 * Lays out a fresh scratch project for `kind` with `synthetic` extra pages under `synthetic/`.
 * @returns its folder.
 */
export async function prepareSite(kind: SiteKind, synthetic: number): Promise<string> {
	const dir = join(WORK, `${kind}-${synthetic}`);
	await rm(dir, { recursive: true, force: true });
	await mkdir(dir, { recursive: true });
	if (kind === 'ours') {
		for (const entry of ['src', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json'])
			await cp(join(REPO, entry), join(dir, entry), { recursive: true });
	} else {
		await writeBaseline(dir);
	}
	if (synthetic > 0) {
		const pages = syntheticPages(synthetic, await sourcePages());
		await mkdir(join(dir, 'src/content/docs/synthetic'), { recursive: true });
		for (const page of pages) await writeFile(join(dir, 'src/content/docs', page.path), page.markdown);
	}
	return dir;
}

/**
 * Builds the project in `dir` from a cold start (no dist/, no Astro caches), like CI does.
 * @returns wall-clock milliseconds of `astro build`, Pagefind indexing included.
 */
export async function buildSite(dir: string, siteUrl: string): Promise<number> {
	for (const cache of ['dist', '.astro', 'node_modules/.astro'])
		await rm(join(dir, cache), { recursive: true, force: true });
	const log = join(dir, 'build.log');
	const started = performance.now();
	const code = await new Promise<number | null>((done, fail) => {
		const output = createWriteStream(log);
		const child = spawn(process.execPath, [ASTRO, 'build'], {
			cwd: dir,
			env: { ...process.env, BASE_PATH, SITE_URL: siteUrl, ASTRO_TELEMETRY_DISABLED: '1' },
			stdio: ['ignore', 'pipe', 'pipe'],
		});
		child.stdout.pipe(output);
		child.stderr.pipe(output);
		child.on('error', fail);
		child.on('close', done);
	});
	const elapsed = performance.now() - started;
	if (code !== 0) {
		const tail = (await readFile(log, 'utf8')).split('\n').slice(-30).join('\n');
		throw new Error(`astro build failed in ${dir} (exit ${code}); end of ${log}:\n${tail}`);
	}
	return elapsed;
}

/** Sizes of a built site: every file, Pagefind's search index, and the number of HTML pages. */
export interface DistSize {
	bytes: number;
	/** Pagefind's index data (index chunks, page fragments, metadata), without its UI scripts and styles. */
	pagefindIndexBytes: number;
	htmlPages: number;
}

/** Pagefind's data files, as opposed to its UI bundle (pagefind-ui.js and the like). */
const PAGEFIND_INDEX = /^pagefind\/.*(?:\.pf_index|\.pf_fragment|\.pf_meta|pagefind-entry\.json)$/;

export async function distSize(dir: string): Promise<DistSize> {
	const dist = join(dir, 'dist');
	const size: DistSize = { bytes: 0, pagefindIndexBytes: 0, htmlPages: 0 };
	for (const name of await readdir(dist, { recursive: true })) {
		const info = await stat(join(dist, name));
		if (!info.isFile()) continue;
		size.bytes += info.size;
		if (PAGEFIND_INDEX.test(name)) size.pagefindIndexBytes += info.size;
		if (name.endsWith('.html')) size.htmlPages++;
	}
	return size;
}
