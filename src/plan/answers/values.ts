import type { Field, FieldKind } from '../../schemas/worksheet';
import { isObject, newPlanId } from '../record';
import { calendarDay } from '../dates';

/** One row of an action table. */
export interface ActionRow {
	what: string;
	/** `YYYY-MM-DD` or empty. */
	by: string;
	/** Who or what helps. */
	support: string;
	done: boolean;
}

/** A goal with the visitor's answer to each SMART prompt. */
export interface SmartValue {
	goal: string;
	specific: string;
	measurable: string;
	achievable: string;
	relevant: string;
	timeBound: string;
}
export const SMART_KEYS = ['specific', 'measurable', 'achievable', 'relevant', 'timeBound'] as const;

/** One dated round of a review field. */
export interface ReviewRound {
	/** Stable id so rounds can be reordered or removed without mixing answers. */
	id: string;
	date: string;
	happened: string;
	evaluation: string;
	adjustments: string;
	/** This round's answers to the review field's own fields, by field id. */
	answers: Record<string, unknown>;
}
export const REVIEW_TEXT_KEYS = ['happened', 'evaluation', 'adjustments'] as const;

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

const isString = (v: unknown): v is string => typeof v === 'string';
const isStringArray = (v: unknown): v is string[] => Array.isArray(v) && v.every(isString);

const checks: { [K in FieldKind]: (value: unknown) => value is ValueOfKind[K] } = {
	'short-text': isString,
	'long-text': isString,
	list: isStringArray,
	scale: (v): v is number | null => v === null || (Number.isInteger(v) && (v as number) >= 1 && (v as number) <= 10),
	date: (v): v is string => v === '' || (isString(v) && calendarDay(v) !== null),
	choice: isString,
	checklist: isStringArray,
	actions: (v): v is ActionRow[] =>
		Array.isArray(v) &&
		v.every((row) => isObject(row) && isString(row.what) && isString(row.by) && isString(row.support) && typeof row.done === 'boolean'),
	smart: (v): v is SmartValue => isObject(v) && isString(v.goal) && SMART_KEYS.every((key) => isString(v[key])),
	reviews: (v): v is ReviewRound[] =>
		Array.isArray(v) &&
		v.every(
			(round) =>
				isObject(round) &&
				isString(round.id) &&
				isString(round.date) &&
				REVIEW_TEXT_KEYS.every((key) => isString(round[key])) &&
				isObject(round.answers),
		),
};

/**
 * Whether an action row holds anything: a what, a date or a helper. A tick alone says nothing.
 * Screen, print, Markdown and the calendar file all show exactly the rows this accepts.
 */
export const isActionFilled = (row: ActionRow): boolean => row.what.trim() !== '' || row.by !== '' || row.support.trim() !== '';

/** What a filled row is called where it needs a title (session summary, calendar event): a dated row with no text is still an action. */
export const actionTitle = (row: ActionRow): string => row.what.trim() || 'Action';

/** A new, blank row of an action table. */
export const blankActionRow = (): ActionRow => ({ what: '', by: '', support: '', done: false });

/** A new review round dated `date` (`YYYY-MM-DD`, the visitor's local day: see `localDay`). */
export const blankRound = (date: string): ReviewRound => ({ id: newPlanId(), date, happened: '', evaluation: '', adjustments: '', answers: {} });

/** Whether `value` has the shape the field kind stores. */
export function isValueOf<K extends FieldKind>(kind: K, value: unknown): value is ValueOfKind[K] {
	return checks[kind](value);
}

/** The value of a field nobody has answered yet. */
export function emptyValue<K extends FieldKind>(kind: K): ValueOfKind[K] {
	const empty: ValueOfKind = {
		'short-text': '',
		'long-text': '',
		list: [],
		scale: null,
		date: '',
		choice: '',
		checklist: [],
		actions: [],
		smart: { goal: '', specific: '', measurable: '', achievable: '', relevant: '', timeBound: '' },
		reviews: [],
	};
	return empty[kind];
}

/** The stored answer if it fits the field, otherwise the empty value (the stored one is left as it is). */
export function valueFor<F extends Field>(field: F, answers: Record<string, unknown>): ValueOfKind[F['kind']] {
	const value = answers[field.id];
	return (isValueOf(field.kind, value) ? value : emptyValue(field.kind)) as ValueOfKind[F['kind']];
}

/** Whether the visitor has written anything in a value (so print shows it rather than blank lines). */
export function isAnswered(kind: FieldKind, value: unknown): boolean {
	if (!isValueOf(kind, value)) return false;
	switch (kind) {
		case 'scale':
			return value !== null;
		case 'list':
		case 'checklist':
			return (value as string[]).some((item) => item.trim() !== '');
		case 'actions':
			return (value as ActionRow[]).some(isActionFilled);
		case 'smart': {
			const smart = value as SmartValue;
			return [smart.goal, ...SMART_KEYS.map((key) => smart[key])].some((text) => text.trim() !== '');
		}
		case 'reviews':
			return (value as ReviewRound[]).length > 0;
		default:
			return (value as string).trim() !== '';
	}
}
