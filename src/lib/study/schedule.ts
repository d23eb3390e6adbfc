import { z } from 'astro/zod';

/**
 * Leitner scheduling for the 복습 cards: a card known moves up a box and waits longer, a card missed goes
 * back to box 1. Days are local calendar days (`YYYY-MM-DD` in the reader's time zone), so "today" is what
 * the reader's calendar says, whatever the hour or the daylight-saving shift.
 */

/** Days a card waits after reaching box 1 … 5. */
export const INTERVALS = [1, 2, 4, 8, 16] as const;
export const MAX_BOX = INTERVALS.length;

/** localStorage key; a new version of the stored shape gets a new number, and older data is discarded. */
export const STORAGE_VERSION = 1;
export const STORAGE_KEY = `aws-ec2-notes:study:v${STORAGE_VERSION}`;

/** A local calendar day, `YYYY-MM-DD`. */
export type Day = string;

export interface CardState {
	box: number;
	due: Day;
}

export interface StudyProgress {
	version: typeof STORAGE_VERSION;
	/** By stable term id; a card not in here is new and due today. */
	cards: Record<string, CardState>;
}

/** Why stored progress was not used: unreadable, or written by an older version of the page. */
export type StorageNotice = 'corrupt' | 'outdated' | null;

// Zod otherwise probes `new Function` on its first object parse; the site's CSP has no 'unsafe-eval', and
// Chromium reports the blocked probe as a policy violation even though Zod catches it.
z.config({ jitless: true });

const DAY_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

const progressSchema = z.object({
	version: z.literal(STORAGE_VERSION),
	cards: z.record(
		z.string(),
		z.object({
			box: z.number().int().min(1).max(MAX_BOX),
			due: z.string().regex(DAY_PATTERN).refine(isCalendarDay, 'not a calendar day'),
		}),
	),
});

export function emptyProgress(): StudyProgress {
	return { version: STORAGE_VERSION, cards: {} };
}

/** The calendar day of `instant` in `timeZone` (the runtime's own zone when omitted). */
export function dayOf(instant: Date, timeZone?: string): Day {
	const parts = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' })
		.formatToParts(instant)
		.reduce<Record<string, string>>((all, part) => ({ ...all, [part.type]: part.value }), {});
	return `${parts.year}-${parts.month}-${parts.day}`;
}

/** `day` plus `days` calendar days; computed on the date alone, so month ends, leap years and DST cannot shift it. */
export function addDays(day: Day, days: number): Day {
	const [year, month, date] = day.split('-').map(Number) as [number, number, number];
	return new Date(Date.UTC(year, month - 1, date + days)).toISOString().slice(0, 10);
}

function isCalendarDay(day: string): boolean {
	return DAY_PATTERN.test(day) && addDays(day, 0) === day;
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: Day, to: Day): number {
	const time = (day: Day) => Date.parse(`${day}T00:00:00Z`);
	return Math.round((time(to) - time(from)) / 86_400_000);
}

/** A card is due when it is new or its day has come. */
export function isDue(progress: StudyProgress, id: string, today: Day): boolean {
	const card = progress.cards[id];
	return card === undefined || card.due <= today;
}

/** The progress after the reader answers card `id` today: known moves it up a box, missed back to box 1. */
export function review(progress: StudyProgress, id: string, known: boolean, today: Day): StudyProgress {
	const box = known ? Math.min((progress.cards[id]?.box ?? 1) + 1, MAX_BOX) : 1;
	return { ...progress, cards: { ...progress.cards, [id]: { box, due: addDays(today, INTERVALS[box - 1]!) } } };
}

/**
 * Reads what `localStorage.getItem(STORAGE_KEY)` returned. Never throws: unreadable data and data of an
 * older version give empty progress and a notice, so the page can tell the reader calmly and start over.
 */
export function parseProgress(stored: string | null): { progress: StudyProgress; notice: StorageNotice } {
	if (stored === null) return { progress: emptyProgress(), notice: null };
	let data: unknown;
	try {
		data = JSON.parse(stored);
	} catch {
		return { progress: emptyProgress(), notice: 'corrupt' };
	}
	const result = progressSchema.safeParse(data);
	if (result.success) return { progress: result.data, notice: null };
	const version = typeof data === 'object' && data !== null ? (data as { version?: unknown }).version : undefined;
	const outdated = typeof version === 'number' && version < STORAGE_VERSION;
	return { progress: emptyProgress(), notice: outdated ? 'outdated' : 'corrupt' };
}

export function serializeProgress(progress: StudyProgress): string {
	return JSON.stringify(progress);
}

/**
 * The cards to review today, in the order they came due: cards seen before (oldest due day first) and then
 * new cards in the order given, so a missed card returns before unseen ones.
 */
export function dueIds(ids: readonly string[], progress: StudyProgress, today: Day): string[] {
	const seen = ids.filter((id) => progress.cards[id] !== undefined && isDue(progress, id, today));
	const fresh = ids.filter((id) => progress.cards[id] === undefined);
	return [...seen.sort((a, b) => progress.cards[a]!.due.localeCompare(progress.cards[b]!.due)), ...fresh];
}

/** The earliest day one of `ids` is due after today, or undefined when none is scheduled. */
export function nextDueDay(ids: readonly string[], progress: StudyProgress, today: Day): Day | undefined {
	const days = ids.map((id) => progress.cards[id]?.due).filter((due): due is Day => due !== undefined && due > today);
	return days.sort()[0];
}

/** A day in Korean, as the 복습 page shows it: `3월 2일`, with the year only when it is not this year's. */
export function formatDay(day: Day, today: Day): string {
	const [year, month, date] = day.split('-').map(Number) as [number, number, number];
	return `${day.slice(0, 4) === today.slice(0, 4) ? '' : `${year}년 `}${month}월 ${date}일`;
}
