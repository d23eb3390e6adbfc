import type { Locator } from '@playwright/test';

/*
 * WCAG 2 contrast, in one place for every test that measures it. The page only reports computed CSS
 * colours; parsing, compositing and luminance happen here in Node, so nothing has to be serialised into
 * the page and the formula is written once.
 */

type Rgba = [number, number, number, number];

/** Parses `rgb(...)`/`rgba(...)` as `getComputedStyle` writes it (comma or space syntax); `undefined` otherwise. */
export function parseColor(color: string): Rgba | undefined {
	const match = /^rgba?\(([^)]+)\)$/.exec(color.trim());
	if (!match?.[1]) return undefined;
	const [r = 0, g = 0, b = 0, a = 1] = match[1]
		.split(/[\s,/]+/)
		.filter(Boolean)
		.map(Number);
	return [r, g, b, a];
}

/** `top` painted over `bottom` (source-over), as the browser composites a translucent colour. */
const over = ([r, g, b, a]: Rgba, [br, bg, bb]: Rgba): Rgba => [
	r * a + br * (1 - a),
	g * a + bg * (1 - a),
	b * a + bb * (1 - a),
	1,
];

/** WCAG 2 relative luminance of an sRGB colour (alpha ignored). */
function luminance([r, g, b]: Rgba): number {
	const channel = (value: number) => {
		const c = value / 255;
		return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
	};
	return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

function ratio(first: Rgba, second: Rgba): number {
	const [light, dark] = [luminance(first), luminance(second)].sort((a, b) => b - a);
	return (light! + 0.05) / (dark! + 0.05);
}

/** WCAG contrast ratio of two CSS colours given as `rgb(...)`/`rgba(...)` strings (alpha ignored). */
export function contrastRatio(first: string, second: string): number {
	return ratio(parseColor(first) ?? [0, 0, 0, 1], parseColor(second) ?? [0, 0, 0, 1]);
}

/** What the page reports about one text element: its computed colours and size. */
export interface TextSample {
	/** True for SVG text, whose colour is its `fill` over shapes drawn beneath it, which CSS colours cannot tell. */
	inSvg: boolean;
	color: string;
	/** `background-color` of the element and each ancestor, innermost first. */
	backgrounds: string[];
	fontSize: string;
	fontWeight: string;
}

/**
 * Contrast of sampled text against the backgrounds beneath it: from the element outwards until an opaque
 * one, composited from the bottom up over white (the canvas).
 * @returns the ratio and the ratio WCAG AA requires (4.5:1, 3:1 for large text); `ratio` is NaN for
 * unparsable colours and for SVG text.
 */
export function sampleContrast(sample: TextSample): { ratio: number; required: number } {
	const unknown = { ratio: Number.NaN, required: 4.5 };
	if (sample.inSvg) return unknown;
	const layers: Rgba[] = [];
	for (const value of sample.backgrounds) {
		const background = parseColor(value);
		if (!background) return unknown;
		if (background[3] > 0) layers.push(background);
		if (background[3] >= 1) break;
	}
	const backdrop = layers.reduceRight<Rgba>((below, layer) => over(layer, below), [255, 255, 255, 1]);
	const color = parseColor(sample.color);
	if (!color) return unknown;
	const size = Number.parseFloat(sample.fontSize);
	const large = size >= 24 || (size >= 18.66 && Number(sample.fontWeight) >= 700);
	return { ratio: ratio(over(color, backdrop), backdrop), required: large ? 3 : 4.5 };
}

/**
 * Text contrast of one element against the background it is drawn on. The accessibility test uses it where
 * axe reports "could not determine" (for example text next to a pseudo element in the search results), so
 * such text is still held to 4.5:1 (3:1 when large).
 */
export async function textContrast(target: Locator): Promise<{ ratio: number; required: number }> {
	const sample = await target.evaluate((element): TextSample => {
		const backgrounds: string[] = [];
		for (let current: Element | null = element; current; current = current.parentElement) {
			backgrounds.push(getComputedStyle(current).backgroundColor);
		}
		const style = getComputedStyle(element);
		return {
			inSvg: element.closest('svg') !== null,
			color: style.color,
			backgrounds,
			fontSize: style.fontSize,
			fontWeight: style.fontWeight,
		};
	});
	return sampleContrast(sample);
}
