import type { APIRequestContext } from '@playwright/test';
import { expect, forEveryPage, test } from '../test-support/fixtures.ts';
import { ORIGIN, SITE_ROOT } from '../test-support/site.ts';

/** A URL an element of a page points at, as the browser resolved it. */
interface Reference {
	/** e.g. `a[href]`, `img[srcset]`, `svg url()`. */
	source: string;
	url: string;
	/** Fetched by the browser on its own (scripts, styles, images), as opposed to followed by a reader. */
	resource: boolean;
}

interface PageLinks {
	url: string;
	references: Reference[];
	ids: string[];
	canonical: string[];
}

/** `link` relations whose target the browser loads by itself. */
const LOADED_LINK_RELS = /\b(?:stylesheet|icon|preload|modulepreload|prefetch|manifest|apple-touch-icon)\b/i;

/** Collects every URL a rendered page refers to, and the ids its fragments can land on, in the page itself. */
function collect(loadedRels: string): Omit<PageLinks, 'url'> {
	const references: Reference[] = [];
	const add = (element: Element, attribute: string, value: string, resource: boolean) => {
		const source = `${element.localName}[${attribute}]`;
		try {
			references.push({ source, url: new URL(value, document.baseURI).href, resource });
		} catch {
			references.push({ source, url: `invalid URL: ${value}`, resource });
		}
	};
	const loaded = new RegExp(loadedRels, 'i');
	for (const element of document.querySelectorAll('*')) {
		for (const attribute of ['href', 'xlink:href', 'src', 'poster', 'data', 'action']) {
			const value = element.getAttribute(attribute);
			if (value === null || /^(?:data|mailto|tel|javascript|blob):/i.test(value)) continue;
			const resource =
				attribute !== 'href' && attribute !== 'action'
					? true
					: element.localName === 'link'
						? loaded.test(element.getAttribute('rel') ?? '')
						: element.namespaceURI === 'http://www.w3.org/2000/svg' && element.localName !== 'a';
			add(element, attribute, value, resource);
		}
		for (const attribute of ['srcset', 'imagesrcset']) {
			for (const candidate of (element.getAttribute(attribute) ?? '').split(/,\s+/)) {
				const value = candidate.trim().split(/\s+/)[0];
				if (value) add(element, attribute, value, true);
			}
		}
		// SVG paint servers and markers point at ids on the same page: `marker-end="url(#arrow)"`.
		if (element.namespaceURI === 'http://www.w3.org/2000/svg') {
			for (const { name, value } of element.attributes) {
				for (const [, target] of value.matchAll(/url\(\s*['"]?(#[^'")\s]+)/g))
					if (target) add(element, `${name} url()`, target, true);
			}
		}
	}
	for (const meta of document.querySelectorAll('meta[content]')) {
		const value = meta.getAttribute('content') ?? '';
		if (/^(?:https?:)?\/\//i.test(value) || value.startsWith('/')) add(meta, 'content', value, false);
	}
	return {
		references,
		ids: [...document.querySelectorAll('[id], a[name]')].map((element) => element.id || element.getAttribute('name')!),
		canonical: [...document.querySelectorAll<HTMLLinkElement>('link[rel~="canonical"]')].map((link) => link.href),
	};
}

/** Status of `url` without following redirects: a link should land on the page, not on a redirect to it. */
async function statusOf(request: APIRequestContext, cache: Map<string, Promise<number>>, url: string) {
	if (!cache.has(url))
		cache.set(
			url,
			request.get(url, { maxRedirects: 0 }).then((response) => response.status()),
		);
	return cache.get(url)!;
}

test('with JavaScript disabled every same-origin link, asset and #fragment resolves under the base path', async ({
	browser,
	request,
	site,
}) => {
	const pages: PageLinks[] = [];
	await forEveryPage(browser, site, { context: { javaScriptEnabled: false } }, async (page, url) => {
		pages.push({ url, ...(await page.evaluate(collect, LOADED_LINK_RELS.source)) });
	});

	const idsByPage = new Map(pages.map(({ url, ids }) => [url, new Set(ids)]));
	const statuses = new Map<string, Promise<number>>();
	const broken: string[] = [];
	let fragments = 0;
	for (const { url, references, canonical } of pages) {
		if (canonical.length > 1 || (canonical[0] !== undefined && canonical[0] !== url))
			broken.push(`${url}: canonical ${canonical.join(', ')} is not the page itself`);
		for (const { source, url: target, resource } of references) {
			const where = `${url} ${source} → ${target}`;
			if (!target.startsWith('http')) {
				broken.push(where);
				continue;
			}
			const link = new URL(target);
			if (link.origin !== ORIGIN) {
				if (resource) broken.push(`${where} (loads from another host)`);
				continue;
			}
			const fragment = decodeURIComponent(link.hash.slice(1));
			link.hash = '';
			if (!link.href.startsWith(SITE_ROOT)) {
				broken.push(`${where} (outside ${SITE_ROOT})`);
				continue;
			}
			const status = await statusOf(request, statuses, link.href);
			if (status !== 200) {
				broken.push(`${where} (${status})`);
				continue;
			}
			if (fragment === '') continue;
			fragments++;
			const ids = idsByPage.get(link.href);
			if (!ids) broken.push(`${where} (#${fragment} points into a page the crawl never reached)`);
			else if (!ids.has(fragment)) broken.push(`${where} (no element with id "${fragment}")`);
		}
	}
	expect(broken).toEqual([]);
	// Guards the guard: the walk must have seen pages' assets and heading anchors, not an empty DOM.
	expect(statuses.size).toBeGreaterThan(pages.length);
	expect(fragments).toBeGreaterThan(pages.length);
});

test('the sitemaps and robots.txt list every page, all under the base path', async ({ request, site }) => {
	const locations = async (url: string) => {
		const response = await request.get(url, { maxRedirects: 0 });
		expect(response.status(), url).toBe(200);
		expect(response.headers()['content-type'], url).toContain('xml');
		return [...(await response.text()).matchAll(/<loc>([^<]+)<\/loc>/g)].map(([, loc = '']) => loc);
	};
	const robots = await request.get(`${SITE_ROOT}robots.txt`);
	expect(await robots.text()).toContain(`Sitemap: ${SITE_ROOT}sitemap-index.xml`);

	const sitemaps = await locations(`${SITE_ROOT}sitemap-index.xml`);
	expect(sitemaps.length).toBeGreaterThan(0);
	const listed: string[] = [];
	for (const sitemap of sitemaps) {
		expect(sitemap.startsWith(SITE_ROOT), sitemap).toBe(true);
		listed.push(...(await locations(sitemap)));
	}
	const unreachable: string[] = [];
	for (const url of listed) {
		const response = await request.get(url, { maxRedirects: 0 });
		if (!url.startsWith(SITE_ROOT) || response.status() !== 200) unreachable.push(`${url} (${response.status()})`);
	}
	expect(unreachable).toEqual([]);
	// Every page a reader can reach is listed (the 404 page is not a page to index), and nothing else.
	const pages = site.map(({ url }) => url).filter((url) => !url.endsWith('/404.html'));
	expect([...listed].sort()).toEqual([...pages].sort());
});

test('unknown URLs answer status 404 with the 404 page', async ({ request }) => {
	const notFoundPage = await (await request.get(`${SITE_ROOT}404.html`)).text();
	expect(notFoundPage).toContain('페이지를 찾을 수 없습니다');
	const unknown = [
		`${SITE_ROOT}no-such-page/`,
		`${SITE_ROOT}eni/no-such-section/`,
		`${SITE_ROOT}eni/index.htm`,
		`${SITE_ROOT}no-such-style.css`,
		`${SITE_ROOT}_astro/no-such-chunk.js`,
		`${SITE_ROOT}pagefind/no-such-index.pf_index`,
		`${SITE_ROOT}태그/`,
		`${ORIGIN}/aws-ec2-notes-old/`,
	];
	for (const url of unknown) {
		const response = await request.get(url, { maxRedirects: 0 });
		expect(response.status(), url).toBe(404);
		expect(await response.text(), url).toBe(notFoundPage);
	}
});
