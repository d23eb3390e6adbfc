import { describe, expect, test } from 'vitest';
import { formatBytes, formatDuration, formatMegabytes, formatRatio, markdownTable } from './format.ts';

describe('formatting figures', () => {
	test.each([
		{ bytes: 0, expected: '0.0 KB' },
		{ bytes: 1536, expected: '1.5 KB' },
		{ bytes: 15 * 1024, expected: '15.0 KB' },
		{ bytes: Number.NaN, expected: '–' },
	])('shows $bytes bytes as $expected', ({ bytes, expected }) => {
		expect(formatBytes(bytes)).toBe(expected);
	});

	test('shows megabytes with two decimals', () => {
		expect(formatMegabytes(1.5 * 1024 * 1024)).toBe('1.50 MB');
	});

	test.each([
		{ ms: 12.4, expected: '12 ms' },
		{ ms: 999, expected: '999 ms' },
		{ ms: 6_859, expected: '6.9 s' },
		{ ms: 12_345, expected: '12.3 s' },
		{ ms: Number.NaN, expected: '–' },
	])('shows $ms ms as $expected', ({ ms, expected }) => {
		expect(formatDuration(ms)).toBe(expected);
	});

	test.each([
		{ ours: 3, baseline: 2, expected: '1.50×' },
		{ ours: 1, baseline: 3, expected: '0.33×' },
		{ ours: 1, baseline: 0, expected: '–' },
		{ ours: Number.NaN, baseline: 1, expected: '–' },
	])('shows $ours against $baseline as $expected', ({ ours, baseline, expected }) => {
		expect(formatRatio(ours, baseline)).toBe(expected);
	});
});

describe('markdownTable', () => {
	test('writes a header, a separator and one line per row', () => {
		expect(markdownTable(['a', 'b'], [['1', '2']])).toBe('| a | b |\n| --- | --- |\n| 1 | 2 |');
	});

	test('escapes a pipe inside a cell', () => {
		expect(markdownTable(['x'], [['a|b']])).toBe('| x |\n| --- |\n| a\\|b |');
	});
});
