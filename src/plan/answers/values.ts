// The value each field kind stores, and the questions every output asks of a value. Each kind's own
// rules live in `plan/fields/<kind>.ts`; these functions ask the kind through the registry.
import type { Field, FieldKind } from '../../schemas/worksheet';
import type { Translate } from '../i18n/translate';
import { fieldRules } from '../fields';
import type { ActionRow } from '../fields/actions';
import type { SmartValue } from '../fields/smart';
import type { ReviewRound } from '../fields/reviews';

export { isActionFilled, actionTitle, blankActionRow, type ActionRow } from '../fields/actions';
export { SMART_KEYS, type SmartValue } from '../fields/smart';
export { REVIEW_TEXT_KEYS, blankRound, type ReviewRound } from '../fields/reviews';

/** The value each field kind stores. */
export interface ValueOfKind {
	'short-text': string;
	'long-text': string;
	list: string[];
	scale: number | null;
	date: string;
	choice: string;
	checklist: string[];
	actions: ActionRow[];
	smart: SmartValue;
	reviews: ReviewRound[];
}

/** Whether `value` has the shape the field kind stores. */
export function isValueOf<K extends FieldKind>(kind: K, value: unknown): value is ValueOfKind[K] {
	return fieldRules[kind].is(value);
}

/** The value of a field nobody has answered yet. */
export function emptyValue<K extends FieldKind>(kind: K): ValueOfKind[K] {
	return fieldRules[kind].empty() as ValueOfKind[K];
}

/** The stored answer if it fits the field, otherwise the empty value (the stored one is left as it is). */
export function valueFor<F extends Field>(field: F, answers: Record<string, unknown>): ValueOfKind[F['kind']] {
	const value = answers[field.id];
	return (isValueOf(field.kind, value) ? value : emptyValue(field.kind)) as ValueOfKind[F['kind']];
}

/** Whether the visitor has written anything in a value (so print shows it rather than blank lines). */
export function isAnswered(kind: FieldKind, value: unknown): boolean {
	const rules = fieldRules[kind] as { is: (v: unknown) => boolean; answered: (v: unknown) => boolean };
	return rules.is(value) && rules.answered(value);
}

/** An answered value written out as plain text, as the kind writes it. */
export function answerAsText(kind: FieldKind, value: unknown, t: Translate<'print' | 'common'>): string {
	return (fieldRules[kind].text as (v: unknown, t: Translate<'print' | 'common'>) => string)(value, t);
}
