import type { Page } from '@playwright/test';
import { contrastRatio } from './contrast.ts';

/** The diagrams' accessible names: each SVG's <title>, which starts its aria-labelledby name. */
export const PLACEMENT_TITLES = ['클러스터 배치그룹', '파티션 배치그룹', '분산 배치그룹'] as const;

/** Matches an image whose accessible name is this title followed by its description. */
export function titled(title: string): RegExp {
	return new RegExp(`^${title}( |$)`);
}

/** Smallest on-screen size, in CSS px, of any label in any diagram on the page, with the label. */
export async function smallestDiagramText(page: Page): Promise<{ px: number; text: string }> {
	return page.evaluate(() => {
		let smallest = { px: Number.POSITIVE_INFINITY, text: '' };
		for (const label of document.querySelectorAll<SVGTextElement>('svg.diagram text')) {
			const scale = label.getScreenCTM()?.a ?? 0;
			const px = scale * Number.parseFloat(getComputedStyle(label).fontSize);
			if (px < smallest.px) smallest = { px, text: label.textContent ?? '' };
		}
		return smallest;
	});
}

/** How far the page scrolls sideways (0 or less: not at all). */
export function sidewaysScroll(page: Page): Promise<number> {
	return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

/**
 * Lowest text contrast among all diagram labels on the page: each label against the topmost filled box
 * beneath it (or the page background), by the WCAG formula.
 */
export async function lowestDiagramContrast(page: Page): Promise<{ ratio: number; text: string }> {
	const pairs = await page.evaluate(() => {
		const pageBackground = getComputedStyle(document.body).backgroundColor;
		return [...document.querySelectorAll<SVGSVGElement>('svg.diagram')].flatMap((svg) => {
			const shapes = [...svg.querySelectorAll<SVGGraphicsElement>('rect, text')];
			return shapes.flatMap((shape, index) => {
				if (!(shape instanceof SVGTextElement)) return [];
				const box = shape.getBBox();
				const [x, y] = [box.x + box.width / 2, box.y + box.height / 2];
				const under = shapes
					.slice(0, index)
					.reverse()
					.find((candidate) => {
						if (!(candidate instanceof SVGRectElement)) return false;
						const fill = getComputedStyle(candidate).fill;
						const area = candidate.getBBox();
						const inside = x >= area.x && x <= area.x + area.width && y >= area.y && y <= area.y + area.height;
						return inside && fill !== 'none' && !fill.startsWith('rgba(0, 0, 0, 0)');
					});
				const background = under ? getComputedStyle(under).fill : pageBackground;
				return [{ text: shape.textContent ?? '', foreground: getComputedStyle(shape).fill, background }];
			});
		});
	});
	return pairs
		.map(({ text, foreground, background }) => ({ text, ratio: contrastRatio(foreground, background) }))
		.reduce((lowest, pair) => (pair.ratio < lowest.ratio ? pair : lowest), {
			ratio: Number.POSITIVE_INFINITY,
			text: '',
		});
}
