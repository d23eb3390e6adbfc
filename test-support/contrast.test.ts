import { describe, expect, test } from 'vitest';
import { contrastRatio, parseColor, sampleContrast, type TextSample } from './contrast.ts';

describe('contrastRatio', () => {
	test.each([
		['rgb(0, 0, 0)', 'rgb(255, 255, 255)', 21],
		['rgb(255, 255, 255)', 'rgb(0, 0, 0)', 21],
		['rgb(118, 118, 118)', 'rgb(255, 255, 255)', 4.54],
		['rgba(10, 20, 30, 0.5)', 'rgb(10, 20, 30)', 1],
	])('%s on %s is %d:1', (first, second, expected) => {
		expect(contrastRatio(first, second)).toBeCloseTo(expected, 2);
	});
});

describe('parseColor', () => {
	test.each([
		['rgb(1, 2, 3)', [1, 2, 3, 1]],
		['rgba(1, 2, 3, 0.5)', [1, 2, 3, 0.5]],
		['rgb(1 2 3 / 0.25)', [1, 2, 3, 0.25]],
		['color(srgb 1 0 0)', undefined],
	])('reads %s', (color, expected) => {
		expect(parseColor(color)).toEqual(expected);
	});
});

const sample = (overrides: Partial<TextSample>): TextSample => ({
	inSvg: false,
	color: 'rgb(0, 0, 0)',
	backgrounds: ['rgba(0, 0, 0, 0)', 'rgb(255, 255, 255)'],
	fontSize: '16px',
	fontWeight: '400',
	...overrides,
});

describe('sampleContrast', () => {
	test.each<[string, Partial<TextSample>, number, number]>([
		['black on white', {}, 21, 4.5],
		['white on black', { color: 'rgb(255, 255, 255)', backgrounds: ['rgb(0, 0, 0)'] }, 21, 4.5],
		// Half-transparent black over white composites to rgb(127.5, 127.5, 127.5): about 3.98:1 against white.
		['translucent text over its backdrop', { color: 'rgba(0, 0, 0, 0.5)' }, 3.98, 4.5],
		// A translucent layer over an opaque ancestor: white at 50 % over black is mid grey, black text on it.
		['a translucent layer over black', { backgrounds: ['rgba(255, 255, 255, 0.5)', 'rgb(0, 0, 0)'] }, 5.28, 4.5],
		// Ancestors above the first opaque background do not count.
		['stops at the first opaque background', { backgrounds: ['rgb(255, 255, 255)', 'rgb(0, 0, 0)'] }, 21, 4.5],
		['large text needs 3:1', { fontSize: '24px' }, 21, 3],
		['bold 18.66px text needs 3:1', { fontSize: '18.66px', fontWeight: '700' }, 21, 3],
		['normal 18.66px text needs 4.5:1', { fontSize: '18.66px' }, 21, 4.5],
	])('%s', (_, overrides, expected, required) => {
		const result = sampleContrast(sample(overrides));
		expect(result.ratio).toBeCloseTo(expected, 2);
		expect(result.required).toBe(required);
	});

	test.each<[string, Partial<TextSample>]>([
		['svg text', { inSvg: true }],
		['an unparsable text colour', { color: 'color(srgb 0 0 0)' }],
		['an unparsable background', { backgrounds: ['color(srgb 1 1 1)'] }],
	])('is NaN for %s', (_, overrides) => {
		expect(sampleContrast(sample(overrides)).ratio).toBeNaN();
	});
});
