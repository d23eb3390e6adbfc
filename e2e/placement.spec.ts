import AxeBuilder from '@axe-core/playwright';
import { gzipSync } from 'node:zlib';
import { expect, test, type Page, type Request } from '@playwright/test';
import { crawlSite } from '../test-support/crawl.ts';
import { sidewaysScroll, smallestDiagramText } from '../test-support/diagrams.ts';

/** Presses Tab until the focused element matches, as a keyboard user would reach it. */
async function tabTo(page: Page, accessibleName: string, role: string): Promise<void> {
	for (let presses = 0; presses < 120; presses++) {
		await page.keyboard.press('Tab');
		const here = await page.evaluate(() => {
			const element = document.activeElement as HTMLInputElement | null;
			return { type: element?.type ?? '', label: element?.labels?.[0]?.textContent?.trim() ?? '' };
		});
		if (here.type === role && here.label === accessibleName) return;
	}
	throw new Error(`Tab never reached the ${role} "${accessibleName}"`);
}

/** Selects a number field's text and types over it. */
async function retype(page: Page, value: string): Promise<void> {
	await page.keyboard.press('ControlOrMeta+A');
	await page.keyboard.type(value);
}

/**
 * Scrolls the simulator into view so the client:visible island hydrates, then waits until it has
 * (not End: the 확인 문제 after it end the page, so End scrolls past the island).
 */
async function openSimulator(page: Page): Promise<void> {
	await page.goto('placement-groups/');
	await page.locator('.simulator').scrollIntoViewIfNeeded();
	await expect(page.getByRole('radio', { name: '분산', exact: true })).toBeEnabled();
	await expect(page.getByText('이 시뮬레이터는 자바스크립트가 있어야 동작합니다.')).toHaveCount(0);
}

test('the simulator works by keyboard alone and explains a broken rule', async ({ page }) => {
	await page.setViewportSize({ width: 375, height: 812 });
	await openSimulator(page);
	const simulator = page.locator('.simulator');
	const outcome = simulator.getByRole('status');
	await expect(outcome).toHaveAttribute('aria-live', 'polite');
	const picture = simulator.getByRole('img', { name: /^배치 시뮬레이션 결과/ });

	await tabTo(page, '분산', 'radio');
	await page.keyboard.press('Tab');
	await retype(page, '8');
	await expect(outcome).toContainText('배치할 수 없습니다');
	await expect(outcome).toContainText('가용 영역별로 실행 중인 인스턴스를 최대 7개까지');
	await expect(outcome).toContainText('가용 영역을 2개 이상으로 늘리거나');
	await expect(page.getByLabel('인스턴스 수')).toHaveAttribute('aria-invalid', 'true');
	await expect(picture).toHaveCount(0);

	await page.keyboard.press('Tab');
	await retype(page, '2');
	await expect(outcome).toHaveText(/^분산 배치그룹: 인스턴스 8개를 가용 영역 2개\(A 4개, B 4개\)에 나누고/);
	await expect(picture).toBeVisible();
	await expect(picture.locator('.instance')).toHaveCount(8);

	// Arrow keys move through the radio group: 분산 → 파티션, which adds the partition field.
	await page.keyboard.press('Shift+Tab');
	await page.keyboard.press('Shift+Tab');
	await page.keyboard.press('ArrowLeft');
	await expect(page.getByRole('radio', { name: '파티션', exact: true })).toBeChecked();
	await tabTo(page, '가용 영역당 파티션 수', 'number');
	await retype(page, '8');
	await expect(outcome).toContainText('파티션 배치그룹은 가용 영역당 파티션을 최대 7개까지');
	await retype(page, '3');
	await expect(outcome).toContainText('파티션 배치그룹: 인스턴스 8개를 가용 영역 2개(A 4개, B 4개)에 나누고');
	await expect(picture.getByText('파티션 3', { exact: true })).toHaveCount(2);

	await page.keyboard.press('Shift+Tab');
	await page.keyboard.press('Shift+Tab');
	await page.keyboard.press('Shift+Tab');
	await page.keyboard.press('ArrowLeft');
	await expect(page.getByRole('radio', { name: '클러스터', exact: true })).toBeChecked();
	await expect(outcome).toContainText('클러스터 배치그룹은 단일 가용 영역에만 만들 수 있습니다');

	await tabTo(page, '가용 영역 수', 'number');
	await retype(page, '1.5');
	await expect(outcome).toContainText('가용 영역 수는 정수여야 합니다');
	await retype(page, '1');
	await expect(outcome).toHaveText(/^클러스터 배치그룹: 가용 영역 A 한 곳에서 인스턴스 8개를/);
});

