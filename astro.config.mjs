// @ts-check
import { satteri } from '@astrojs/markdown-satteri';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import starlight from '@astrojs/starlight';
import { defineConfig } from 'astro/config';
import { fileURLToPath } from 'node:url';
import { devSearchIndex } from './src/integrations/dev-search/integration.ts';
import { pagePostprocess } from './src/integrations/page-postprocess.ts';
import { astroSourcesUnder, inlineScriptHashes, siteCsp } from './src/integrations/csp/policy.ts';
import { satteriExternalLinks } from './src/integrations/markdown/external-links.ts';
import { satteriBaseLinks } from './src/integrations/markdown/base-links.ts';
import { satteriTableSpacing } from './src/integrations/markdown/table-spacing.ts';
import { normalizeBasePath, normalizeSiteUrl } from './src/lib/site/site-url.ts';
import { sidebar } from './src/lib/site/sidebar.ts';

// GitHub Pages serves project sites under /<repo>/; the deploy workflow sets both variables.
const base = normalizeBasePath(process.env.BASE_PATH);
const site = normalizeSiteUrl(process.env.SITE_URL);
// Where `is:inline` scripts the policy must allow come from: Starlight's components and ours.
const inlineScriptFolders = [
	fileURLToPath(new URL('.', import.meta.resolve('@astrojs/starlight/components'))),
	fileURLToPath(new URL('./src', import.meta.url)),
];

export default defineConfig({
	...(site ? { site } : {}),
	base,
	trailingSlash: 'always',
	// Hashes of Starlight's and our `is:inline` scripts come from their sources, so a Starlight update that
	// changes them changes the policy too; Astro adds the hashes of everything it bundles (src/integrations/csp/policy.ts).
	security: { csp: siteCsp(inlineScriptHashes(await astroSourcesUnder(inlineScriptFolders))) },
	build: {
		// Stylesheets as files: Astro does not hash the styles of components used inside MDX content, so its own
		// inlining would put unhashed <style> elements on those pages. src/integrations/page-postprocess.ts merges
		// the files into one (or inlines it with its hash in the policy).
		inlineStylesheets: 'never',
	},
	markdown: {
		// Code blocks go through Starlight's Expressive Code; Astro's own Shiki pass is off (it styles inline).
		syntaxHighlight: false,
		// Astro's native pipeline (Sätteri) for .md and .mdx: in a CPU profile of a 1,000-page build, remark/rehype
		// parsing was the largest cost a plain Starlight build does not have.
		processor: satteri({
			// No smart punctuation: notes keep the author's characters verbatim (straight quotes in JSON, `--` in options).
			features: { smartPunctuation: false },
			mdastPlugins: [satteriBaseLinks({ base })],
			// Links leaving the site are marked as external in one place (src/integrations/markdown/external-links.ts).
			// Table cells on one line are spaced apart so the search index sees their words (src/integrations/markdown/table-spacing.ts).
			hastPlugins: [satteriExternalLinks({ site }), satteriTableSpacing()],
		}),
	},
	integrations: [
		// First, so Starlight's Pagefind step indexes the finished pages.
		pagePostprocess(),
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
		// Only the placement simulator is an island; static diagrams are plain SVG with no client JS.
		preact(),
		// `astro dev` has no built index; this serves one made from the dev server's own pages.
		devSearchIndex(),
	],
});
