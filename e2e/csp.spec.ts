/**
 * The Content-Security-Policy on every page, and a reader who trips nothing of it: reading every page,
 * searching (Korean with a particle, an alias, 초성), following a result to its highlighted words, switching
 * the theme and using the placement simulator.
 */
import { expect, test, type Page } from '@playwright/test';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { cspHash, parsePolicy } from '../src/integrations/csp/policy.ts';
import { crawlSite } from '../test-support/crawl.ts';
import { cspViolationsSoFar, recordCspViolations, type CspViolation } from '../test-support/csp.ts';
import { SearchDialog } from '../test-support/search.ts';

/** The raw text of a script or style element: what the browser hashes. */
const textOf = (element: Element) =>
	element.children.map((child) => (child.type === 'text' ? child.value : '')).join('');

let violations: CspViolation[] = [];

test.beforeEach(async ({ page }) => {
	violations = await recordCspViolations(page);
});

async function expectNoViolations(page: Page): Promise<void> {
	expect(await cspViolationsSoFar(page, violations)).toEqual([]);
}

/** The policy `<meta>` of a built page, and the elements of its head before it. */
function policyOf(tree: Root): { policy: Map<string, string[]>; before: string[] } {
	const head = select('head', tree);
	const metas = selectAll('meta[http-equiv="content-security-policy" i]', tree);
	if (!head || metas.length !== 1) return { policy: new Map(), before: [] };
	const children = head.children.filter((node): node is Element => node.type === 'element');
	const index = children.indexOf(metas[0]!);
	return {
		policy: parsePolicy(String(metas[0]!.properties['content'] ?? '')),
		before: children.slice(0, index).map((element) => element.tagName),
	};
}

test('every page carries one strict policy, first in <head>, that lists every inline script and style', async ({
	request,
}) => {
	const pages = await crawlSite(request);
	expect(pages.length).toBeGreaterThanOrEqual(12);
	for (const { url, html } of pages) {
		const tree = fromHtml(html);
		const { policy, before } = policyOf(tree);
		expect(policy.size, `${url} has exactly one policy <meta>`).toBeGreaterThan(0);
		// A <meta> policy covers only what follows it.
		expect(before, url).toEqual(['meta']);

		const scripts = policy.get('script-src') ?? [];
		expect(scripts, url).toEqual(expect.arrayContaining(["'self'", "'wasm-unsafe-eval'"]));
		expect(scripts.filter((source) => !source.startsWith("'sha256-")).sort(), url).toEqual([
			"'self'",
			"'wasm-unsafe-eval'",
		]);
		expect(policy.get('object-src'), url).toEqual(["'none'"]);
		expect(policy.get('base-uri'), url).toEqual(["'self'"]);
		expect(policy.get('default-src'), url).toEqual(["'self'"]);
		expect(policy.get('worker-src'), url).toEqual(["'self'"]);
		expect(policy.get('connect-src'), url).toEqual(["'self'"]);
		expect(policy.get('img-src'), url).toEqual(["'self'", 'data:']);
		expect(policy.get('style-src-elem') ?? [], url).not.toContain("'unsafe-inline'");
		expect(policy.get('style-src-attr'), url).toEqual(["'unsafe-inline'"]);

		for (const script of selectAll('script:not([src])', tree)) {
			const body = textOf(script);
			if (String(script.properties['type'] ?? '').includes('json')) continue;
			expect(scripts, `${url}: inline script ${JSON.stringify(body.slice(0, 80))}`).toContain(`'${cspHash(body)}'`);
		}
		for (const style of selectAll('style', tree)) {
			const body = textOf(style);
			expect(policy.get('style-src-elem'), `${url}: <style> ${body.slice(0, 80)}`).toContain(`'${cspHash(body)}'`);
		}
		const handlers = selectAll('*', tree).flatMap((element) =>
			Object.keys(element.properties).filter((name) => /^on[A-Z]/.test(name)),
		);
		expect(handlers, `${url} has inline event handlers`).toEqual([]);
	}
});

