import { describe, expect, test } from 'vitest';
import { formatKoreanDate, parseNoteDate } from './dates.ts';

describe('parseNoteDate', () => {
	test.each([
		['Wed Jun 25 2025 11:36:50 GMT+0000 (Coordinated Universal Time)', '2025-06-25T11:36:50.000Z'],
		['Wed Jun 25 2025 20:36:50 GMT+0900 (Korean Standard Time)', '2025-06-25T11:36:50.000Z'],
		['Tue Jun 24 2025 22:36:50 GMT-1300', '2025-06-25T11:36:50.000Z'],
		['2025-06-25', '2025-06-25T00:00:00.000Z'],
		['2025-06-25T11:36:50Z', '2025-06-25T11:36:50.000Z'],
		['2025-06-25T20:36:50+09:00', '2025-06-25T11:36:50.000Z'],
	])('reads %j as %s', (text, iso) => {
		expect(parseNoteDate(text)?.toISOString()).toBe(iso);
	});

	test.each([
		'',
		'yesterday',
		'Wed Foo 25 2025 11:36:50 GMT+0000',
		'Wed Feb 31 2025 11:36:50 GMT+0000',
		'2025-02-30',
		'2025-13-01',
		'25/06/2025',
	])('rejects %j', (text) => {
		expect(parseNoteDate(text)).toBeUndefined();
	});
});

test('formats dates the Korean way in UTC', () => {
	expect(formatKoreanDate(new Date('2025-06-25T23:59:00Z'))).toBe('2025년 6월 25일');
});
