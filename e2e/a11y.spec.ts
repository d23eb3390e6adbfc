import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';

/*
 * Every page is checked by axe in both themes in accessibility.spec.ts. What that crawl cannot reach is the
 * placement simulator after it hydrates and while it reports a broken rule, so only that is checked here.
 */
for (const theme of ['light', 'dark']) {
	test(`the hydrated simulator, valid and showing a broken rule, has no axe violations in the ${theme} theme`, async ({
		page,
	}) => {
		await page.addInitScript((value) => localStorage.setItem('starlight-theme', value), theme);
		await page.goto('placement-groups/');
		await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
		await page.locator('.simulator').scrollIntoViewIfNeeded();
		await expect(page.getByRole('radio', { name: '분산', exact: true })).toBeEnabled();
		const violationsIn = async () =>
			(await new AxeBuilder({ page }).include('.simulator').analyze()).violations.map(
				({ id, nodes }) => `${id}: ${nodes.map((node) => node.target).join(', ')}`,
			);
		expect(await violationsIn()).toEqual([]);

		await page.getByRole('radio', { name: '클러스터', exact: true }).check();
		await page.getByLabel('가용 영역 수', { exact: true }).fill('3');
		await expect(page.locator('.simulator').getByRole('status')).toContainText('단일 가용 영역');
		expect(await violationsIn()).toEqual([]);
	});
}
