import type { APIRoute } from 'astro';
import { withBase } from '../lib/site/site-url.ts';

/** robots.txt that points crawlers at the sitemap, which exists only when SITE_URL is set. */
export const GET: APIRoute = ({ site }) => {
	const lines = ['User-agent: *', 'Allow: /'];
	if (site) lines.push('', `Sitemap: ${new URL(withBase(import.meta.env.BASE_URL, '/sitemap-index.xml'), site).href}`);
	return new Response(`${lines.join('\n')}\n`, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
