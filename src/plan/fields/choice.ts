import type { FieldRules } from './types';
import { isString } from './shapes';

/** The option chosen, by its text. */
export const choice: FieldRules<string> = {
	is: isString,
	empty: () => '',
	answered: (value) => value.trim() !== '',
	text: (value) => value,
	takes: [],
};
