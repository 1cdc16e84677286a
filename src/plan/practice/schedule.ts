/**
 * The learner's progress and the spaced schedule it follows: Leitner boxes. A new item counts as box 1;
 * a right answer moves it up a box and away for longer, a wrong one sends it back to box 1, due again in
 * a minute, so it returns within the same round. What to ask next favours what is due, then what is
 * weakest, then what is new.
 */
import type { DrillItem } from './items';

/** One item's progress, as stored. */
export interface ItemProgress {
	/** Leitner box, 1 (still learning) to 5 (known). */
	box: number;
	/** Epoch ms when it is due again. */
	due: number;
	right: number;
	wrong: number;
	/** Epoch ms of the last answer. */
	last: number;
}

/** Every answered item's progress, by item id. */
export type Progress = Record<string, ItemProgress>;

export const TOP_BOX = 5;

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

/** How long an item rests in each box before it is due again: box 1 a minute, box 5 a month. */
export const BOX_REST = [0, MINUTE, DAY, 3 * DAY, 7 * DAY, 30 * DAY] as const;

/** The progress of one item after an answer at `now`. */
export function answered(before: ItemProgress | undefined, right: boolean, now: number): ItemProgress {
	const box = right ? Math.min((before?.box ?? 1) + 1, TOP_BOX) : 1;
	return {
		box,
		due: now + BOX_REST[box],
		right: (before?.right ?? 0) + (right ? 1 : 0),
		wrong: (before?.wrong ?? 0) + (right ? 0 : 1),
		last: now,
	};
}

/**
 * The item to ask next from `items`: the most overdue item in the lowest box among those due; else an
 * item never answered, taken in turn across drills so a round mixes them; else none. `skip` holds ids
 * not to ask again just now (the item just answered). `pick` chooses among the new items (random in the
 * browser, the first in tests).
 */
export function nextItem(
	items: readonly DrillItem[],
	progress: Progress,
	now: number,
	skip: ReadonlySet<string> = new Set(),
	pick: (count: number) => number = (count) => Math.floor(Math.random() * count),
): DrillItem | undefined {
	const open = items.filter((item) => !skip.has(item.id));
	const due = open
		.filter((item) => progress[item.id] && progress[item.id].due <= now)
		.sort((a, b) => progress[a.id].box - progress[b.id].box || progress[a.id].due - progress[b.id].due);
	if (due.length) return due[0];
	const fresh = open.filter((item) => !progress[item.id]);
	if (!fresh.length) return undefined;
	// The drill answered least so far goes first, so a round moves between drills.
	const answeredIn = (drill: string) => items.filter((item) => item.drill === drill && progress[item.id]).length;
	const drills = [...new Set(fresh.map((item) => item.drill))].sort((a, b) => answeredIn(a) - answeredIn(b));
	const ofDrill = fresh.filter((item) => item.drill === drills[0]);
	return ofDrill[pick(ofDrill.length)];
}

/** A summary of progress over some items: how many were answered, are known (box 3 or higher) and are due. */
export function progressOver(items: readonly DrillItem[], progress: Progress, now: number) {
	let seen = 0;
	let known = 0;
	let due = 0;
	for (const item of items) {
		const entry = progress[item.id];
		if (!entry) continue;
		seen++;
		if (entry.box >= 3) known++;
		if (entry.due <= now) due++;
	}
	return { total: items.length, seen, known, due };
}

const isCount = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value) && value >= 0;

/** Progress read from storage: entries of the right shape kept, anything else dropped. */
export function readProgress(raw: string | null): Progress {
	let parsed: unknown;
	try {
		parsed = raw === null ? null : JSON.parse(raw);
	} catch {
		return {};
	}
	const items = (parsed as { format?: unknown; items?: unknown } | null)?.items;
	if ((parsed as { format?: unknown })?.format !== 1 || typeof items !== 'object' || items === null || Array.isArray(items)) return {};
	const progress: Progress = {};
	for (const [id, entry] of Object.entries(items as Record<string, unknown>)) {
		const e = entry as Partial<ItemProgress> | null;
		if (e && isCount(e.box) && e.box >= 1 && e.box <= TOP_BOX && isCount(e.due) && isCount(e.right) && isCount(e.wrong) && isCount(e.last))
			progress[id] = { box: Math.round(e.box), due: e.due, right: e.right, wrong: e.wrong, last: e.last };
	}
	return progress;
}

/** Progress as stored: `{ "format": 1, "items": { <item id>: ItemProgress } }`. */
export const writeProgress = (progress: Progress): string => JSON.stringify({ format: 1, items: progress });

/** Two copies of progress joined (a restored bundle): per item, the one answered last wins. */
export function mergeProgress(here: Progress, incoming: Progress): Progress {
	const merged: Progress = { ...here };
	for (const [id, entry] of Object.entries(incoming)) if (!merged[id] || entry.last > merged[id].last) merged[id] = entry;
	return merged;
}
