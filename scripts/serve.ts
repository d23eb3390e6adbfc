/**
 * `npm run preview`: serves dist/ under BASE_PATH the way GitHub Pages will.
 * Usage: BASE_PATH=/aws-ec2-notes npm run build && BASE_PATH=/aws-ec2-notes npm run preview
 */
import { normalizeBasePath, withBase } from '../src/lib/site/site-url.ts';
import { createStaticServer } from './static-server.ts';

const base = normalizeBasePath(process.env.BASE_PATH);
const port = Number(process.env.PORT ?? 4321);
const host = process.env.HOST ?? '127.0.0.1';

createStaticServer({ root: 'dist', base }).listen(port, host, () => {
	console.log(`dist/ → http://${host}:${port}${withBase(base, '/')}`);
});
