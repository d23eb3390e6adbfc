/** Bytes as kilobytes (1 KB = 1024 B) with one decimal: `12.3 KB`. */
export function formatBytes(bytes: number): string {
	if (!Number.isFinite(bytes)) return '–';
	return `${(bytes / 1024).toFixed(1)} KB`;
}

/** Bytes as megabytes (1 MB = 1024 KB) with two decimals: `1.25 MB`. */
export function formatMegabytes(bytes: number): string {
	if (!Number.isFinite(bytes)) return '–';
	return `${(bytes / 1024 / 1024).toFixed(2)} MB`;
}

/** Milliseconds, whole below a second (`850 ms`) and as seconds with one decimal above (`12.4 s`). */
export function formatDuration(ms: number): string {
	if (!Number.isFinite(ms)) return '–';
	return ms < 1000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(1)} s`;
}

/** `ours / baseline` as `1.23×`; a dash when the baseline is zero or a figure is missing. */
export function formatRatio(ours: number, baseline: number): string {
	if (!Number.isFinite(ours) || !Number.isFinite(baseline) || baseline === 0) return '–';
	return `${(ours / baseline).toFixed(2)}×`;
}

/** A GitHub-flavoured Markdown table; `|` inside a cell is escaped so it cannot split the cell. */
export function markdownTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
	const line = (cells: readonly string[]) => `| ${cells.map((cell) => cell.replaceAll('|', '\\|')).join(' | ')} |`;
	return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}
