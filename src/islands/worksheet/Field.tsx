import type { ComponentType } from 'preact';
import type { Field as FieldDefinition, FieldKind } from '../../schemas/worksheet';
import { valueFor } from '../../plan/answers/values';
import { fieldComponents, type RenderField } from './fields';
import type { FieldProps } from './fields/types';

interface Props {
	field: FieldDefinition;
	/** All answers of the plan (or of a review round), by field id. */
	answers: Record<string, unknown>;
	/** Receives a function from the latest stored answers to this field's new value. */
	onChange: (update: (answers: Record<string, unknown>) => unknown) => void;
	idPrefix?: string;
}

const renderInner: RenderField = (field, answers, onChange, idPrefix) => (
	<Field key={field.id} field={field} answers={answers} onChange={onChange} idPrefix={idPrefix} />
);

/** Picks the component for a field's kind and hands it a value of the right shape. */
export function Field({ field, answers, onChange, idPrefix = 'f-' }: Props) {
	// Field kinds work on their own value; this turns their update into one on the latest answers.
	const common = {
		idPrefix,
		onChange: (update: (current: never) => unknown) => onChange((latest) => update(valueFor(field, latest) as never)),
	};
	// The registry pairs each kind with its component; the cast only forgets which kind this one is.
	const Component = fieldComponents[field.kind] as ComponentType<FieldProps<FieldKind> & { renderField: RenderField }>;
	return <Component field={field} value={valueFor(field, answers)} renderField={renderInner} {...common} />;
}
