import type { FieldRules } from './types';
import { isString } from './shapes';

/** Paragraphs of text. Takes almost any answer, written out as words. */
export const longText: FieldRules<string> = {
	is: isString,
	empty: () => '',
	answered: (value) => value.trim() !== '',
	text: (value) => value,
	takes: ['short-text', 'list', 'checklist', 'choice', 'actions', 'smart', 'date', 'scale'],
	receive: (from, value, asText) => asText(from, value),
};
