import type { BrowserContext, Page } from '@playwright/test';
import { ORIGIN } from './site.ts';

/**
 * Routes every request of `context` and aborts those to any host but the local test server, so a page
 * that would call a CDN, web font or analytics host is caught even when the machine is offline.
 * @param outside list to add the blocked URLs to, as `page URL → request URL`.
 * @returns `outside`.
 */
export async function blockOtherHosts(context: BrowserContext, outside: string[] = []): Promise<string[]> {
	await context.route('**/*', async (route) => {
		const request = route.request();
		if (new URL(request.url()).origin === ORIGIN) {
			await route.continue();
			return;
		}
		outside.push(`${request.frame().url()} → ${request.url()}`);
		await route.abort('blockedbyclient');
	});
	await context.routeWebSocket(/.*/, async (socket) => {
		if (new URL(socket.url()).host === new URL(ORIGIN).host) {
			socket.connectToServer();
			return;
		}
		outside.push(`websocket → ${socket.url()}`);
		await socket.close();
	});
	return outside;
}

/**
 * Collects what a reader's browser console would show as broken on `page`: console errors, uncaught
 * exceptions, and same-origin requests that failed or answered with an error status.
 * A request cut short because the test moved on to the next page (`net::ERR_ABORTED`) is not a problem.
 * @param problems list to add the problems to, each prefixed with the page URL.
 * @returns `problems`.
 */
export function watchForErrors(page: Page, problems: string[] = []): string[] {
	page.on('console', (message) => {
		if (message.type() === 'error') problems.push(`${page.url()}: console error: ${message.text()}`);
	});
	page.on('pageerror', (error) => problems.push(`${page.url()}: uncaught ${error.name}: ${error.message}`));
	page.on('requestfailed', (request) => {
		const failure = request.failure()?.errorText ?? '';
		if (new URL(request.url()).origin === ORIGIN && failure !== 'net::ERR_ABORTED')
			problems.push(`${page.url()}: request failed: ${request.url()} (${failure})`);
	});
	page.on('response', (response) => {
		if (response.status() >= 400) problems.push(`${page.url()}: ${response.status()} for ${response.url()}`);
	});
	return problems;
}
