import { expect, test } from '@playwright/test';
import {
	lowestDiagramContrast,
	PLACEMENT_TITLES,
	sidewaysScroll,
	smallestDiagramText,
	titled,
} from '../test-support/diagrams.ts';

const OTHER_DIAGRAMS = [
	{
		slug: 'lifecycle/',
		title: 'EC2 인스턴스 라이프사이클 상태 다이어그램',
		mentions: ['pending', 'running', 'terminated'],
	},
	{ slug: 'networking/', title: 'EC2 네트워킹 구성도', mentions: ['eth0', '인터넷 게이트웨이'] },
	{ slug: 'ami/', title: '커스텀 AMI 만들기 흐름도', mentions: ['스냅샷', 'AMI'] },
];

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('the placement page shows the three strategy diagrams, the comparison table and a simulator note', async ({
		page,
	}) => {
		await page.goto('placement-groups/');
		for (const title of PLACEMENT_TITLES) {
			const diagram = page.getByRole('img', { name: titled(title) });
			await expect(diagram).toBeVisible();
			await expect(diagram.locator('title')).toHaveText(title);
			await expect(diagram.locator('desc')).toContainText('가용 영역');
		}
		await expect(page.getByRole('table', { name: '클러스터 · 파티션 · 분산 배치그룹 비교' })).toBeVisible();
		await expect(page.getByText('이 시뮬레이터는 자바스크립트가 있어야 동작합니다.')).toBeVisible();
		await expect(page.getByRole('radio', { name: '분산', exact: true })).toBeDisabled();
	});

	for (const { slug, title, mentions } of OTHER_DIAGRAMS) {
		test(`${slug} shows its diagram`, async ({ page }) => {
			await page.goto(slug);
			const diagram = page.getByRole('img', { name: titled(title) });
			await expect(diagram).toBeVisible();
			for (const words of mentions) await expect(diagram.locator('desc')).toContainText(words);
		});
	}
});

test('placement diagrams sit side by side on a desktop and stack on a phone', async ({ page }) => {
	const boxes = async () =>
		Promise.all(
			PLACEMENT_TITLES.map(async (title) => (await page.getByRole('img', { name: titled(title) }).boundingBox())!),
		);
	await page.setViewportSize({ width: 1280, height: 900 });
	await page.goto('placement-groups/');
	const wide = await boxes();
	expect(new Set(wide.map((box) => Math.round(box.y))).size, 'same row on a desktop').toBe(1);
	expect(wide[0]!.x).toBeLessThan(wide[1]!.x);
	expect(wide[1]!.x).toBeLessThan(wide[2]!.x);

	await page.setViewportSize({ width: 375, height: 812 });
	const narrow = await boxes();
	expect(narrow[0]!.y + narrow[0]!.height).toBeLessThanOrEqual(narrow[1]!.y);
	expect(narrow[1]!.y + narrow[1]!.height).toBeLessThanOrEqual(narrow[2]!.y);
});

for (const slug of ['placement-groups/', ...OTHER_DIAGRAMS.map((diagram) => diagram.slug)]) {
	test(`${slug} diagrams: labels at least 12 px and no sideways scroll at 375 px`, async ({ page }) => {
		await page.setViewportSize({ width: 375, height: 812 });
		await page.goto(slug);
		const smallest = await smallestDiagramText(page);
		expect(smallest.px, `"${smallest.text}" renders at ${smallest.px.toFixed(1)} px`).toBeGreaterThanOrEqual(12);
		expect(await sidewaysScroll(page)).toBeLessThanOrEqual(0);
	});
}

test('diagram colours come from the theme, so light and dark differ', async ({ page }) => {
	const colours: Record<string, string[]> = {};
	for (const theme of ['light', 'dark']) {
		await page.addInitScript((value) => localStorage.setItem('starlight-theme', value), theme);
		await page.goto('lifecycle/');
		await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
		colours[theme] = await page
			.locator('svg.diagram')
			.first()
			.evaluate((svg) =>
				['.state', '.state-name', '.arrow'].map((selector) => {
					const style = getComputedStyle(svg.querySelector(selector)!);
					return `${style.fill} ${style.stroke}`;
				}),
			);
	}
	colours.light!.forEach((colour, index) => expect(colour).not.toBe(colours.dark![index]));
});

for (const theme of ['light', 'dark']) {
	test(`diagram labels contrast at least 4.5:1 with what is under them in the ${theme} theme`, async ({ page }) => {
		await page.addInitScript((value) => localStorage.setItem('starlight-theme', value), theme);
		for (const slug of ['placement-groups/', ...OTHER_DIAGRAMS.map((diagram) => diagram.slug)]) {
			await page.goto(slug);
			await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
			const lowest = await lowestDiagramContrast(page);
			expect(lowest.ratio, `${slug} "${lowest.text}"`).toBeGreaterThanOrEqual(4.5);
		}
	});
}
