import { FieldShell, PrintedText, hintId } from './FieldShell';
import type { FieldProps } from './types';

/** Short text (one line) and long text (a growing paragraph box). */
export function TextField({ field, value, onChange, idPrefix }: FieldProps<'short-text' | 'long-text'>) {
	const id = `${idPrefix}${field.id}`;
	const common = {
		id,
		value,
		'aria-describedby': field.hint ? hintId(id) : undefined,
		onInput: (event: Event) => {
			const text = (event.currentTarget as HTMLInputElement).value;
			onChange(() => text);
		},
	};
	return (
		<FieldShell
			id={id}
			inputId={id}
			label={field.label}
			hint={field.hint}
			print={<PrintedText text={value} lines={field.kind === 'long-text' ? 4 : 1} />}
		>
			{field.kind === 'long-text' ? <textarea {...common} rows={3} /> : <input type="text" {...common} />}
		</FieldShell>
	);
}
