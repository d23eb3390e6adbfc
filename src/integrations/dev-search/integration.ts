/**
 * Search under `astro dev`. The production build indexes `dist/` with Pagefind after `astro build`
 * (Starlight's integration); the dev server has no `dist/`, so `<base>pagefind/pagefind.js` was a 404 and the
 * search dialog could only report an error. This integration builds the same index in memory, with Pagefind's
 * Node API, from the HTML the dev server itself renders for each docs page (the same `data-pagefind-body` and
 * `data-pagefind-ignore` markup the build indexes), serves it at the production URL, and rebuilds it when a
 * file under src/content/docs changes. Until the first index is ready, index URLs answer 503 with
 * `x-search-index: building`, which the dialog shows as "색인을 만드는 중" and retries.
 * The production build and the tests of the built site never use this: it only acts in `astro dev`.
 */
import { readdir } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import {
	contentTypeOf,
	docsPagePaths,
	INDEX_BUILDING,
	INDEX_STATE_HEADER,
	indexFileFor,
	loopbackOrigin,
	sourcePathOf,
	triggersRebuild,
} from './dev-index.ts';

/**
 * Pagefind's Node API, loaded on first use: only the dev server indexes, and loading it cost every
 * `astro build` about 10 ms for nothing.
 */
const loadPagefind = () => import('pagefind');

/** Quiet time after the last edit before rebuilding: saving a note often writes it more than once. */
const REBUILD_DELAY_MS = 300;

/** Every index file by its path under `pagefind/`, from the newest index and the ones before it. */
type IndexFiles = Map<string, Uint8Array>;

async function docsFiles(docsDir: string): Promise<string[]> {
	const entries = await readdir(docsDir, { recursive: true, withFileTypes: true });
	return entries
		.filter((entry) => entry.isFile())
		.map((entry) => relative(docsDir, join(entry.parentPath, entry.name)).split(sep).join('/'));
}

function check<T extends { errors: string[] }>(response: T, what: string): T {
	if (response.errors.length > 0) throw new Error(`Pagefind ${what}: ${response.errors.join('; ')}`);
	return response;
}

/** Fetches each docs page from the running dev server and indexes its HTML as the build would. */
async function buildIndex(
	origin: string,
	base: string,
	docsDir: string,
): Promise<{ files: IndexFiles; pages: number }> {
	const paths = docsPagePaths(await docsFiles(docsDir));
	const { index } = check(await (await loadPagefind()).createIndex(), 'createIndex');
	if (!index) throw new Error('Pagefind returned no index');
	try {
		let pages = 0;
		for (const path of paths) {
			const response = await fetch(`${origin}${base}${path.slice(1)}`);
			if (!response.ok) throw new Error(`${base}${path.slice(1)} answered ${response.status}`);
			const added = check(
				await index.addHTMLFile({ sourcePath: sourcePathOf(path), content: await response.text() }),
				`addHTMLFile ${path}`,
			);
			// Pages without `data-pagefind-body` (pagefind: false) are skipped by Pagefind, as in the build.
			if (added.file) pages += 1;
		}
		const { files } = check(await index.getFiles(), 'getFiles');
		return { files: new Map(files.map((file) => [file.path, file.content])), pages };
	} finally {
		await index.deleteIndex();
	}
}

function seconds(ms: number): string {
	return `${(ms / 1000).toFixed(1)} s`;
}

/** Serves and rebuilds the in-memory index for one dev server. */
class DevIndex {
	/** Undefined until the first index is built. */
	private files: IndexFiles | undefined;
	private running = false;
	private again = false;
	private timer: NodeJS.Timeout | undefined;
	private origin = '';

	private readonly base: string;
	private readonly docsDir: string;
	private readonly dotAstroDir: string;
	private readonly logger: AstroIntegrationLogger;

	// Fields assigned by hand rather than as parameter properties: Node's type stripping, which loads
	// astro.config.mjs and what it imports without Vite, does not support those.
	constructor(base: string, docsDir: string, dotAstroDir: string, logger: AstroIntegrationLogger) {
		this.base = base;
		this.docsDir = docsDir;
		this.dotAstroDir = dotAstroDir;
		this.logger = logger;
	}

