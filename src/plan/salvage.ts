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

/**
 * Counts the characters salvage scans, so its work stays linear in the text: reading from each place
 * it resynchronises at could otherwise re-read the rest of the text each time (quadratic: 220 kB once
 * took 91 s). Past the budget, salvage keeps what it has read and stops looking.
 */
class Budget {
	steps = 0;
	constructor(readonly limit: number) {}
	get spent(): boolean {
		return this.steps > this.limit;
	}
	spend(count: number): boolean {
		this.steps += count;
		return this.steps <= this.limit;
	}
}

/** Characters scanned per character of text that salvage may spend in all: linear time, whatever the damage. */
const STEPS_PER_CHAR = 8;

/** Where a scan ended: `end` after the value (exclusive), or -1 when it is cut or broken; `reached`, the last character read. */
type Scan = { end: number; reached: number };

/** Where the JSON value starting at `at` ends (exclusive), or -1 when it is cut or broken or the budget is spent. */
function valueEnd(text: string, at: number, budget: Budget): number {
	if (budget.spent) return -1;
	const scan = scanValue(text, at);
	return budget.spend(scan.reached - at + 1) ? scan.end : -1;
}

function scanValue(text: string, at: number): Scan {
	const first = text[at];
	if (first === '"') return scanString(text, at);
	if (first === '{' || first === '[') {
		const closers: string[] = [];
		for (let i = at; i < text.length; i++) {
			const c = text[i];
			if (c === '"') {
				const string = scanString(text, i);
				if (string.end < 0) return string;
				i = string.end - 1;
			} else if (c === '{') closers.push('}');
			else if (c === '[') closers.push(']');
			else if (c === '}' || c === ']') {
				if (closers.pop() !== c) return { end: -1, reached: i };
				if (!closers.length) return { end: i + 1, reached: i };
			}
		}
		return { end: -1, reached: text.length };
	}
	// A number or a literal: not self-delimiting, so it must be followed by a delimiter.
	const match = /^(?:-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null)(?=[,}\]])/.exec(text.slice(at, at + 40));
	return match ? { end: at + match[0].length, reached: at + match[0].length } : { end: -1, reached: Math.min(text.length, at + 40) };
}

/** Where the JSON string starting at `at` ends (after its closing quote), or -1 when it is cut. */
function scanString(text: string, at: number): Scan {
	for (let i = at + 1; i < text.length; i++) {
		const c = text[i];
		if (c === '\\') i += 1;
		else if (c === '"') return { end: i + 1, reached: i };
		else if (c < ' ') return { end: -1, reached: i }; // a raw control character is never inside valid JSON text
	}
	return { end: -1, reached: text.length };
}

/** The JSON value at `at` and where it ends, or null when it is cut or broken (or the budget is spent). */
function readValue(text: string, at: number, budget: Budget): { value: unknown; end: number } | null {
	const end = valueEnd(text, at, budget);
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
 * Returns the entries read, whether the object's closing `}` was reached (and where), and where the
 * last entry that could not be read starts (`stoppedAt`).
 */
function readEntries(text: string, at: number, budget: Budget): { entries: Entry[]; closedAt: number; stoppedAt: number } {
	const entries: Entry[] = [];
	let i = at;
	if (text[i] === '}') return { entries, closedAt: i, stoppedAt: i };
	for (;;) {
		const stop = { entries, closedAt: -1, stoppedAt: i };
		const key = text[i] === '"' ? readValue(text, i, budget) : null;
		if (!key || typeof key.value !== 'string' || text[key.end] !== ':') return stop;
		const value = readValue(text, key.end + 1, budget);
		if (!value) return stop;
		entries.push({ key: key.value, value: value.value });
		const next = text[value.end];
		if (next === '}') return { entries, closedAt: value.end, stoppedAt: value.end };
		if (next !== ',') return { ...stop, stoppedAt: value.end };
		i = value.end + 1;
	}
}

const ANSWERS_END = /^\}(?:,"(?:edited|context)":|\s*$)/;

/** The text of a header field (title, person, date, worksheet) written at the record's top level. */
function headerText(text: string, key: string, before: number, budget: Budget): string | undefined {
	const pattern = new RegExp(`[{,]"${key}":"`, 'g');
	for (let match = pattern.exec(text); match && match.index < before; match = pattern.exec(text)) {
		const read = readValue(text, match.index + match[0].length - 1, budget);
		if (read && typeof read.value === 'string') return read.value;
	}
	return undefined;
}

/**
 * Every answer that can still be read from a damaged plan record's text, for the fields given (a
 * worksheet's current fields), plus the title, person, date and worksheet id when readable.
 * Pure and total: any text in, never throws.
 */
export function salvageRecord(raw: string, fields: SalvageField[], stats?: { steps: number }): Salvaged {
	const text = typeof raw === 'string' ? raw : '';
	const budget = new Budget(STEPS_PER_CHAR * text.length + 1000);
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
		const first = readEntries(text, answersAt, budget);
		take(first.entries);
		if (first.closedAt < 0) {
			// Look past the damage for an entry from which the rest of the answers read cleanly. Places
			// before where the last attempt stopped were read already (or sit inside a value read whole),
			// so each attempt starts after it.
			const ids = fields.map((field) => field.id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
			const resync = ids ? new RegExp(`,"(?:${ids})":`, 'g') : null;
			if (resync) resync.lastIndex = first.stoppedAt;
			for (let match = resync?.exec(text); resync && match && budget.spend(1); match = resync.exec(text)) {
				const rest = readEntries(text, match.index + 1, budget);
				if (rest.closedAt >= 0 && ANSWERS_END.test(text.slice(rest.closedAt, rest.closedAt + 12))) {
					take(rest.entries);
					break;
				}
				resync.lastIndex = Math.max(resync.lastIndex, rest.stoppedAt);
			}
		}
	}

	// The header has its own budget: damage in the answers must not cost the title.
	const headerBudget = new Budget(STEPS_PER_CHAR * text.length + 1000);
	const header = (key: string) => headerText(text, key, answersAt, headerBudget);
	const [worksheet, date, title, person] = ['worksheet', 'date', 'title', 'person'].map(header);
	if (stats) stats.steps = budget.steps + headerBudget.steps;
	return {
		...(worksheet && /^[a-z][a-z0-9-]*$/.test(worksheet) ? { worksheet } : {}),
		...(title !== undefined ? { title } : {}),
		...(person !== undefined ? { person } : {}),
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
