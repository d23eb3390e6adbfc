/** A local stand-in for Hashnode's image CDN, so `--fetch-images` is tested without the network. */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A 1×1 PNG: small, but a real image Astro's image pipeline must decode. */
export const PNG = Buffer.from(
	'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
	'base64',
);

export interface ImageServer {
	/** Origin like `http://127.0.0.1:12345`. */
	origin: string;
	close(): Promise<void>;
}

/** Serves `/*.png` as a PNG, `/page.html` as HTML (a wrong URL) and anything else as 404. */
export async function startImageServer(): Promise<ImageServer> {
	const server: Server = createServer((request, response) => {
		if (request.url?.endsWith('.png')) response.writeHead(200, { 'content-type': 'image/png' }).end(PNG);
		else if (request.url === '/page.html') response.writeHead(200, { 'content-type': 'text/html' }).end('<p>x</p>');
		else response.writeHead(404).end();
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as AddressInfo;
	return {
		origin: `http://127.0.0.1:${port}`,
		close: () => new Promise((resolve) => server.close(() => resolve())),
	};
}