	/** Builds the first index once the server listens; later calls (the same server announced twice) do nothing. */
	start(origin: string): void {
		if (this.origin) return;
		this.origin = origin;
		void this.rebuild();
	}

	/** Called for every changed file; rebuilds once the edits settle. */
	changed(file: string): void {
		if (!this.origin || !triggersRebuild(file, { docs: this.docsDir, dotAstro: this.dotAstroDir })) return;
		clearTimeout(this.timer);
		this.timer = setTimeout(() => void this.rebuild(), REBUILD_DELAY_MS);
	}

	stop(): void {
		clearTimeout(this.timer);
	}

	private async rebuild(): Promise<void> {
		if (this.running) {
			this.again = true;
			return;
		}
		this.running = true;
		const started = performance.now();
		try {
			const { files, pages } = await buildIndex(this.origin, this.base, this.docsDir);
			// Older files stay servable: a page that loaded the previous index still finds its fragments.
			this.files = new Map([...(this.files ?? []), ...files]);
			this.logger.info(`search index: ${pages} pages in ${seconds(performance.now() - started)}`);
		} catch (error) {
			this.logger.error(`search index not built: ${(error as Error).message}`);
		} finally {
			this.running = false;
		}
		if (this.again) {
			this.again = false;
			await this.rebuild();
		}
	}

	/** Answers requests for `<base>pagefind/…`; everything else goes on to Astro. */
	handle(request: IncomingMessage, response: ServerResponse, next: () => void): void {
		// Connect keeps the URL as requested in `originalUrl`; `url` may have had the base path taken off.
		const url = (request as IncomingMessage & { originalUrl?: string }).originalUrl ?? request.url ?? '';
		const file = indexFileFor(url, this.base);
		if (file === undefined) return next();
		response.setHeader('Cache-Control', 'no-store');
		if (!this.files) {
			response.statusCode = 503;
			response.setHeader(INDEX_STATE_HEADER, INDEX_BUILDING);
			response.setHeader('Retry-After', '1');
			response.end();
			return;
		}
		const content = this.files.get(file);
		if (!content) {
			response.statusCode = 404;
			response.end();
			return;
		}
		response.setHeader('Content-Type', contentTypeOf(file));
		response.end(request.method === 'HEAD' ? undefined : content);
	}
}

/** Serves a Pagefind index of the dev server's own pages at `<base>pagefind/` under `astro dev`. */
export function devSearchIndex(): AstroIntegration {
	let base = '/';
	let docsDir = '';
	let dotAstroDir = '';
	let devIndex: DevIndex | undefined;
	return {
		name: 'dev-search-index',
		hooks: {
			'astro:config:done': ({ config }) => {
				base = config.base.endsWith('/') ? config.base : `${config.base}/`;
				docsDir = fileURLToPath(new URL('content/docs/', config.srcDir));
				// Where `astro dev` keeps its content data store (`.astro/data-store.json`, or a `data-store/` folder).
				dotAstroDir = fileURLToPath(new URL('.astro/', config.root));
			},
			'astro:server:setup': ({ server, logger }) => {
				const index = new DevIndex(base, docsDir, dotAstroDir, logger);
				devIndex = index;
				server.middlewares.use((request, response, next) => index.handle(request, response, next));
				for (const event of ['add', 'change', 'unlink'] as const)
					server.watcher.on(event, (file) => index.changed(file));
				// A restarted dev server (after a config edit) runs this hook again but not astro:server:start.
				const http = server.httpServer;
				const listening = () => {
					const address = http?.address();
					if (address && typeof address === 'object') index.start(loopbackOrigin(address));
				};
				if (http?.listening) listening();
				else http?.once('listening', listening);
			},
			'astro:server:start': ({ address }) => {
				devIndex?.start(loopbackOrigin(address));
			},
			'astro:server:done': async () => {
				devIndex?.stop();
				await (await loadPagefind()).close();
			},
		},
	};
}
