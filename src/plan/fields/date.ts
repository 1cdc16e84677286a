import type { FieldRules } from './types';
import { calendarDay, formatDate } from '../dates';

/** A real day as `YYYY-MM-DD`, or empty. */
export const date: FieldRules<string> = {
	is: (v): v is string => v === '' || (typeof v === 'string' && calendarDay(v) !== null),
	empty: () => '',
	answered: (value) => value.trim() !== '',
	text: (value, t) => formatDate(value, t),
	takes: [],
};