test('the policy blocks and reports an injected inline script and event handler', async ({ page }) => {
	await page.goto('eni/');
	await page.evaluate(() => {
		const script = document.createElement('script');
		script.textContent = 'window.injected = true;';
		document.body.append(script);
		const button = document.createElement('button');
		button.setAttribute('onclick', 'window.injected = true;');
		button.textContent = '주입';
		document.body.append(button);
	});
	await page.getByRole('button', { name: '주입' }).dispatchEvent('click');
	expect(await page.evaluate(() => 'injected' in window)).toBe(false);
	const seen = await cspViolationsSoFar(page, violations);
	expect(seen.map(({ directive }) => directive)).toEqual(
		expect.arrayContaining(['script-src-elem', 'script-src-attr']),
	);
});

/** Islands hydrate late on a busy machine; waiting longer for them asserts nothing about speed. */
const HYDRATION = { timeout: 20_000 };

test('reading every page trips nothing', async ({ page, request }) => {
	test.setTimeout(120_000);
	const pages = await crawlSite(request);
	for (const { url } of pages) {
		await page.goto(url);
		// Bring every island into view so client:visible ones hydrate (Astro drops `ssr` from a hydrated island).
		for (const island of await page.locator('astro-island').all()) await island.scrollIntoViewIfNeeded();
		await expect(page.locator('astro-island[ssr]'), url).toHaveCount(0, HYDRATION);
	}
	await expectNoViolations(page);
});

test('searching, following a result to its highlights and pressing Enter trip nothing', async ({ page }) => {
	const workers: string[] = [];
	page.on('worker', (worker) => workers.push(worker.url()));
	await page.goto('');
	const search = new SearchDialog(page);
	await search.open();
	await search.search('EIP');
	await expect(search.results.first()).toContainText('탄력적 IP');
	await search.search('ㅂㅇㄱㄹ');
	await expect(search.dialog).toContainText('초성 ‘ㅂㅇㄱㄹ’');
	await search.search('보안그룹에서');
	await expect(search.results.first()).toContainText('보안그룹');
	// Pagefind searched on the page, not in its web worker (search-engine.ts turns it off), so its WebAssembly ran
	// under the page's own policy (wasm-unsafe-eval in script-src).
	expect(workers).toEqual([]);

	// Enter in the field opens the best result, whose page then loads the highlighter.
	const highlighter = page.waitForRequest(/\/pagefind\/pagefind-highlight\.js$/);
	await search.input.press('Enter');
	await highlighter;
	await expect(page).toHaveURL(/\/security-groups\/\?pagefind-highlight=/);
	await expect(page.locator('main mark.pagefind-highlight').first()).toBeVisible();
	await expectNoViolations(page);
});

test('switching the theme trips nothing, before and after a reload', async ({ page }) => {
	await page.goto('lifecycle/');
	const theme = page.getByRole('combobox', { name: '테마 선택' }).first();
	for (const value of ['light', 'dark', 'auto', 'light']) await theme.selectOption(value);
	await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
	await page.reload();
	await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
	await expectNoViolations(page);
});

test('using the placement simulator trips nothing', async ({ page }) => {
	await page.goto('placement-groups/');
	await page.locator('.simulator').scrollIntoViewIfNeeded();
	await expect(page.getByRole('radio', { name: '분산', exact: true })).toBeEnabled(HYDRATION);
	await page.getByRole('radio', { name: '파티션', exact: true }).check();
	await page.getByLabel('인스턴스 수').fill('9');
	await page.getByLabel('가용 영역 수', { exact: true }).fill('2');
	await page.getByLabel('가용 영역당 파티션 수').fill('3');
	const outcome = page.locator('.simulator').getByRole('status');
	await expect(outcome).toContainText('파티션 배치그룹:');
	await expect(page.locator('.simulator').getByRole('img', { name: /^배치 시뮬레이션 결과/ })).toBeVisible();
	await page.getByRole('radio', { name: '클러스터', exact: true }).check();
	await expect(outcome).toContainText('클러스터 배치그룹은 단일 가용 영역에만 만들 수 있습니다');
	await expectNoViolations(page);
});
