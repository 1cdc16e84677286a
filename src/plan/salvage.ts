/**
 * Salvage: the answers that can still be read from a damaged plan record (cut short, or with a
 * stretch of bytes overwritten), so a visitor gets back what survived instead of nothing.
 *
 * The record text is JSON written by `encodeRecord`. Salvage finds the top-level `"answers":{` and
 * reads it entry by entry: a value is taken only when its JSON text is complete and parses, and the
 * value fits its field's kind (`isValueOf`). Numbers, `true`, `false` and `null` must also be followed
 * by `,` or `}`, so a cut `10` is never read as `1`. After an entry that cannot be read, salvage looks
 * further on for `,"<field id>":` and takes the entries from there only if they read cleanly up to the
 * end of the answers object (`}` followed by `,"edited":`, `,"context":` or the end of the record), so
 * a key inside a nested value is never taken for a top-level answer.
 *
 * What it cannot promise: a change that leaves valid JSON behind (one letter swapped for another
 * inside a text) cannot be told from the original. Damage that breaks the JSON is what it detects.
 */
import type { FieldKind } from '../schemas/worksheet';
import { isAnswered, isValueOf } from './answers/values';

/** A field as salvage needs it: its id, kind and label (to say what was recovered). */
export interface SalvageField {
	id: string;
	kind: FieldKind;
	label: string;
}

/** What salvage read from a damaged record. */
export interface Salvaged {
	/** The worksheet id, when readable. */
	worksheet?: string;
	title?: string;
	person?: string;
	date?: string;
	/** Recovered answers by field id; each is exactly the stored value. */
	answers: Record<string, unknown>;
	/** Fields with a recovered answer that says something (see `isAnswered`), in worksheet order. */
	recovered: SalvageField[];
	/** Fields the damaged text names among its answers but whose answer could not be read, in worksheet order. */
	lost: SalvageField[];
}

/** Where the JSON value starting at `at` ends (exclusive), or -1 when it is cut or broken. */
function valueEnd(text: string, at: number): number {
	const first = text[at];
	if (first === '"') return stringEnd(text, at);
	if (first === '{' || first === '[') {
		const closers: string[] = [];
		for (let i = at; i < text.length; i++) {
			const c = text[i];
			if (c === '"') {
				i = stringEnd(text, i) - 1;
				if (i < 0) return -1;
			} else if (c === '{') closers.push('}');
			else if (c === '[') closers.push(']');
			else if (c === '}' || c === ']') {
				if (closers.pop() !== c) return -1;
				if (!closers.length) return i + 1;
			}
		}
		return -1;
	}
	// A number or a literal: not self-delimiting, so it must be followed by a delimiter.
	const match = /^(?:-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null)(?=[,}\]])/.exec(text.slice(at, at + 40));
	return match ? at + match[0].length : -1;
}

/** Where the JSON string starting at `at` ends (after its closing quote), or -1 when it is cut. */
function stringEnd(text: string, at: number): number {
	for (let i = at + 1; i < text.length; i++) {
		const c = text[i];
		if (c === '\\') i += 1;
		else if (c === '"') return i + 1;
		else if (c < ' ') return -1; // a raw control character is never inside valid JSON text
	}
	return -1;
}

/** The JSON value at `at` and where it ends, or null when it is cut or broken. */
function readValue(text: string, at: number): { value: unknown; end: number } | null {
	const end = valueEnd(text, at);
	if (end < 0) return null;
	try {
		return { value: JSON.parse(text.slice(at, end)), end };
	} catch {
		return null;
	}
}

type Entry = { key: string; value: unknown };

/**
 * Reads `"key":value` entries from `at`, each followed by `,` or by the `}` that closes the object.
 * Returns the entries read and whether the object's closing `}` was reached (and where).
 */
function readEntries(text: string, at: number): { entries: Entry[]; closedAt: number } {
	const entries: Entry[] = [];
	let i = at;
	if (text[i] === '}') return { entries, closedAt: i };
	for (;;) {
		const key = text[i] === '"' ? readValue(text, i) : null;
		if (!key || typeof key.value !== 'string' || text[key.end] !== ':') return { entries, closedAt: -1 };
		const value = readValue(text, key.end + 1);
		if (!value) return { entries, closedAt: -1 };
		entries.push({ key: key.value, value: value.value });
		const next = text[value.end];
		if (next === '}') return { entries, closedAt: value.end };
		if (next !== ',') return { entries, closedAt: -1 };
		i = value.end + 1;
	}
}

const ANSWERS_END = /^\}(?:,"(?:edited|context)":|\s*$)/;

/** The text of a header field (title, person, date, worksheet) written at the record's top level. */
function headerText(text: string, key: string, before: number): string | undefined {
	const pattern = new RegExp(`[{,]"${key}":"`, 'g');
	for (let match = pattern.exec(text); match && match.index < before; match = pattern.exec(text)) {
		const read = readValue(text, match.index + match[0].length - 1);
		if (read && typeof read.value === 'string') return read.value;
	}
	return undefined;
}

/**
 * Every answer that can still be read from a damaged plan record's text, for the fields given (a
 * worksheet's current fields), plus the title, person, date and worksheet id when readable.
 * Pure and total: any text in, never throws.
 */
export function salvageRecord(raw: string, fields: SalvageField[]): Salvaged {
	const text = typeof raw === 'string' ? raw : '';
	const byId = new Map(fields.map((field) => [field.id, field]));
	const answers: Record<string, unknown> = {};
	const take = (entries: Entry[]) => {
		for (const { key, value } of entries) {
			const field = byId.get(key);
			if (field && !(key in answers) && isValueOf(field.kind, value)) answers[key] = value;
		}
	};

	const start = /[{,]"answers":\{/.exec(text);
	const answersAt = start ? start.index + start[0].length : text.length;
	if (start) {
		const first = readEntries(text, answersAt);
		take(first.entries);
		if (first.closedAt < 0) {
			// Look past the damage for an entry from which the rest of the answers read cleanly.
			const ids = fields.map((field) => field.id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
			const resync = ids ? new RegExp(`,"(?:${ids})":`, 'g') : null;
			resync && (resync.lastIndex = answersAt);
			for (let match = resync?.exec(text); resync && match; match = resync.exec(text)) {
				const rest = readEntries(text, match.index + 1);
				if (rest.closedAt >= 0 && ANSWERS_END.test(text.slice(rest.closedAt, rest.closedAt + 12))) {
					take(rest.entries);
					break;
				}
			}
		}
	}

	const worksheet = headerText(text, 'worksheet', answersAt);
	const date = headerText(text, 'date', answersAt);
	return {
		...(worksheet && /^[a-z][a-z0-9-]*$/.test(worksheet) ? { worksheet } : {}),
		...(headerText(text, 'title', answersAt) !== undefined ? { title: headerText(text, 'title', answersAt) } : {}),
		...(headerText(text, 'person', answersAt) !== undefined ? { person: headerText(text, 'person', answersAt) } : {}),
		...(date !== undefined && (date === '' || isValueOf('date', date)) ? { date } : {}),
		answers,
		recovered: fields.filter((field) => field.id in answers && isAnswered(field.kind, answers[field.id])),
		lost: fields.filter((field) => !(field.id in answers) && text.includes(`"${field.id}":`, answersAt - 1)),
	};
}

/** The worksheet id a damaged record names, read without parsing it, or undefined. */
export function worksheetOfDamaged(raw: string): string | undefined {
	const match = typeof raw === 'string' ? /"worksheet"\s*:\s*"([a-z][a-z0-9-]*)"/.exec(raw) : null;
	return match?.[1];
}
