import type { Field, FieldKind } from '../../../schemas/worksheet';
import type { ValueOfKind } from '../../../plan/answers/values';

/** What every field component receives: its definition, its value and a way to change it. */
export interface FieldProps<K extends FieldKind> {
	field: Extract<Field, { kind: K }>;
	value: ValueOfKind[K];
	/**
	 * Changes the value. Takes a function of the current stored value rather than a value, so a
	 * quick succession of edits never builds on a stale render.
	 */
	onChange: (update: (current: ValueOfKind[K]) => ValueOfKind[K]) => void;
	/** Makes element ids unique when the same field appears more than once (review rounds). */
	idPrefix: string;
}
