import { defineMiddleware } from 'astro:middleware';
import { policyFirst } from './lib/csp-head.ts';

/** Every HTML page leaves the build with its Content-Security-Policy first in `<head>` (see lib/csp-head.ts). */
export const onRequest = defineMiddleware(async (_context, next) => {
	const response = await next();
	if (!response.headers.get('content-type')?.startsWith('text/html')) return response;
	return new Response(policyFirst(await response.text()), response);
});
