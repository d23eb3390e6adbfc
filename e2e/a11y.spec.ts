import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';

/** The pages this branch added diagrams or the simulator to. */
const PAGES = ['placement-groups/', 'lifecycle/', 'networking/', 'ami/'];

for (const theme of ['light', 'dark']) {
	test.describe(`${theme} theme`, () => {
		test.beforeEach(async ({ page }) => {
			await page.addInitScript((value) => localStorage.setItem('starlight-theme', value), theme);
		});

		for (const slug of PAGES) {
			test(`${slug} has no axe violations`, async ({ page }) => {
				await page.goto(slug);
				await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
				await page.keyboard.press('End');
				if (slug === 'placement-groups/') await expect(page.getByRole('radio', { name: '분산' })).toBeEnabled();
				const { violations } = await new AxeBuilder({ page }).analyze();
				expect(violations.map(({ id, nodes }) => `${id}: ${nodes.map((node) => node.target).join(', ')}`)).toEqual([]);
			});
		}

		test('the simulator showing a broken rule has no axe violations', async ({ page }) => {
			await page.goto('placement-groups/');
			await page.keyboard.press('End');
			await page.getByRole('radio', { name: '클러스터' }).check();
			await page.getByLabel('가용 영역 수', { exact: true }).fill('3');
			await expect(page.locator('.simulator').getByRole('status')).toContainText('단일 가용 영역');
			const { violations } = await new AxeBuilder({ page }).include('.simulator').analyze();
			expect(violations.map(({ id, nodes }) => `${id}: ${nodes.map((node) => node.target).join(', ')}`)).toEqual([]);
		});
	});
}
