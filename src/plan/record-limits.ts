/**
 * The limits a plan record must keep before this site accepts it, wherever it comes from (a link, a
 * file, this browser's storage). Anyone can craft a link or a file, so the door bounds what every
 * later step walks over: how deep values nest, how many entries they hold, how long a text is, and
 * what a key may be called. Real plans sit far inside every limit.
 */
import { calendarDay } from './dates';
import { reason, type Reason } from './reason';

export const RECORD_LIMITS = {
	/** Containers inside one answer: a review round's action row is 5 deep, so 8 leaves room. */
	depth: 8,
	/** Entries in any one list or object (answers, rows, rounds, items). */
	entries: 1000,
	/** Characters in any one text (about 40 printed pages). */
	textChars: 100_000,
	/** Characters in any key. */
	keyChars: 64,
} as const;

/** The shape of a field id (`src/schemas/worksheet.ts`): answers and edit times are keyed by it. */
export const FIELD_ID = /^[a-z][a-z0-9-]*$/;

/** Keys inside an answer (row columns, SMART letters, round ids). */
const INNER_KEY = /^[A-Za-z0-9][A-Za-z0-9_-]*$/;

/**
 * Names an object already has (`toString`, `constructor`, `__proto__`…) and `prototype`: as keys they
 * shadow or reach built-ins, so no record may use them, at any depth.
 */
const RESERVED = new Set([...Object.getOwnPropertyNames(Object.prototype), 'prototype']);

/** Keys of a day: `YYYY-MM-DD` or empty, nothing else (a review round's date, an action's "by when"). */
const DAY_KEYS = new Set(['date', 'by']);

/** `YYYY-MM-DD` or empty: the only text a date may hold. */
export const isDayText = (text: string): boolean => text === '' || calendarDay(text) !== null;

function keyProblem(key: string, shape: RegExp): Reason | null {
	if (RESERVED.has(key) || key.length > RECORD_LIMITS.keyChars || !shape.test(key))
		return reason('common.reason-bad-name', { name: key.slice(0, RECORD_LIMITS.keyChars) });
	return null;
}

/**
 * What is wrong with one value inside a record, or `null`. Walks at most `RECORD_LIMITS.depth` levels,
 * so a value nested thousands deep is refused without exhausting the stack.
 * @param where names the value in the reason, e.g. "the answer “goal”" (`common.reason-where-answer`).
 */
export function valueProblem(value: unknown, where: Reason, depth = 0, key = ''): Reason | null {
	if (typeof value === 'string') {
		if (value.length > RECORD_LIMITS.textChars) return reason('common.reason-text-too-long', { where, max: RECORD_LIMITS.textChars });
		if (DAY_KEYS.has(key) && !isDayText(value)) return reason('common.reason-bad-day', { where });
		return null;
	}
	if (typeof value !== 'object' || value === null) return null;
	if (depth >= RECORD_LIMITS.depth) return reason('common.reason-too-deep', { where, max: RECORD_LIMITS.depth });
	const entries = Array.isArray(value) ? value.map((item) => ['', item] as const) : Object.entries(value);
	if (entries.length > RECORD_LIMITS.entries) return reason('common.reason-too-many-entries', { where, max: RECORD_LIMITS.entries });
	for (const [inner, item] of entries) {
		const problem = (inner && keyProblem(inner, INNER_KEY)) || valueProblem(item, where, depth + 1, inner);
		if (problem) return problem;
	}
	return null;
}

/** What is wrong with a record's answers (keys shaped like field ids, values within the limits), or `null`. */
export function answersProblem(answers: Record<string, unknown>): Reason | null {
	const keys = Object.keys(answers);
	if (keys.length > RECORD_LIMITS.entries) return reason('common.reason-too-many-answers', { max: RECORD_LIMITS.entries });
	for (const key of keys) {
		const problem = keyProblem(key, FIELD_ID) ?? valueProblem(answers[key], reason('common.reason-where-answer', { name: key }), 1);
		if (problem) return problem;
	}
	return null;
}

/** What is wrong with a worksheet id a record names (its own, or the one it was continued from), or `null`. */
export function worksheetIdProblem(id: unknown): Reason | null {
	return typeof id === 'string' ? keyProblem(id, FIELD_ID) : null;
}

/** What is wrong with a record's edit times (keyed by field id or `@` + header field), or `null`. */
export function editedProblem(edited: Record<string, unknown>): Reason | null {
	const keys = Object.keys(edited);
	if (keys.length > RECORD_LIMITS.entries) return reason('common.reason-too-many-edits', { max: RECORD_LIMITS.entries });
	for (const key of keys) {
		const problem = keyProblem(key.startsWith('@') ? key.slice(1) : key, FIELD_ID);
		if (problem) return problem;
	}
	return null;
}

/** What is wrong with entries this version does not know (a newer site's data), or `null`. */
export function extraProblem(record: Record<string, unknown>, known: readonly string[]): Reason | null {
	for (const key of Object.keys(record)) {
		if (known.includes(key)) continue;
		const problem = keyProblem(key, INNER_KEY) ?? valueProblem(record[key], reason('common.reason-where-entry', { name: key }), 1);
		if (problem) return problem;
	}
	return null;
}
