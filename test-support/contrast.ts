/** WCAG contrast ratio of two CSS colours given as `rgb(...)`/`rgba(...)` strings (alpha ignored). */
export function contrastRatio(first: string, second: string): number {
	const luminance = (color: string) => {
		const [r = 0, g = 0, b = 0] = (color.match(/[\d.]+/g) ?? []).slice(0, 3).map((value) => {
			const c = Number(value) / 255;
			return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
		});
		return 0.2126 * r + 0.7152 * g + 0.0722 * b;
	};
	const [light, dark] = [luminance(first), luminance(second)].sort((a, b) => b - a);
	return (light! + 0.05) / (dark! + 0.05);
}
