import { FieldShell, PrintedText, hintId } from './FieldShell';
import type { FieldProps } from './types';
import { formatDate } from '../../../plan/dates';

export function DateField({ field, value, onChange, idPrefix }: FieldProps<'date'>) {
	const id = `${idPrefix}${field.id}`;
	return (
		<FieldShell id={id} inputId={id} label={field.label} hint={field.hint} print={<PrintedText text={formatDate(value)} lines={1} />}>
			<input
				type="date"
				id={id}
				value={value}
				aria-describedby={field.hint ? hintId(id) : undefined}
				onInput={(event) => {
					const date = event.currentTarget.value;
					onChange(() => date);
				}}
			/>
		</FieldShell>
	);
}
