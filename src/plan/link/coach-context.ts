/**
 * The context a coach adds to a worksheet link (who it is for, from whom, the focus, a return date,
 * a note), declared once: the schema gives the `CoachContext` type, the check that encoding applies
 * before a link is made, and the check decoding applies to a link from anyone.
 */
import * as v from 'valibot';
import { calendarDay } from '../dates';

/** Longest text allowed in each coach context field, in characters; give inputs the same `maxlength`. */
export const CONTEXT_LIMITS = { client: 200, coach: 200, focus: 1000, returnBy: 10, note: 2000 } as const;

/** One optional text entry of at most `CONTEXT_LIMITS[key]` characters. */
const limited = <K extends keyof typeof CONTEXT_LIMITS>(key: K) =>
	v.optional(
		v.pipe(
			v.string(`“${key}” must be text.`),
			v.maxLength(CONTEXT_LIMITS[key], `“${key}” is longer than ${CONTEXT_LIMITS[key]} characters.`),
		),
	);

const coachContextSchema = v.object({
	/** Who the worksheet is for. */
	client: limited('client'),
	/** Who sent it. */
	coach: limited('coach'),
	/** What to focus on. */
	focus: limited('focus'),
	/** When to send it back, `YYYY-MM-DD`. */
	returnBy: v.optional(
		v.pipe(
			limited('returnBy'),
			v.check((day) => !day || !!calendarDay(day), '“returnBy” must be a date written YYYY-MM-DD.'),
		),
	),
	/** Anything else the coach wants to say. */
	note: limited('note'),
});

/** The context a coach adds to a worksheet link; every field is optional. */
export type CoachContext = v.InferOutput<typeof coachContextSchema>;

/** The context's keys, in the order a link writes them. */
export const CONTEXT_KEYS = Object.keys(CONTEXT_LIMITS) as (keyof CoachContext)[];

/** Why a coach context cannot go in a link, or `null` when it can. Encoding refuses what decoding would. */
export function contextProblem(context: CoachContext): string | null {
	const result = v.safeParse(coachContextSchema, context, { abortEarly: true });
	return result.success ? null : result.issues[0].message;
}

/** The coach context inside link data, or `null` when its shape is wrong. Unknown keys are dropped. */
export function readContext(value: unknown): CoachContext | null {
	const result = v.safeParse(coachContextSchema, value);
	return result.success ? result.output : null;
}
