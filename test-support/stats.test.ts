import { describe, expect, test } from 'vitest';
import { median, percentile, summarize } from './stats.ts';

describe('median', () => {
	test.each([
		{ values: [3, 1, 2], expected: 2 },
		{ values: [4, 1, 3, 2], expected: 2.5 },
		{ values: [7], expected: 7 },
	])('takes the middle of $values', ({ values, expected }) => {
		expect(median(values)).toBe(expected);
	});

	test('is not a number for no values', () => {
		expect(median([])).toBeNaN();
	});
});

describe('percentile', () => {
	const hundred = Array.from({ length: 100 }, (_, index) => index + 1);
	test.each([
		{ values: hundred, p: 95, expected: 95 },
		{ values: hundred, p: 50, expected: 50 },
		{ values: hundred, p: 100, expected: 100 },
		{ values: [10, 20, 30], p: 95, expected: 30 },
		{ values: [10, 20, 30], p: 0, expected: 10 },
		{ values: [30, 10, 20], p: 50, expected: 20 },
	])('picks a measured value by nearest rank: p$p of $values.length values is $expected', ({ values, p, expected }) => {
		expect(percentile(values, p)).toBe(expected);
	});
});

describe('summarize', () => {
	test('reports count, extremes, median and p95', () => {
		expect(summarize([5, 1, 3])).toEqual({ n: 3, min: 1, median: 3, p95: 5, max: 5 });
	});

	test('reports no values as not-a-number figures', () => {
		expect(summarize([])).toMatchObject({ n: 0, min: Number.NaN, median: Number.NaN });
	});
});
