import { describe, expect, test } from 'vitest';
import {
	STORAGE_KEY,
	addDays,
	dayOf,
	daysBetween,
	dueIds,
	emptyProgress,
	formatDay,
	isDue,
	nextDueDay,
	parseProgress,
	review,
	serializeProgress,
	type StudyProgress,
} from './schedule.ts';

const withCard = (box: number, due: string): StudyProgress => ({ version: 1, cards: { eip: { box, due } } });

describe('review moves cards between boxes', () => {
	test.each([
		['a new card known', emptyProgress(), true, { box: 2, due: '2026-03-03' }],
		['a new card missed', emptyProgress(), false, { box: 1, due: '2026-03-02' }],
		['box 2 known', withCard(2, '2026-03-01'), true, { box: 3, due: '2026-03-05' }],
		['box 4 known', withCard(4, '2026-03-01'), true, { box: 5, due: '2026-03-17' }],
		['box 5 known stays in 5', withCard(5, '2026-03-01'), true, { box: 5, due: '2026-03-17' }],
		['box 5 missed', withCard(5, '2026-03-01'), false, { box: 1, due: '2026-03-02' }],
	])('%s', (_, progress, known, card) => {
		expect(review(progress, 'eip', known, '2026-03-01').cards.eip).toEqual(card);
	});

	test('leaves other cards and the input untouched', () => {
		const before: StudyProgress = { version: 1, cards: { sg: { box: 3, due: '2026-03-09' } } };
		const after = review(before, 'eip', true, '2026-03-01');
		expect(after.cards.sg).toEqual({ box: 3, due: '2026-03-09' });
		expect(before.cards).not.toHaveProperty('eip');
	});
});

describe('due dates are calendar days', () => {
	test.each([
		['2026-01-31', 1, '2026-02-01'],
		['2026-02-28', 1, '2026-03-01'],
		['2028-02-28', 1, '2028-02-29'],
		['2026-12-31', 1, '2027-01-01'],
		['2026-01-20', 16, '2026-02-05'],
		['2026-03-07', 2, '2026-03-09'],
		['2026-10-31', 8, '2026-11-08'],
	])('%s + %i days = %s', (day, days, expected) => {
		expect(addDays(day, days)).toBe(expected);
		expect(daysBetween(day, expected)).toBe(days);
	});

	test.each([
		['2026-01-31T15:30:00Z', 'Asia/Seoul', '2026-02-01'],
		['2026-01-31T14:59:59Z', 'Asia/Seoul', '2026-01-31'],
		['2026-03-01T04:00:00Z', 'America/Los_Angeles', '2026-02-28'],
		['2026-03-08T07:30:00Z', 'America/New_York', '2026-03-08'],
		['2026-11-01T05:30:00Z', 'America/New_York', '2026-11-01'],
		['2026-12-31T23:59:59Z', 'UTC', '2026-12-31'],
		['2026-12-31T23:59:59Z', 'Pacific/Kiritimati', '2027-01-01'],
	])('%s is %s in %s', (instant, zone, day) => {
		expect(dayOf(new Date(instant), zone)).toBe(day);
	});

	test.each([
		['2026-03-01', '2026-02-28', true],
		['2026-03-01', '2026-03-01', true],
		['2026-03-01', '2026-03-02', false],
		['2027-01-01', '2026-12-31', true],
	])('on %s a card due %s is due: %s', (today, due, expected) => {
		expect(isDue(withCard(2, due), 'eip', today)).toBe(expected);
		expect(isDue(withCard(2, due), 'new-card', today)).toBe(true);
	});
});

describe('stored progress', () => {
	test('round-trips under one versioned key', () => {
		const progress = review(emptyProgress(), 'eip', true, '2026-03-01');
		expect(parseProgress(serializeProgress(progress))).toEqual({ progress, notice: null });
		expect(STORAGE_KEY).toMatch(/v1$/);
	});

	test('nothing stored is a fresh start without a notice', () => {
		expect(parseProgress(null)).toEqual({ progress: emptyProgress(), notice: null });
	});

	test.each([
		['not JSON', '{"version":1,', 'corrupt'],
		['JSON null', 'null', 'corrupt'],
		['an array', '[]', 'corrupt'],
		['a box out of range', '{"version":1,"cards":{"eip":{"box":6,"due":"2026-03-01"}}}', 'corrupt'],
		['a fractional box', '{"version":1,"cards":{"eip":{"box":1.5,"due":"2026-03-01"}}}', 'corrupt'],
		['a due date that is no day', '{"version":1,"cards":{"eip":{"box":1,"due":"2026-02-30"}}}', 'corrupt'],
		['a due time instead of a day', '{"version":1,"cards":{"eip":{"box":1,"due":"2026-03-01T00:00"}}}', 'corrupt'],
		['cards missing', '{"version":1}', 'corrupt'],
		['a future version', '{"version":2,"cards":{}}', 'corrupt'],
		['an older version', '{"version":0,"cards":{"eip":{"box":1,"due":"2026-03-01"}}}', 'outdated'],
	])('%s is discarded with a notice', (_, stored, notice) => {
		expect(parseProgress(stored)).toEqual({ progress: emptyProgress(), notice });
	});
});

describe('today’s cards', () => {
	const progress: StudyProgress = {
		version: 1,
		cards: {
			later: { box: 3, due: '2026-03-05' },
			today: { box: 2, due: '2026-03-01' },
			overdue: { box: 1, due: '2026-02-20' },
		},
	};
	const ids = ['new-a', 'later', 'today', 'new-b', 'overdue'];

	test('are the seen cards that came due, oldest first, then the new cards in order', () => {
		expect(dueIds(ids, progress, '2026-03-01')).toEqual(['overdue', 'today', 'new-a', 'new-b']);
		expect(dueIds(ids, progress, '2026-03-05')).toEqual(['overdue', 'today', 'later', 'new-a', 'new-b']);
	});

	test.each([
		['2026-03-01', '2026-03-05'],
		['2026-03-05', undefined],
	])('after %s the next scheduled day is %s', (today, next) => {
		expect(nextDueDay(ids, progress, today)).toBe(next);
	});

	test.each([
		['2026-03-02', '2026-03-01', '3월 2일'],
		['2027-01-04', '2026-12-31', '2027년 1월 4일'],
	])('%s reads as %s', (day, today, text) => {
		expect(formatDay(day, today)).toBe(`${text}`);
	});
});
