import { FieldShell, PrintedText, hintId } from './FieldShell';
import type { FieldProps } from './types';
import { formatDate } from '../../../plan/dates';
import { useT } from '../../common/words';

export function DateField({ field, value, onChange, idPrefix }: FieldProps<'date'>) {
	const t = useT();
	const id = `${idPrefix}${field.id}`;
	return (
		<FieldShell id={id} inputId={id} label={field.label} hint={field.hint} print={<PrintedText text={formatDate(value, t)} lines={1} />}>
			<input
				type="date"
				id={id}
				value={value}
				aria-describedby={field.hint ? hintId(id) : undefined}
				// Every value the input reports is saved, the partial years of a year typed digit by digit
				// (0002, 0020, 0202, 2027) too: a value held back here would differ from the input's own, and
				// the next render of the worksheet (a save notice, say) would put the old one back mid-typing.
				onInput={(event) => {
					const date = event.currentTarget.value;
					onChange(() => date);
				}}
			/>
		</FieldShell>
	);
}
