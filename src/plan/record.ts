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
 * of each field wins. A record this code cannot read is never deleted: see `quarantine.ts`. Every
 * record read from storage, a link or a file passes the door in `record-door.ts` first.
 */

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
