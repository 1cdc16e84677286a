// Small printing and statistics helpers shared by the bench steps.

/** Median of a list of numbers (mean of the two middle values for an even count). */
export function median(values) {
	const sorted = [...values].sort((a, b) => a - b);
	const mid = Math.floor(sorted.length / 2);
	return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** "median (min–max)" for a list of millisecond figures. */
export function spread(values, digits = 0) {
	const ms = (v) => v.toFixed(digits);
	return `${ms(median(values))} ms (min ${ms(Math.min(...values))}, max ${ms(Math.max(...values))})`;
}

/** Bytes as KiB with one decimal, e.g. "12.3 KiB". */
export const kib = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;

/** Milliseconds as seconds with one decimal plus the raw figure, e.g. "41.2 s (41213 ms)". */
export const seconds = (ms) => `${(ms / 1000).toFixed(1)} s (${Math.round(ms)} ms)`;

/** Prints a section heading. */
export function heading(title) {
	console.log(`\n== ${title} ${'='.repeat(Math.max(0, 74 - title.length))}`);
}

/** Prints rows (arrays of cells) as an aligned table; the first `left` columns are left-aligned, the rest right-aligned. */
export function table(header, rows, { left = 1 } = {}) {
	const cells = [header, ...rows].map((row) => row.map(String));
	const widths = header.map((_, i) => Math.max(...cells.map((row) => row[i].length)));
	const line = (row) => row.map((cell, i) => (i < left ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join('  ');
	console.log(line(cells[0]));
	console.log(widths.map((w) => '-'.repeat(w)).join('  '));
	for (const row of cells.slice(1)) console.log(line(row));
}

/** Prints a warning line for a step that could not produce its figure. */
export function warn(what, error) {
	console.log(`WARNING: ${what}: ${error?.message ?? error}`);
}
