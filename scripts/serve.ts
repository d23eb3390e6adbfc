/**
 * `npm run preview`: serves dist/ under its base path the way GitHub Pages will.
 * Usage: BASE_PATH=/aws-ec2-notes npm run build && npm run preview
 * The base path is the one the build was made for (scripts/built-base.ts); BASE_PATH, if given, must match it.
 */
import { readFileSync } from 'node:fs';
import { normalizeBasePath, withBase } from '../src/lib/site/site-url.ts';
import { builtBasePath } from './built-base.ts';
import { createStaticServer } from './static-server.ts';

const built = builtBasePath(readHome());
const given = process.env.BASE_PATH === undefined ? undefined : normalizeBasePath(process.env.BASE_PATH);
if (given !== undefined && built !== undefined && given !== built)
	console.warn(
		`warning: dist/ was built for the base path ${built}, but BASE_PATH is ${given}: its pages would load no CSS or scripts there. Serving ${built}.`,
	);
const base = built ?? given ?? '/';
const port = Number(process.env.PORT ?? 4321);
const host = process.env.HOST ?? '127.0.0.1';

createStaticServer({ root: 'dist', base }).listen(port, host, () => {
	console.log(`dist/ → http://${host}:${port}${withBase(base, '/')}`);
});

function readHome(): string {
	try {
		return readFileSync('dist/index.html', 'utf8');
	} catch {
		console.error('error: dist/index.html is missing: run `npm run build` first.');
		process.exit(1);
	}
}
