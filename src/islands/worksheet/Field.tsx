import type { Field as FieldDefinition, SimpleField } from '../../schemas/worksheet';
import { valueFor } from '../../plan/answers/values';
import { TextField } from './fields/TextField';
import { DateField } from './fields/DateField';
import { ScaleField } from './fields/ScaleField';
import { ChecklistField, ChoiceField } from './fields/ChoiceField';
import { ListField } from './fields/ListField';
import { ActionsField } from './fields/ActionsField';
import { SmartField } from './fields/SmartField';
import { ReviewsField } from './fields/ReviewsField';

interface Props {
	field: FieldDefinition;
	/** All answers of the plan (or of a review round), by field id. */
	answers: Record<string, unknown>;
	/** Receives a function from the latest stored answers to this field's new value. */
	onChange: (update: (answers: Record<string, unknown>) => unknown) => void;
	idPrefix?: string;
}

const renderInner = (
	field: SimpleField,
	answers: Record<string, unknown>,
	onChange: (update: (answers: Record<string, unknown>) => unknown) => void,
	idPrefix: string,
) => (
	<Field key={field.id} field={field} answers={answers} onChange={onChange} idPrefix={idPrefix} />
);

/** Picks the component for a field's kind and hands it a value of the right shape. */
export function Field({ field, answers, onChange, idPrefix = 'f-' }: Props) {
	// Field kinds work on their own value; this turns their update into one on the latest answers.
	const common = {
		idPrefix,
		onChange: (update: (current: never) => unknown) => onChange((latest) => update(valueFor(field, latest) as never)),
	};
	switch (field.kind) {
		case 'short-text':
		case 'long-text':
			return <TextField field={field} value={valueFor(field, answers)} {...common} />;
		case 'date':
			return <DateField field={field} value={valueFor(field, answers)} {...common} />;
		case 'scale':
			return <ScaleField field={field} value={valueFor(field, answers)} {...common} />;
		case 'choice':
			return <ChoiceField field={field} value={valueFor(field, answers)} {...common} />;
		case 'checklist':
			return <ChecklistField field={field} value={valueFor(field, answers)} {...common} />;
		case 'list':
			return <ListField field={field} value={valueFor(field, answers)} {...common} />;
		case 'actions':
			return <ActionsField field={field} value={valueFor(field, answers)} {...common} />;
		case 'smart':
			return <SmartField field={field} value={valueFor(field, answers)} {...common} />;
		case 'reviews':
			return <ReviewsField field={field} value={valueFor(field, answers)} renderField={renderInner} {...common} />;
	}
}
