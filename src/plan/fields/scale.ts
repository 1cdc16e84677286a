import type { FieldRules } from './types';
import { scaleLabel } from '../answers/labels';

/** A rating from 1 to 10, or null before one is picked. */
export const scale: FieldRules<number | null> = {
	is: (v): v is number | null => v === null || (Number.isInteger(v) && (v as number) >= 1 && (v as number) <= 10),
	empty: () => null,
	answered: (value) => value !== null,
	text: (value, t) => scaleLabel(value as number, t),
	takes: [],
};
