// Hand-written on purpose: sirv and serve-handler (tried 6.1.8) gzip nothing themselves (both need `compression` too), have no base path (serve-handler's redirects lose it), and neither redirects only directories to `dir/` (sirv serves `dir` as is, serve-handler redirects every name without an extension), so matching GitHub Pages with them takes more code than this file.
/**
 * A static file server that behaves like GitHub Pages for a project site, so tests and benchmarks see
 * what readers will: the site lives under a base path, `dir/` serves `dir/index.html`, `dir` redirects
 * to `dir/`, and anything unknown gets `404.html` with status 404. Text is sent gzipped to clients that accept
 * it and every response may be cached for ten minutes, as GitHub Pages does (`Cache-Control: max-age=600`),
 * so a benchmark's first visit and warm second page cost what they cost readers.
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { createGzip } from 'node:zlib';

const CONTENT_TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.jpg': 'image/jpeg',
	'.webp': 'image/webp',
	'.ico': 'image/x-icon',
	'.txt': 'text/plain; charset=utf-8',
	'.xml': 'application/xml; charset=utf-8',
	'.wasm': 'application/wasm',
	'.woff2': 'font/woff2',
};

/** Types GitHub Pages compresses: text, not images, fonts or WebAssembly. */
const COMPRESSIBLE = /^(?:text\/|application\/(?:json|xml|javascript)|image\/svg\+xml)/;

/** Whether a response of this type goes out gzipped to this request. */
export function sendsGzip(contentType: string, request: Pick<IncomingMessage, 'headers'>): boolean {
	const accepted = String(request.headers['accept-encoding'] ?? '')
		.split(',')
		.map((coding) => coding.trim().split(';'))
		.some(([coding, quality]) => coding === 'gzip' && !/^\s*q=0(?:\.0*)?\s*$/.test(quality ?? ''));
	return accepted && COMPRESSIBLE.test(contentType);
}

export interface StaticServerOptions {
	/** Folder to serve, e.g. `dist`. */
	root: string;
	/** Base path the site was built with, e.g. `/aws-ec2-notes` or `/`. */
	base: string;
}

async function fileAt(path: string): Promise<string | undefined> {
	try {
		return (await stat(path)).isFile() ? path : undefined;
	} catch {
		return undefined;
	}
}

async function isDirectory(path: string): Promise<boolean> {
	try {
		return (await stat(path)).isDirectory();
	} catch {
		return false;
	}
}

export function createStaticServer({ root, base }: StaticServerOptions): Server {
	const rootDir = resolve(root);
	const prefix = base === '/' ? '' : base.replace(/\/$/, '');

	return createServer(async (request, response) => {
		const url = new URL(request.url ?? '/', 'http://localhost');
		const send = async (status: number, file: string) => {
			const type = CONTENT_TYPES[extname(file)] ?? 'application/octet-stream';
			const gzip = sendsGzip(type, request);
			response.writeHead(status, {
				'Content-Type': type,
				'Cache-Control': 'max-age=600',
				Vary: 'Accept-Encoding',
				...(gzip ? { 'Content-Encoding': 'gzip' } : {}),
			});
			if (request.method === 'HEAD') response.end();
			else if (gzip) createReadStream(file).pipe(createGzip()).pipe(response);
			else createReadStream(file).pipe(response);
		};
		const notFound = async () => {
			const page = await fileAt(join(rootDir, '404.html'));
			if (page) await send(404, page);
			else response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('404 Not Found');
		};

		if (request.method !== 'GET' && request.method !== 'HEAD') {
			response.writeHead(405, { Allow: 'GET, HEAD' }).end();
			return;
		}
		if (prefix !== '' && url.pathname === '/') {
			response.writeHead(302, { Location: `${prefix}/` }).end();
			return;
		}
		if (prefix !== '' && url.pathname !== prefix && !url.pathname.startsWith(`${prefix}/`)) {
			await notFound();
			return;
		}

		let relative: string;
		try {
			relative = decodeURIComponent(url.pathname.slice(prefix.length));
		} catch {
			await notFound();
			return;
		}
		const target = normalize(join(rootDir, relative));
		if (target !== rootDir && !target.startsWith(rootDir + sep)) {
			await notFound();
			return;
		}

		if (await isDirectory(target)) {
			if (!url.pathname.endsWith('/')) {
				response.writeHead(301, { Location: `${url.pathname}/${url.search}` }).end();
				return;
			}
			const index = await fileAt(join(target, 'index.html'));
			await (index ? send(200, index) : notFound());
			return;
		}
		const file = await fileAt(target);
		await (file ? send(200, file) : notFound());
	});
}
