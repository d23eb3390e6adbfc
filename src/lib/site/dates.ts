const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** Hashnode's export form: `Wed Jun 25 2025 11:36:50 GMT+0000 (Coordinated Universal Time)`. */
const HASHNODE_DATE =
	/^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun) (\w{3}) (\d{1,2}) (\d{4}) (\d{2}):(\d{2}):(\d{2}) GMT([+-])(\d{2})(\d{2})(?: \([^)]*\))?$/;

/** ISO 8601 date or date-time, as YAML or an author would write it. */
const ISO_DATE = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;

/**
 * Parses a publication date written the way Hashnode exports it or as ISO 8601.
 * Parsed by hand rather than with `Date.parse`, whose handling of non-ISO strings is engine-defined.
 * @returns the instant, or `undefined` when the text is neither form or names an impossible date.
 */
export function parseNoteDate(text: string): Date | undefined {
	const value = text.trim();
	const hashnode = HASHNODE_DATE.exec(value);
	if (hashnode) {
		const [, monthName, day, year, hour, minute, second, sign, offsetHours, offsetMinutes] = hashnode;
		const month = MONTHS.indexOf(monthName ?? '');
		if (month < 0) return undefined;
		const offset = (sign === '-' ? -1 : 1) * (Number(offsetHours) * 60 + Number(offsetMinutes));
		const utc = Date.UTC(Number(year), month, Number(day), Number(hour), Number(minute), Number(second));
		const date = new Date(utc - offset * 60_000);
		// Date.UTC rolls 31 Feb over into March; reject instead of publishing a wrong date.
		const check = new Date(utc);
		return check.getUTCDate() === Number(day) && check.getUTCMonth() === month ? date : undefined;
	}
	if (ISO_DATE.test(value)) {
		const date = new Date(value.length === 10 ? `${value}T00:00:00Z` : value);
		if (Number.isNaN(date.getTime())) return undefined;
		const [year, month, day] = value.slice(0, 10).split('-').map(Number);
		return year === date.getUTCFullYear() && month === date.getUTCMonth() + 1 && day === date.getUTCDate()
			? date
			: undefined;
	}
	return undefined;
}

/** `2025년 6월 25일`: the date a Korean reader expects, in UTC so builds do not depend on the machine's zone. */
export function formatKoreanDate(date: Date): string {
	return new Intl.DateTimeFormat('ko-KR', { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}
