/**
 * The context a coach adds to a worksheet link (who it is for, from whom, the focus, a return date,
 * a note), declared once: its limits, its type, and one check that encoding applies before a link
 * is made, decoding applies to a link from anyone, and the plan door applies to every record.
 */
import { calendarDay } from '../dates';
import { reason, type Reason } from '../reason';

/** Longest text allowed in each coach context field, in characters; give inputs the same `maxlength`. */
export const CONTEXT_LIMITS = { client: 200, coach: 200, focus: 1000, returnBy: 10, note: 2000, plan: 40, lang: 10 } as const;

/**
 * The context a coach adds to a worksheet link; every field is optional.
 * `client`: who the worksheet is for; `coach`: who sent it; `focus`: what to focus on;
 * `returnBy`: when to send it back, `YYYY-MM-DD`; `note`: anything else the coach wants to say;
 * `plan`: the id of the coach's own plan the reply belongs to, so the coach can merge the reply into it
 * (an id of the coach's device, meaningless elsewhere; never shown to the client);
 * `lang`: the coach's language, so the client's reply opens in it (the link itself opens in the client's).
 */
export type CoachContext = Partial<Record<keyof typeof CONTEXT_LIMITS, string>>;

/** The context's keys, in the order a link writes them. */
export const CONTEXT_KEYS = Object.keys(CONTEXT_LIMITS) as (keyof CoachContext)[];

/**
 * Why a coach context cannot go in a link (or a plan), or `null` when it can. Encoding refuses what
 * decoding would; the plan door (`record.ts`) asks the same. Written without a schema library: it runs
 * on every page that reads a plan.
 */
export function contextProblem(context: CoachContext): Reason | null {
	for (const key of CONTEXT_KEYS) {
		const value: unknown = Object.hasOwn(context, key) ? context[key] : undefined;
		if (value === undefined) continue;
		if (typeof value !== 'string') return reason('common.reason-context-text', { name: key });
		if (value.length > CONTEXT_LIMITS[key]) return reason('common.reason-context-long', { name: key, max: CONTEXT_LIMITS[key] });
		if (key === 'returnBy' && value && !calendarDay(value)) return reason('common.reason-context-return-by', { name: key });
		if (key === 'plan' && !/^[a-z0-9]*$/.test(value)) return reason('common.reason-context-plan', { name: key });
		if (key === 'lang' && !/^[a-z]{2,3}$/.test(value)) return reason('common.reason-context-lang', { name: key });
	}
	return null;
}

/** The coach context inside link data, or `null` when its shape is wrong. Unknown keys are dropped. */
export function readContext(value: unknown): CoachContext | null {
	if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
	const context: CoachContext = {};
	for (const key of CONTEXT_KEYS) {
		const entry: unknown = Object.hasOwn(value, key) ? (value as Record<string, unknown>)[key] : undefined;
		if (entry !== undefined) context[key] = entry as string;
	}
	return contextProblem(context) === null ? context : null;
}
