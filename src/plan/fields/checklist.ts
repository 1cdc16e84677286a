import type { FieldRules } from './types';
import { bullets, isStringArray } from './shapes';

/** The options ticked, by their text (an option no longer offered stays ticked and shown). */
export const checklist: FieldRules<string[]> = {
	is: isStringArray,
	empty: () => [],
	answered: (value) => value.some((item) => item.trim() !== ''),
	text: bullets,
	takes: [],
};
