import type { FieldRules } from './types';
import { isString } from './shapes';

/** One line of text. Takes text written out from another answer, on one line (a SMART goal: its goal sentence). */
export const shortText: FieldRules<string> = {
	is: isString,
	empty: () => '',
	answered: (value) => value.trim() !== '',
	text: (value) => value,
	takes: ['long-text', 'choice', 'smart'],
	receive: (from, value, asText) =>
		from === 'smart' ? (value as { goal: string }).goal.trim() : asText(from, value).replace(/\s*\n\s*/g, ' ').trim(),
};
