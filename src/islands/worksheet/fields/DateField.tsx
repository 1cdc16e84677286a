import { FieldShell, PrintedText, hintId } from './FieldShell';
import type { FieldProps } from './types';
import { calendarDay, formatDate } from '../../../plan/dates';

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
					// While a year is being typed digit by digit the input reports years like 0002; saving one would
					// re-render the field empty (it is not a date we accept) and wipe the typing.
					const day = calendarDay(date);
					if (date !== '' && (!day || day.getUTCFullYear() < 1000)) return;
					onChange(() => date);
				}}
			/>
		</FieldShell>
	);
}
