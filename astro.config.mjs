// @ts-check
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import { unified } from '@astrojs/markdown-remark';
import starlight from '@astrojs/starlight';
import { defineConfig } from 'astro/config';
import { remarkBaseLinks } from './src/lib/remark-base-links.ts';
import { normalizeBasePath, normalizeSiteUrl } from './src/lib/site-url.ts';
import { sidebar } from './src/lib/sidebar.ts';

// GitHub Pages serves project sites under /<repo>/; the deploy workflow sets both variables.
const base = normalizeBasePath(process.env.BASE_PATH);
const site = normalizeSiteUrl(process.env.SITE_URL);

export default defineConfig({
	...(site ? { site } : {}),
	base,
	trailingSlash: 'always',
	markdown: {
		// No smart punctuation: notes keep the author's characters verbatim (straight quotes in JSON, `--` in options).
		processor: unified({ smartypants: false, remarkPlugins: [[remarkBaseLinks, { base }]] }),
	},
	integrations: [
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
				PageTitle: './src/components/starlight/PageTitle.astro',
				Search: './src/components/starlight/Search.astro',
			},
		}),
		mdx(),
		// Only the placement simulator is an island; static diagrams are plain SVG with no client JS.
		preact(),
	],
});