test('the busiest simulator picture still fits a phone with 12 px labels', async ({ page }) => {
	await page.setViewportSize({ width: 375, height: 812 });
	await openSimulator(page);
	await page.getByRole('radio', { name: '파티션', exact: true }).check();
	await page.getByLabel('인스턴스 수').fill('28');
	await page.getByLabel('가용 영역 수', { exact: true }).fill('4');
	await page.getByLabel('가용 영역당 파티션 수').fill('7');
	await expect(page.locator('.simulator').getByRole('status')).toContainText('파티션 배치그룹:');
	expect(await sidewaysScroll(page)).toBeLessThanOrEqual(0);
	const smallest = await smallestDiagramText(page);
	expect(smallest.px, `"${smallest.text}"`).toBeGreaterThanOrEqual(12);
});

test('the simulator script loads on the placement page and on no other page', async ({ page, request }) => {
	const scriptsOf = async (slug: string, reachSimulator = false) => {
		const scripts = new Set<string>();
		const listener = (req: Request) => {
			if (req.resourceType() === 'script') scripts.add(req.url());
		};
		page.on('request', listener);
		if (reachSimulator) await openSimulator(page);
		else {
			await page.goto(slug);
			await page.keyboard.press('End');
			await page.waitForLoadState('networkidle');
		}
		page.off('request', listener);
		return scripts;
	};
	const placement = await scriptsOf('placement-groups/', true);
	const island = page.locator('astro-island');
	const componentUrl = new URL((await island.getAttribute('component-url'))!, page.url()).href;
	const rendererUrl = new URL((await island.getAttribute('renderer-url'))!, page.url()).href;
	// A sibling page with the same Starlight chrome and static diagrams: what it loads is not the simulator's.
	const sibling = await scriptsOf('lifecycle/');
	const islandOnly = [...placement].filter((url) => !sibling.has(url));
	expect(islandOnly).toEqual(expect.arrayContaining([componentUrl, rendererUrl]));

	const home = await scriptsOf('');
	expect([...home].filter((url) => islandOnly.includes(url))).toEqual([]);

	// The 복습 page has its own island; only the simulator's component must stay on one page.
	const pagesWithIsland = (await crawlSite(request)).filter(({ html }) =>
		html.includes(componentUrl.split('/').pop()!),
	);
	expect(pagesWithIsland.map(({ url }) => new URL(url).pathname)).toEqual(['/aws-ec2-notes/placement-groups/']);

	// Size budget: the island (component, Preact, hooks, Astro's renderer) stays small.
	let raw = 0;
	let gzip = 0;
	for (const url of islandOnly) {
		const body = await (await request.get(url)).body();
		raw += body.length;
		gzip += gzipSync(body, { level: 9 }).length;
	}
	test.info().annotations.push({ type: 'simulator JS', description: `${raw} bytes, ${gzip} bytes gzip` });
	expect(gzip).toBeLessThanOrEqual(16 * 1024);
});

/*
 * Every page is checked by axe in both themes in accessibility.spec.ts. What that crawl cannot reach is the
 * placement simulator after it hydrates and while it reports a broken rule, so that is checked here.
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
