import type { FieldRules } from './types';
import { isString } from './shapes';
import { isObject, newPlanId } from '../record';
import { formatDate } from '../dates';
import { roundLabel } from '../answers/labels';

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

/** A new review round dated `date` (`YYYY-MM-DD`, the visitor's local day: see `localDay`). */
export const blankRound = (date: string): ReviewRound => ({ id: newPlanId(), date, happened: '', evaluation: '', adjustments: '', answers: {} });

/** Dated review rounds, kept as a history. Rounds never go inside rounds. */
export const reviews: FieldRules<ReviewRound[]> = {
	is: (v): v is ReviewRound[] =>
		Array.isArray(v) &&
		v.every(
			(round) => isObject(round) && isString(round.id) && isString(round.date) && REVIEW_TEXT_KEYS.every((key) => isString(round[key])) && isObject(round.answers),
		),
	empty: () => [],
	answered: (value) => value.length > 0,
	text: (value, t) =>
		value
			.map((round, i) =>
				[`${roundLabel(i, t)}${round.date ? ` · ${formatDate(round.date, t)}` : ''}`, ...REVIEW_TEXT_KEYS.map((key) => round[key].trim()).filter(Boolean)].join('\n'),
			)
			.join('\n\n'),
	takes: [],
	nested: (value, t) => value.map((round, i) => ({ name: roundLabel(i, t), answers: round.answers })),
};
