import type { Field } from '../../schemas/worksheet';

/** Who reads a worksheet: a client filling a coach's link, or anyone else (a coach, a learner). */
export type Reader = 'client' | 'coach';

/**
 * The field as its reader sees it: a coach's hint joins the hint for everyone but a client, whose
 * form should not tell them what their coach will ask next.
 */
export function fieldFor<F extends Field>(field: F, reader: Reader): F {
	if (!field.coachHint || reader === 'client') return field;
	return { ...field, hint: field.hint ? `${field.hint} ${field.coachHint}` : field.coachHint };
}
