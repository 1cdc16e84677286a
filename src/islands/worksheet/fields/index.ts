/**
 * Every field kind's component, by kind: the screen's half of a kind's room (the plan's half is
 * `plan/fields/`). `satisfies` makes a kind without a component a compile error.
 */
import type { ComponentChildren, ComponentType } from 'preact';
import type { FieldKind, SimpleField } from '../../../schemas/worksheet';
import type { FieldProps } from './types';
import { TextField } from './TextField';
import { DateField } from './DateField';
import { ScaleField } from './ScaleField';
import { ChecklistField, ChoiceField } from './ChoiceField';
import { ListField } from './ListField';
import { ActionsField } from './ActionsField';
import { SmartField } from './SmartField';
import { ReviewsField } from './ReviewsField';

/** Renders one field inside another (a review round's own fields); passed in to keep kinds free of each other. */
export type RenderField = (
	field: SimpleField,
	answers: Record<string, unknown>,
	onChange: (update: (answers: Record<string, unknown>) => unknown) => void,
	idPrefix: string,
) => ComponentChildren;

export type FieldComponents<Kinds extends FieldKind> = { [K in Kinds]: ComponentType<FieldProps<K> & { renderField: RenderField }> };

export const fieldComponents = {
	'short-text': TextField,
	'long-text': TextField,
	list: ListField,
	scale: ScaleField,
	date: DateField,
	choice: ChoiceField,
	checklist: ChecklistField,
	actions: ActionsField,
	smart: SmartField,
	reviews: ReviewsField,
} satisfies FieldComponents<FieldKind>;
