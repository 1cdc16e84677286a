/**
 * Two copies of one plan, as two tabs or two devices hold them: merged field by field, or compared
 * (key order aside, with `sortKeys`, which link payloads also use for a canonical order). Apart from
 * `record.ts`, which every page with a worksheet loads: only reading another tab's copy, a reply or
 * a link needs this.
 */
import { encodeRecord, HEADER_FIELDS, isObject, type PlanRecord } from './record';

/**
 * Merges two copies of the same plan field by field: for each answer and header field the copy
 * edited later wins, so two tabs never revert each other's work.
 */
export function mergeRecords(mine: PlanRecord, theirs: PlanRecord): PlanRecord {
	const time = (r: PlanRecord, key: string) => r.edited[key] ?? 0;
	const answers: Record<string, unknown> = {};
	const edited: Record<string, number> = {};
	const keys = new Set([...Object.keys(mine.answers), ...Object.keys(theirs.answers)]);
	for (const key of keys) {
		const winner = time(theirs, key) > time(mine, key) || !(key in mine.answers) ? theirs : mine;
		if (key in winner.answers) answers[key] = winner.answers[key];
		edited[key] = Math.max(time(mine, key), time(theirs, key));
	}
	const merged: PlanRecord = { ...mine, answers, edited };
	for (const field of HEADER_FIELDS) {
		const key = `@${field}`;
		if (time(theirs, key) > time(mine, key)) merged[field] = theirs[field];
		const latest = Math.max(time(mine, key), time(theirs, key));
		if (latest > 0) edited[key] = latest;
	}
	merged.updated = mine.updated > theirs.updated ? mine.updated : theirs.updated;
	if ((theirs.sentBack ?? '') > (mine.sentBack ?? '')) merged.sentBack = theirs.sentBack;
	merged.worksheetVersion = Math.max(mine.worksheetVersion, theirs.worksheetVersion);
	return merged;
}

/** Whether two records hold the same data (key order aside). */
export function sameRecord(a: PlanRecord, b: PlanRecord): boolean {
	return encodeRecord(a) === encodeRecord(b) || JSON.stringify(sortKeys(a)) === JSON.stringify(sortKeys(b));
}

/** Keys sorted at every level; records passed the door, so the depth bound only guards against misuse. */
export function sortKeys(value: unknown, depth = 0): unknown {
	if (depth > 16) return value;
	if (Array.isArray(value)) return value.map((item) => sortKeys(item, depth + 1));
	if (!isObject(value)) return value;
	return Object.fromEntries(
		Object.keys(value)
			.sort()
			.map((key) => [key, sortKeys(value[key], depth + 1)]),
	);
}
