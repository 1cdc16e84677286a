import type { FieldRules } from './types';
import { bullets, isStringArray } from './shapes';
import { isActionFilled, type ActionRow } from './actions';

/** A list of entries. Takes checklist ticks, or the "what" of action rows. */
export const list: FieldRules<string[]> = {
	is: isStringArray,
	empty: () => [],
	answered: (value) => value.some((item) => item.trim() !== ''),
	text: bullets,
	takes: ['checklist', 'actions'],
	receive: (from, value) =>
		from === 'actions' ? (value as ActionRow[]).filter(isActionFilled).map((row) => row.what) : [...(value as string[])],
};
