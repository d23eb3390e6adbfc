// @ts-check
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import starlight from '@astrojs/starlight';
import { defineConfig } from 'astro/config';
import { siteIntegration } from './src/integrations/site.ts';
import { normalizeBasePath, normalizeSiteUrl } from './src/lib/site/site-url.ts';
import { sidebar } from './src/lib/site/sidebar.ts';

// GitHub Pages serves project sites under /<repo>/; the deploy workflow sets both variables.
const base = normalizeBasePath(process.env.BASE_PATH);
const site = normalizeSiteUrl(process.env.SITE_URL);

export default defineConfig({
	...(site ? { site } : {}),
	base,
	trailingSlash: 'always',
	integrations: [
		// The site's build-time code (src/integrations/site.ts): the CSP, the Markdown steps, the page finishing and
		// the dev server's search index. Before Starlight, so Starlight's Pagefind step indexes the finished pages.
		siteIntegration(),
		starlight({
			title: 'AWS EC2 학습 노트',
			description:
				'AWS EC2의 핵심 개념(구매옵션, 네트워킹, 보안그룹, AMI, 배치그룹, 라이프사이클)을 정리한 한국어 학습 노트',
			defaultLocale: 'root',
			locales: { root: { label: '한국어', lang: 'ko' } },
			favicon: '/favicon.svg',
			customCss: ['./src/styles/global.css'],
			sidebar,
			routeMiddleware: './src/route-data.ts',
			components: {
				MarkdownContent: './src/components/starlight/MarkdownContent.astro',
				PageTitle: './src/components/starlight/PageTitle.astro',
				Search: './src/components/starlight/Search.astro',
			},
		}),
		mdx(),
		// Islands: the placement simulator and the 복습 deck; static diagrams are plain SVG with no client JS.
		// `include` keeps Preact's Babel pass to the .tsx components: by default it transforms every .ts file
		// of the project, which cost about 0.8 s of each build.
		preact({ include: ['**/*.tsx'] }),
	],
});
