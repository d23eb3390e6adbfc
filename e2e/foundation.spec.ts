import { expect, test } from '@playwright/test';
import { BASE_PATH, SITE_ROOT } from '../test-support/site.ts';

test.describe('site shell', () => {
	test('home renders in Korean under the base path', async ({ page }) => {
		const response = await page.goto('');
		expect(response?.status()).toBe(200);
		await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('EC2란?');
		await expect(page).toHaveTitle(/AWS EC2 개념/);
		const stylesheet = await page.locator('link[rel="stylesheet"]').first().getAttribute('href');
		expect(stylesheet?.startsWith(`${BASE_PATH}/`)).toBe(true);
	});

	test('every sidebar link opens a page with status 200', async ({ page, request }) => {
		await page.goto('');
		const hrefs = await page
			.getByRole('navigation', { name: '메인' })
			.getByRole('link')
			.evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).href));
		expect(hrefs.length).toBeGreaterThanOrEqual(9);
		for (const href of hrefs) {
			expect(href.startsWith(SITE_ROOT), href).toBe(true);
			expect((await request.get(href)).status(), href).toBe(200);
		}
	});

	test('a missing page answers 404 with the Korean 404 page and a link home', async ({ page }) => {
		const response = await page.goto('no-such-page/');
		expect(response?.status()).toBe(404);
		await expect(page.getByRole('heading', { level: 1 })).toContainText('페이지를 찾을 수 없습니다');
		await page.getByRole('link', { name: '홈으로 돌아가기' }).click();
		await expect(page).toHaveURL(SITE_ROOT);
	});

	test('body text keeps Korean words whole and uses a Korean font stack', async ({ page }) => {
		await page.goto('placement-groups/');
		const style = await page
			.locator('main p, main li')
			.first()
			.evaluate((element) => {
				const computed = getComputedStyle(element);
				return { wordBreak: computed.wordBreak, fontFamily: computed.fontFamily };
			});
		expect(style.wordBreak).toBe('keep-all');
		expect(style.fontFamily).toMatch(/Noto Sans CJK KR|Malgun Gothic|Apple SD Gothic Neo/);
	});

	test('theme choice switches the theme and persists across pages', async ({ page }) => {
		await page.goto('');
		const themeSelect = page.getByRole('combobox', { name: '테마 선택' }).first();
		await themeSelect.selectOption('light');
		await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
		await themeSelect.selectOption('dark');
		await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
		await page.goto('eni/');
		await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
		await page.reload();
		await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
	});
});
