/**
 * Progress across the rounds of a review field, as the chart and its table show it: per round, the
 * answer on a 1 to 10 scale and the actions done against the actions planned.
 */
import type { Field, SimpleField } from '../../schemas/worksheet';
import { isActionFilled, isValueOf } from './values';

type ReviewsField = Extract<Field, { kind: 'reviews' }>;

export interface RoundProgress {
	/** 1 for the first round. */
	round: number;
	/** `YYYY-MM-DD` or empty. */
	date: string;
	/** The round's answer on the scale, or null when not given. */
	scale: number | null;
	/** Action rows with something written in them. */
	planned: number;
	/** Of those, the ones ticked as done. */
	done: number;
}

/** The round fields the chart reads: those named in `progress`, else the first of each kind. */
export function progressFields(field: ReviewsField): { scale?: SimpleField; actions?: SimpleField } {
	const pick = (kind: 'scale' | 'actions') =>
		field.fields.find((inner) => inner.kind === kind && (field.progress?.[kind] ? inner.id === field.progress[kind] : true));
	return { scale: pick('scale'), actions: pick('actions') };
}

/** One entry per round, in order; empty when the field has neither a scale nor an action table in its rounds. */
export function roundProgress(field: ReviewsField, value: unknown): RoundProgress[] {
	const { scale, actions } = progressFields(field);
	if ((!scale && !actions) || !isValueOf('reviews', value)) return [];
	return value.map((round, i) => {
		const level = scale ? round.answers[scale.id] : null;
		const rows = actions ? round.answers[actions.id] : [];
		const filled = isValueOf('actions', rows) ? rows.filter(isActionFilled) : [];
		return {
			round: i + 1,
			date: round.date,
			scale: isValueOf('scale', level) ? level : null,
			planned: filled.length,
			done: filled.filter((row) => row.done).length,
		};
	});
}
