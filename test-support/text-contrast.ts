/**
 * Text contrast of one element against the background it is drawn on, computed from CSS colours like
 * WCAG 2 does. The accessibility test uses it where axe reports "could not determine" (for example text
 * next to a pseudo element in the search results), so such text is still held to 4.5:1 (3:1 when large).
 * Runs in the page: keep it free of imports and outside references.
 * @returns the ratio and the ratio WCAG AA requires for this text; `ratio` is NaN for unparsable colours
 * and for SVG text, whose colour is its `fill` over shapes drawn beneath it, which CSS colours cannot tell.
 */
export function textContrast(element: Element): { ratio: number; required: number } {
	if (element.closest('svg')) return { ratio: Number.NaN, required: 4.5 };
	type Rgba = [number, number, number, number];
	const parse = (color: string): Rgba | undefined => {
		const match = /^rgba?\(([^)]+)\)$/.exec(color);
		if (!match?.[1]) return undefined;
		const [r = 0, g = 0, b = 0, a = 1] = match[1]
			.split(/[\s,/]+/)
			.filter(Boolean)
			.map(Number);
		return [r, g, b, a];
	};
	const over = ([r, g, b, a]: Rgba, [br, bg, bb]: Rgba): Rgba => [
		r * a + br * (1 - a),
		g * a + bg * (1 - a),
		b * a + bb * (1 - a),
		1,
	];
	const luminance = ([r, g, b]: Rgba) => {
		const channel = (value: number) => {
			const c = value / 255;
			return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
		};
		return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
	};

	// Backgrounds from the element outwards until an opaque one, then composited from the bottom up.
	const layers: Rgba[] = [];
	for (let current: Element | null = element; current; current = current.parentElement) {
		const background = parse(getComputedStyle(current).backgroundColor);
		if (!background) return { ratio: Number.NaN, required: 4.5 };
		if (background[3] > 0) layers.push(background);
		if (background[3] >= 1) break;
	}
	const backdrop = layers.reduceRight<Rgba>((below, layer) => over(layer, below), [255, 255, 255, 1]);
	const style = getComputedStyle(element);
	const color = parse(style.color);
	if (!color) return { ratio: Number.NaN, required: 4.5 };
	const [light, dark] = [luminance(over(color, backdrop)), luminance(backdrop)].sort((a, b) => b - a);
	const size = Number.parseFloat(style.fontSize);
	const large = size >= 24 || (size >= 18.66 && Number(style.fontWeight) >= 700);
	return { ratio: (light! + 0.05) / (dark! + 0.05), required: large ? 3 : 4.5 };
}
