/** Order statistics shared by the e2e search evaluation and the bench, so both mean the same by "median" and "p95". */

/** Summary of repeated measurements of one figure. */
export interface Summary {
	n: number;
	min: number;
	median: number;
	p95: number;
	max: number;
}

/** Median of `values` (mean of the middle two for an even count); NaN when there are none. */
export function median(values: readonly number[]): number {
	if (values.length === 0) return Number.NaN;
	const sorted = [...values].sort((a, b) => a - b);
	const middle = Math.floor(sorted.length / 2);
	return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/**
 * The `p`-th percentile (0–100) by the nearest-rank method: a value that was actually measured, never an
 * interpolation, so "p95 ≤ 30 ms" means 95 % of the measured searches took at most that long.
 */
export function percentile(values: readonly number[], p: number): number {
	if (values.length === 0) return Number.NaN;
	const sorted = [...values].sort((a, b) => a - b);
	const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
	return sorted[Math.min(rank, sorted.length) - 1]!;
}

/** Count, min, median, p95 and max of `values`. */
export function summarize(values: readonly number[]): Summary {
	return {
		n: values.length,
		min: values.length === 0 ? Number.NaN : Math.min(...values),
		median: median(values),
		p95: percentile(values, 95),
		max: values.length === 0 ? Number.NaN : Math.max(...values),
	};
}
