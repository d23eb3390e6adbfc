import { defineMiddleware } from 'astro:middleware';
import { policyFirst } from './lib/csp-head.ts';
import { stableIslandIds } from './lib/island-ids.ts';

/**
 * Every HTML page leaves the build with its Content-Security-Policy first in `<head>` (lib/csp-head.ts) and
 * island ids that do not depend on the folder it was built in (lib/island-ids.ts).
 */
export const onRequest = defineMiddleware(async (_context, next) => {
	const response = await next();
	if (!response.headers.get('content-type')?.startsWith('text/html')) return response;
	return new Response(policyFirst(stableIslandIds(await response.text())), response);
});
