import { access } from 'node:fs/promises';
import type { AstroIntegration } from 'astro';
import { describe, expect, test } from 'vitest';
import { cspHash } from './csp/policy.ts';
import { AFTER_PAINT_LOADER } from './page-scripts/after-paint.ts';
import { cssDelivery, siteIntegration } from './site.ts';

type SetupHook = NonNullable<AstroIntegration['hooks']['astro:config:setup']>;
type SetupParams = Parameters<SetupHook>[0];
type ConfigUpdate = Parameters<SetupParams['updateConfig']>[0];

const named = (name: string) => ({ name, hooks: {} }) as AstroIntegration;

/** Runs the integration's `astro:config:setup` with `site` at its place among `others`; returns what it set. */
async function setup(
	order: 'site first' | 'starlight first' | 'no starlight',
	directives: { name: string; entrypoint: string | URL }[] = [],
): Promise<ConfigUpdate[]> {
	const site = siteIntegration();
	const integrations =
		order === 'site first'
			? [site, named('@astrojs/starlight')]
			: order === 'starlight first'
				? [named('@astrojs/starlight'), site]
				: [site];
	const updates: ConfigUpdate[] = [];
	const params = {
		config: {
			integrations,
			srcDir: new URL('../', import.meta.url),
			base: '/aws-ec2-notes/',
			site: 'https://owner.github.io',
		},
		updateConfig: (update: ConfigUpdate) => {
			updates.push(update);
			return params.config;
		},
		addClientDirective: (directive: { name: string; entrypoint: string | URL }) => directives.push(directive),
	} as unknown as SetupParams;
	await site.hooks['astro:config:setup']?.(params);
	return updates;
}

describe('siteIntegration', () => {
	test.each(['site first', 'no starlight'] as const)('sets its config when listed %s', async (order) => {
		expect(await setup(order)).toHaveLength(1);
	});

	test('refuses to run after Starlight, whose Pagefind step must index the finished pages', async () => {
		await expect(setup('starlight first')).rejects.toThrow(/before starlight\(\)/);
	});

	test('sets the policy, the Markdown processor, file stylesheets, the dev search index and the page-id step in one update', async () => {
		const [update] = await setup('site first');
		const csp = update?.security?.csp;
		if (typeof csp !== 'object') throw new Error('no CSP object set');
		// Starlight's theme script is `is:inline`: without its hash the policy would block it.
		expect(csp.scriptDirective?.hashes?.length).toBeGreaterThan(0);
		expect(update?.build?.inlineStylesheets).toBe('never');
		// More than one page at a time: one at a time waits on every page's file write.
		expect(update?.build?.concurrency).toBeGreaterThan(1);
		expect(update?.markdown?.syntaxHighlight).toBe(false);
		expect(typeof update?.markdown?.processor?.createRenderer).toBe('function');
		expect(update?.integrations?.map((integration) => (integration as AstroIntegration).name)).toEqual([
			'dev-search-index',
			'aws-ec2-notes:search-page-ids',
		]);
	});

	test('registers client:painted, whose file exists, and allows the module loader by its hash', async () => {
		const directives: { name: string; entrypoint: string | URL }[] = [];
		const [update] = await setup('site first', directives);
		expect(directives.map(({ name }) => name)).toEqual(['painted']);
		await expect(access(String(directives[0]!.entrypoint))).resolves.toBeUndefined();
		const csp = update?.security?.csp;
		if (typeof csp !== 'object') throw new Error('no CSP object set');
		expect(csp.scriptDirective?.hashes).toContain(cspHash(AFTER_PAINT_LOADER));
	});
});

describe('cssDelivery', () => {
	test.each([
		[undefined, undefined],
		['file', 'file'],
		['inline', 'inline'],
	])('PAGE_CSS=%s gives %s', (value, delivery) => {
		expect(cssDelivery(value)).toBe(delivery);
	});

	test.each(['', 'Inline', 'foo'])('PAGE_CSS=%j stops the build, naming the variable', (value) => {
		expect(() => cssDelivery(value)).toThrow(/^PAGE_CSS must be "file" or "inline"/);
	});
});
