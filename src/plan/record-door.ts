/**
 * The door every plan record passes on its way in (storage, links, files): its envelope's shape, then
 * the limits of `record-limits.ts`. Apart from `record.ts`, which makes and edits records, so that a
 * page whose browser keeps no plan never loads these checks (see `store/plans.ts`).
 */
import { contextProblem } from './link/coach-context';
import { answersProblem, editedProblem, extraProblem, isDayText, valueProblem, worksheetIdProblem } from './record-limits';
import { reason, type Reason } from './reason';
import { FORMAT_VERSION, isObject, PLAN_ORIGINS, type PlanRecord } from './record';

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

export function decodeRecord(raw: string): DecodeResult {
	let value: unknown;
	try {
		value = JSON.parse(raw);
	} catch {
		return { ok: false, reason: reason('common.reason-not-json') };
	}
	return validateRecord(value);
}
