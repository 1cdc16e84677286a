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
 *     "edited": { "goal": 1764000000000, "@title": … },      // last edit time per answer or header field
 *     "context": { "client": "…", … },  // optional: a coach link's context
 *     "privateLink": true,              // optional: the coach link was private; replies protected by default
 *     "sentBack": "2026-12-03T…",       // optional: when the client last sent the plan back to the coach
 *     "recovered": "q7…"                // optional: made by salvage from the quarantined record with this id
 *     "origin": "copy",                 // optional: made by Duplicate ("copy") or by salvage ("recovered")
 *     "from": { "plan": "a1b2…", "worksheet": "grow" }          // optional: the plan it was continued from
 *   }
 *
 * Lifecycle: created on the first edit of a blank worksheet; rewritten whole on every edit; removed on
 * delete (undo puts the same record back). `edited` lets two tabs merge field by field: the later edit
 * of each field wins. A record this code cannot read is never deleted: see `quarantine.ts`.
 */

import { contextProblem } from './link/coach-context';
import { answersProblem, editedProblem, extraProblem, isDayText, valueProblem, worksheetIdProblem } from './record-limits';
import { reason, type Reason } from './reason';

export const FORMAT_VERSION = 1;

/** Header fields every plan has, besides its answers. */
export const HEADER_FIELDS = ['title', 'person', 'date'] as const;
export type HeaderField = (typeof HEADER_FIELDS)[number];

/** A plain object (not null, not an array): the shape every stored or shared record must have. */
export const isObject = (value: unknown): value is Record<string, unknown> =>
	typeof value === 'object' && value !== null && !Array.isArray(value);

/** How a plan was made when the visitor did not start it: by Duplicate, or by salvage from a damaged record. */
export const PLAN_ORIGINS = ['copy', 'recovered'] as const;
export type PlanOrigin = (typeof PLAN_ORIGINS)[number];

/** The envelope of one plan (see the top of this file for an example). */
export interface PlanRecord {
	format: number;
	id: string;
	/** Worksheet id (`content/worksheets/<id>.yaml`). */
	worksheet: string;
	/** The plan's name, chosen by the visitor. */
	title: string;
	/** Who the plan is for. */
	person: string;
	/** The plan's date, `YYYY-MM-DD`, or empty. */
	date: string;
	created: string;
	updated: string;
	/** The worksheet definition's `version` when last saved. */
	worksheetVersion: number;
	/** Answers by field id; each field kind has its own shape (see `plan/fields`). */
	answers: Record<string, unknown>;
	/** Epoch milliseconds of the last edit, by answer id or `@` + header field. */
	edited: Record<string, number>;
	/** What the coach wrote when sending the worksheet (coach links); absent otherwise. */
	context?: Record<string, string>;
	/** When the client last sent this plan back to the coach (ISO time); absent until then. */
	sentBack?: string;
	/** Set on a plan started from a private (passphrase) coach link: its replies are protected by default. */
	privateLink?: true;
	/** Set on a plan that salvage read from a damaged record: the id that record has in quarantine. */
	recovered?: string;
	/**
	 * How the plan was made, when not started by the visitor: `copy` (Duplicate) or `recovered` (salvage).
	 * Its title stays the original's; the screen words it ("Copy of …", "Recovered: …", see
	 * `plan-title.ts`) until the visitor renames the plan. Absent on older records, whose title may
	 * already say "Copy of …" in English, and is then shown as it is.
	 */
	origin?: PlanOrigin;
	/**
	 * The plan this one was continued from ("Continue in…"), by plan id and worksheet id; absent for a
	 * plan started afresh. The source may since have been deleted or live on another device.
	 */
	from?: { plan: string; worksheet: string };
}

const isText = (value: unknown): value is string => typeof value === 'string';
const isNumber = (value: unknown): value is number => typeof value === 'number' && !Number.isNaN(value);
const allValues = (value: Record<string, unknown>, check: (entry: unknown) => boolean) => Object.values(value).every(check);

/**
 * The envelope's entries in the order they are checked, each with its check and the reason given when
 * it fails (the first failing entry is the one reported). Unknown keys are kept, not
 * stripped: a newer site's extra data must survive a round trip here. Written without a schema library:
 * this runs on every page that reads a plan, and must stay light.
 */
