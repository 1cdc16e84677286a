/**
 * The stored shape of one plan (one filled copy of one worksheet).
 *
 * localStorage key `cw:plan:<id>` holds, as JSON:
 *   {
 *     "format": 1,                      // this envelope's version; see FORMAT_VERSION
 *     "id": "k3x9…",                    // same as the key suffix
 *     "worksheet": "grow",              // worksheet id (content/worksheets/grow.yaml)
 *     "worksheetVersion": 1,            // the definition's `version` when last saved
 *     "title": "Run a 10k", "person": "Sam", "date": "2026-11-24",
 *     "created": "2026-11-24T10:00:00.000Z", "updated": "…",
 *     "answers": { "goal": "…", "reality-tried": ["…"] },   // by field id; shape depends on the field kind
 *     "edited": { "goal": 1764000000000, "@title": … }       // last edit time per answer or header field
 *   }
 *
 * Lifecycle: created on the first edit of a blank worksheet; rewritten whole on every edit; removed on
 * delete (undo puts the same record back). `edited` lets two tabs merge field by field: the later edit
 * of each field wins. A record this code cannot read is never deleted: see `quarantine.ts`.
 */

export const FORMAT_VERSION = 1;

/** Header fields every plan has, besides its answers. */
export const HEADER_FIELDS = ['title', 'person', 'date'] as const;
export type HeaderField = (typeof HEADER_FIELDS)[number];

export interface PlanRecord {
	format: typeof FORMAT_VERSION;
	id: string;
	worksheet: string;
	worksheetVersion: number;
	/** The plan's name, chosen by the visitor. */
	title: string;
	/** Who the plan is for. */
	person: string;
	/** The plan's date, `YYYY-MM-DD`, or empty. */
	date: string;
	created: string;
	updated: string;
	answers: Record<string, unknown>;
	/** Epoch milliseconds of the last edit, by answer id or `@` + header field. */
	edited: Record<string, number>;
	/** What the coach wrote when sending the worksheet (coach links); absent otherwise. */
	context?: Record<string, string>;
}

export type DecodeResult = { ok: true; record: PlanRecord } | { ok: false; reason: string };

/** A plain object (not null, not an array): the shape every stored or shared record must have. */
export const isObject = (value: unknown): value is Record<string, unknown> =>
	typeof value === 'object' && value !== null && !Array.isArray(value);

/** A short random id; `crypto.randomUUID` needs a secure context, this does not. */
export function newPlanId(): string {
	const bytes = crypto.getRandomValues(new Uint8Array(10));
	return Array.from(bytes, (b) => (b % 36).toString(36)).join('');
}

export function createRecord(
	worksheet: { id: string; version: number },
	now: Date,
	init: Partial<Pick<PlanRecord, 'title' | 'person' | 'date' | 'answers' | 'context'>> = {},
	id = newPlanId(),
): PlanRecord {
	const stamp = now.toISOString();
	const edited: Record<string, number> = {};
	for (const key of Object.keys(init.answers ?? {})) edited[key] = now.getTime();
	return {
		format: FORMAT_VERSION,
		id,
		worksheet: worksheet.id,
		worksheetVersion: worksheet.version,
		title: init.title ?? '',
		person: init.person ?? '',
		date: init.date ?? '',
		created: stamp,
		updated: stamp,
		answers: init.answers ?? {},
		edited,
		...(init.context ? { context: init.context } : {}),
	};
}

export const encodeRecord = (record: PlanRecord): string => JSON.stringify(record);

/** Checks a value has the envelope's shape; says what is wrong when it does not. */
export function validateRecord(value: unknown): DecodeResult {
	if (!isObject(value)) return { ok: false, reason: 'it is not a plan record' };
	if (typeof value.format !== 'number') return { ok: false, reason: 'it has no format version' };
	if (value.format > FORMAT_VERSION)
		return { ok: false, reason: `it was saved by a newer version of this site (format ${value.format})` };
	if (value.format !== FORMAT_VERSION) return { ok: false, reason: `format ${value.format} is unknown` };
	for (const key of ['id', 'worksheet', 'title', 'person', 'date', 'created', 'updated'] as const)
		if (typeof value[key] !== 'string') return { ok: false, reason: `its "${key}" is missing or not text` };
	if (typeof value.worksheetVersion !== 'number') return { ok: false, reason: 'its "worksheetVersion" is missing' };
	if (!isObject(value.answers)) return { ok: false, reason: 'its "answers" are missing' };
	if (!isObject(value.edited) || !Object.values(value.edited).every((t) => typeof t === 'number'))
		return { ok: false, reason: 'its "edited" times are missing' };
	if (value.context !== undefined && (!isObject(value.context) || !Object.values(value.context).every((t) => typeof t === 'string')))
		return { ok: false, reason: 'its coach context is not text' };
	return { ok: true, record: value as unknown as PlanRecord };
}

export function decodeRecord(raw: string): DecodeResult {
	let value: unknown;
	try {
		value = JSON.parse(raw);
	} catch {
		return { ok: false, reason: 'it is not valid JSON' };
	}
	return validateRecord(value);
}

/** The record with one answer changed, stamped with the edit time. */
export function withAnswer(record: PlanRecord, fieldId: string, value: unknown, now: Date): PlanRecord {
	return {
		...record,
		answers: { ...record.answers, [fieldId]: value },
		edited: { ...record.edited, [fieldId]: now.getTime() },
		updated: now.toISOString(),
	};
}

/** The record with a header field (title, person, date) changed. */
export function withHeader(record: PlanRecord, field: HeaderField, value: string, now: Date): PlanRecord {
	return {
		...record,
		[field]: value,
		edited: { ...record.edited, [`@${field}`]: now.getTime() },
		updated: now.toISOString(),
	};
}

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
		edited[key] = Math.max(time(mine, key), time(theirs, key));
	}
	merged.updated = mine.updated > theirs.updated ? mine.updated : theirs.updated;
	merged.worksheetVersion = Math.max(mine.worksheetVersion, theirs.worksheetVersion);
	return merged;
}

/** Whether two records hold the same data (key order aside). */
export function sameRecord(a: PlanRecord, b: PlanRecord): boolean {
	return encodeRecord(a) === encodeRecord(b) || JSON.stringify(sortKeys(a)) === JSON.stringify(sortKeys(b));
}

function sortKeys(value: unknown): unknown {
	if (Array.isArray(value)) return value.map(sortKeys);
	if (!isObject(value)) return value;
	return Object.fromEntries(
		Object.keys(value)
			.sort()
			.map((key) => [key, sortKeys(value[key])]),
	);
}
