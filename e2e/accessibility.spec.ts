import AxeBuilder from '@axe-core/playwright';
import type { BrowserContext, Page } from '@playwright/test';
import { expect, forEveryPage, test } from '../test-support/fixtures.ts';
import { textContrast } from '../test-support/contrast.ts';
import { SearchDialog } from '../test-support/search.ts';

type Theme = 'light' | 'dark';
const THEMES: readonly Theme[] = ['light', 'dark'];

/**
 * axe's experimental rules, on top of its default WCAG A/AA and best-practice rules. They check real WCAG
 * criteria (2.5.3 label in name, 1.3.1 headings and table headers, 1.3.4 orientation) without false alarms
 * on this site; `hidden-content` is left out because it only ever asks for manual review.
 */
const EXPERIMENTAL_RULES = [
	'label-content-name-mismatch',
	'p-as-heading',
	'table-fake-caption',
	'td-has-header',
	'css-orientation-lock',
	'focus-order-semantics',
];

/**
 * One line per failing rule and page, naming the elements, so a failure says what to fix. Text whose
 * contrast axe could not decide is measured by the suite itself (test-support/contrast.ts).
 */
async function violations(page: Page, where: string): Promise<string[]> {
	const { violations, incomplete } = await new AxeBuilder({ page })
		.options({ rules: Object.fromEntries(EXPERIMENTAL_RULES.map((rule) => [rule, { enabled: true }])) })
		.analyze();
	const found: string[] = [];
	for (const violation of violations) {
		const targets = violation.nodes.map((node) => node.target.join(' '));
		if (targets.length > 0)
			found.push(
				`${where}: ${violation.id} (${violation.impact}) ${violation.help} — ${targets.slice(0, 5).join(', ')}`,
			);
	}
	for (const unsure of incomplete.filter(({ id }) => id === 'color-contrast')) {
		const low: string[] = [];
		for (const node of unsure.nodes) {
			const [selector] = node.target;
			if (node.target.length !== 1 || typeof selector !== 'string') continue;
			const { ratio, required } = await textContrast(page.locator(selector).first());
			if (ratio < required) low.push(`${selector} (${ratio.toFixed(2)}:1, needs ${required}:1)`);
		}
		if (low.length > 0)
			found.push(`${where}: color-contrast (measured where axe could not decide) — ${low.slice(0, 5).join(', ')}`);
	}
	return found;
}

for (const theme of THEMES) {
	test(`every page passes axe in the ${theme} theme`, async ({ browser, site }) => {
		const found: string[] = [];
		const prepare = async (context: BrowserContext) => {
			await context.addInitScript((value) => localStorage.setItem('starlight-theme', value), theme);
		};
		await forEveryPage(browser, site, { prepare, perPageMs: 15_000 }, async (page, url) => {
			await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
			found.push(...(await violations(page, `${url} [${theme}]`)));
		});
		expect(found).toEqual([]);
	});

	test(`the open search dialog with Korean results passes axe in the ${theme} theme`, async ({ page }) => {
		// A full axe run plus loading the search index; on a busy two-core machine that outlasts the default 30 s.
		test.setTimeout(120_000);
		await page.addInitScript((value) => localStorage.setItem('starlight-theme', value), theme);
		await page.goto('');
		const search = new SearchDialog(page);
		await search.open();
		await search.searchFor('보안그룹');
		expect(await violations(page, `search dialog [${theme}]`)).toEqual([]);
	});
}
