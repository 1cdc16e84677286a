// Plans that arrive from elsewhere (a coach link, a share link, a plan file) and the client's reply,
// as store actions in their own module: only the lazily loaded link and file views import them, so
// the worksheet's first download does not carry them.
import type { PlanRecord } from '../plan/record';
import { $plans, $records, createPlan, getPlan, setActivePlan } from './plans';

/** Whether two coach contexts say the same, whatever order their keys were written in. */
const sameContext = (a: Record<string, string> = {}, b: Record<string, string> = {}) =>
	Object.keys({ ...a, ...b }).every((key) => (a[key] ?? '') === (b[key] ?? ''));

/** Notes when a client's reply left for the coach (shown on My plans); not an edit of the plan. */
export function markSentBack(planId: string, now = new Date()) {
	const record = getPlan(planId);
	if (record) $records.setKey(planId, { ...record, sentBack: now.toISOString() });
}

/** The plan already started from this coach link on this device, if any. Reads only. */
export const planFromCoachLink = (worksheetId: string, context: Record<string, string>): PlanRecord | undefined =>
	$plans.get().find((plan) => plan.worksheet === worksheetId && sameContext(plan.context, context));

/**
 * The coach's plan a client's reply belongs to: the one the coach link named (`context.plan`), if it is
 * still here and of the same worksheet. Reads only.
 */
export const planForReply = (plans: readonly PlanRecord[], reply: PlanRecord): PlanRecord | undefined => {
	const id = reply.context?.plan;
	return id ? plans.find((plan) => plan.id === id && plan.worksheet === reply.worksheet) : undefined;
};

/**
 * Starts the client's plan from a coach link, once the client chooses to: the plan carrying this
 * coach's context, reused when the same link was started before (so opening it twice does not make
 * two plans). `privateLink` marks a plan from a passphrase link, so replies are protected by default.
 */
export function openCoachLink(worksheet: { id: string; version: number }, context: Record<string, string>, privateLink = false): PlanRecord {
	const same = planFromCoachLink(worksheet.id, context);
	if (same) {
		setActivePlan(worksheet.id, same.id);
		return same;
	}
	return createPlan(worksheet, { person: context.client ?? '', title: context.focus ?? '', context, ...(privateLink ? { privateLink: true } : {}) });
}

/** Saves a plan that arrived in a share link as a new plan of this visitor, with the coach's context. */
export function saveSharedCopy(plan: PlanRecord, context?: Record<string, string>): PlanRecord {
	return importPlans([{ ...plan, ...(context ? { context } : {}) }])[0];
}

/** Puts plans read from a file or link into this browser as new plans; never overwrites one. */
export function importPlans(records: PlanRecord[]): PlanRecord[] {
	return records.map((record) =>
		createPlan(
			{ id: record.worksheet, version: record.worksheetVersion },
			{
				title: record.title,
				person: record.person,
				date: record.date,
				answers: structuredClone(record.answers),
				context: record.context,
				from: record.from,
			},
		),
	);
}

/** Writes a plan whole under its own id, as a merge computed it (see `worksheet/ReplyMerge`). */
export function putPlan(record: PlanRecord) {
	$records.setKey(record.id, record);
}
