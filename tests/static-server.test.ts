/**
 * The preview and bench server answers like GitHub Pages: gzip for text when asked, files as they are
 * otherwise, the base path's redirects and the 404 page.
 */
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { request as httpRequest, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createStaticServer, sendsGzip } from '../scripts/static-server.ts';

const PAGE = '<!doctype html><title>노트</title>'.repeat(50);
const WASM = Buffer.from([0, 97, 115, 109, 1, 0, 0, 0]);
let root = '';
let server: Server;
let origin = '';

beforeAll(async () => {
	root = await mkdtemp(join(tmpdir(), 'static-server-'));
	await mkdir(join(root, 'eni'));
	await writeFile(join(root, 'eni/index.html'), PAGE);
	await writeFile(join(root, '404.html'), '<!doctype html><title>없음</title>');
	await writeFile(join(root, 'search.wasm'), WASM);
	server = createStaticServer({ root, base: '/aws-ec2-notes' });
	await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready));
	const address = server.address();
	if (!address || typeof address === 'string') throw new Error('no port');
	origin = `http://127.0.0.1:${address.port}`;
});

afterAll(async () => {
	await new Promise((done) => server.close(done));
	await rm(root, { recursive: true, force: true });
});

/** A raw GET (fetch would decode gzip and hide the header's effect). */
function get(path: string, headers: Record<string, string> = {}) {
	return new Promise<{ status: number; headers: Record<string, unknown>; body: Buffer }>((done, fail) => {
		httpRequest(`${origin}${path}`, { headers }, (response) => {
			const chunks: Buffer[] = [];
			response.on('data', (chunk: Buffer) => chunks.push(chunk));
			response.on('end', () =>
				done({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) }),
			);
		})
			.on('error', fail)
			.end();
	});
}

describe('sendsGzip', () => {
	test.each([
		['text/html; charset=utf-8', 'gzip, deflate, br', true],
		['text/css; charset=utf-8', 'br;q=1, gzip;q=0.8', true],
		['image/svg+xml', 'gzip', true],
		['text/html; charset=utf-8', '', false],
		['text/html; charset=utf-8', 'gzip;q=0', false],
		['application/wasm', 'gzip', false],
		['image/png', 'gzip', false],
	])('%s with Accept-Encoding "%s" → %s', (type, accept, expected) => {
		expect(sendsGzip(type, { headers: { 'accept-encoding': accept } })).toBe(expected);
	});
});

describe('createStaticServer', () => {
	test('sends a page gzipped to a client that accepts gzip, cacheable for ten minutes', async () => {
		const response = await get('/aws-ec2-notes/eni/', { 'accept-encoding': 'gzip' });
		expect(response.status).toBe(200);
		expect(response.headers['content-encoding']).toBe('gzip');
		expect(response.headers['cache-control']).toBe('max-age=600');
		expect(response.body.length).toBeLessThan(PAGE.length);
		expect(gunzipSync(response.body).toString('utf8')).toBe(PAGE);
	});

	test('sends the page as it is to a client that does not', async () => {
		const response = await get('/aws-ec2-notes/eni/');
		expect(response.headers['content-encoding']).toBeUndefined();
		expect(response.body.toString('utf8')).toBe(PAGE);
	});

	test('sends WebAssembly uncompressed with its type, whatever the client accepts', async () => {
		const response = await get('/aws-ec2-notes/search.wasm', { 'accept-encoding': 'gzip' });
		expect(response.headers['content-type']).toBe('application/wasm');
		expect(response.headers['content-encoding']).toBeUndefined();
		expect(response.body).toEqual(WASM);
	});

	test.each([
		['/', 302, '/aws-ec2-notes/'],
		['/aws-ec2-notes/eni', 301, '/aws-ec2-notes/eni/'],
	])('redirects %s with %i to %s', async (path, status, location) => {
		const response = await get(path);
		expect([response.status, response.headers['location']]).toEqual([status, location]);
	});

	test('answers an unknown path with the 404 page, gzipped too', async () => {
		const response = await get('/aws-ec2-notes/nope/', { 'accept-encoding': 'gzip' });
		expect(response.status).toBe(404);
		expect(gunzipSync(response.body).toString('utf8')).toContain('없음');
	});
});