const ENTRIES: [key: keyof PlanRecord, problem: (value: unknown) => Reason | null, optional?: true][] = [
	[
		'format',
		(value) =>
			!isNumber(value)
				? reason('common.reason-no-format')
				: value > FORMAT_VERSION
					? reason('common.reason-newer-format', { format: value })
					: value !== FORMAT_VERSION
						? reason('common.reason-unknown-format', { format: value })
						: null,
	],
	...(['id', 'worksheet', 'title', 'person', 'date', 'created', 'updated'] as const).map(
		(key): [keyof PlanRecord, (value: unknown) => Reason | null] => [key, (value) => (isText(value) ? null : reason('common.reason-not-text', { name: key }))],
	),
	['worksheetVersion', (value) => (isNumber(value) ? null : reason('common.reason-no-worksheet-version'))],
	['answers', (value) => (isObject(value) ? null : reason('common.reason-no-answers'))],
	['edited', (value) => (isObject(value) && allValues(value, isNumber) ? null : reason('common.reason-no-edited'))],
	['context', (value) => (isObject(value) && allValues(value, isText) ? null : reason('common.reason-context-not-text')), true],
	['sentBack', (value) => (isText(value) ? null : reason('common.reason-sent-back')), true],
	['privateLink', (value) => (value === true ? null : reason('common.reason-private-link')), true],
	['recovered', (value) => (isText(value) ? null : reason('common.reason-recovered')), true],
	['origin', (value) => ((PLAN_ORIGINS as readonly unknown[]).includes(value) ? null : reason('common.reason-origin')), true],
	[
		'from',
		(value) =>
			!isObject(value)
				? reason('common.reason-from')
				: !isText(value.plan)
					? reason('common.reason-from-plan')
					: !isText(value.worksheet)
						? reason('common.reason-from-worksheet')
						: null,
		true,
	],
];

const KNOWN_KEYS = ENTRIES.map(([key]) => key);

/** What is wrong with the envelope's shape, or `null`. */
function shapeProblem(value: unknown): Reason | null {
	if (!isObject(value)) return reason('common.reason-not-record');
	for (const [key, problem, optional] of ENTRIES) {
		const entry = Object.hasOwn(value, key) ? value[key] : undefined;
		if (entry === undefined && optional) continue;
		const found = problem(entry);
		if (found) return found;
	}
	return null;
}

/**
 * `reason`: why, as data (worded where it is shown, see `reason.ts`). `beyondLimits`: the shape was
 * right but a limit of the door was not kept (see `record-limits.ts`).
 */
export type DecodeResult = { ok: true; record: PlanRecord } | { ok: false; reason: Reason; beyondLimits?: true };

/**
 * The door every record passes (links, files, storage): the envelope's shape, then the limits of
 * `record-limits.ts` on the value as it came in (before parsing could drop a key like `__proto__`).
 * Says why when the record is refused.
 */
export function validateRecord(value: unknown): DecodeResult {
	const shape = shapeProblem(value);
	if (shape) return { ok: false, reason: shape };
	const raw = value as Record<string, unknown>;
	const problem =
		(isDayText(raw.date as string) ? null : reason('common.reason-date')) ??
		worksheetIdProblem(raw.worksheet) ??
		worksheetIdProblem(isObject(raw.from) ? raw.from.worksheet : undefined) ??
		answersProblem(raw.answers as Record<string, unknown>) ??
		editedProblem(raw.edited as Record<string, unknown>) ??
		(raw.context === undefined ? null : (valueProblem(raw.context, reason('common.reason-where-context'), 1) ?? contextProblem(raw.context as never))) ??
		extraProblem(raw, KNOWN_KEYS);
	return problem ? { ok: false, reason: problem, beyondLimits: true } : { ok: true, record: { ...raw } as unknown as PlanRecord };
}

/** A short random id; `crypto.randomUUID` needs a secure context, this does not. */
export function newPlanId(): string {
	const bytes = crypto.getRandomValues(new Uint8Array(10));
	return Array.from(bytes, (b) => (b % 36).toString(36)).join('');
}

export function createRecord(
	worksheet: { id: string; version: number },
	now: Date,
	init: Partial<Pick<PlanRecord, 'title' | 'person' | 'date' | 'answers' | 'context' | 'privateLink' | 'recovered' | 'origin' | 'from'>> = {},
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
		...(init.privateLink ? { privateLink: true as const } : {}),
		...(init.recovered !== undefined ? { recovered: init.recovered } : {}),
		...(init.origin ? { origin: init.origin } : {}),
		...(init.from ? { from: { plan: init.from.plan, worksheet: init.from.worksheet } } : {}),
	};
}

export const encodeRecord = (record: PlanRecord): string => JSON.stringify(record);

export function decodeRecord(raw: string): DecodeResult {
	let value: unknown;
	try {
		value = JSON.parse(raw);
	} catch {
		return { ok: false, reason: reason('common.reason-not-json') };
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
