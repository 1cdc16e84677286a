import { FieldShell } from './FieldShell';
import type { FieldProps } from './types';

/** Pick one option (radio group). */
export function ChoiceField({ field, value, onChange, idPrefix }: FieldProps<'choice'>) {
	const id = `${idPrefix}${field.id}`;
	return (
		<FieldShell
			id={id}
			group
			label={field.label}
			hint={field.hint}
			print={
				<ul class="ws-options-print">
					{field.options.map((option) => (
						<li>
							<span class="ws-box" aria-hidden="true">{option === value ? '●' : '○'}</span> {option}
						</li>
					))}
				</ul>
			}
		>
			{field.options.map((option) => (
				<label class="ws-option">
					<input type="radio" name={id} value={option} checked={value === option} onChange={() => onChange(() => option)} />
					{option}
				</label>
			))}
			{value && !field.options.includes(value) && <p class="ws-hint">Saved answer: {value}</p>}
		</FieldShell>
	);
}

/** Tick any of the options. */
export function ChecklistField({ field, value, onChange, idPrefix }: FieldProps<'checklist'>) {
	const id = `${idPrefix}${field.id}`;
	const toggle = (option: string, on: boolean) =>
		onChange((current) => (on ? [...current.filter((v) => v !== option), option] : current.filter((v) => v !== option)));
	return (
		<FieldShell
			id={id}
			group
			label={field.label}
			hint={field.hint}
			print={
				<ul class="ws-options-print">
					{field.options.map((option) => (
						<li>
							<span class="ws-box" aria-hidden="true">{value.includes(option) ? '☑' : '☐'}</span> {option}
						</li>
					))}
				</ul>
			}
		>
			{field.options.map((option) => (
				<label class="ws-option">
					<input type="checkbox" checked={value.includes(option)} onChange={(event) => toggle(option, event.currentTarget.checked)} />
					{option}
				</label>
			))}
		</FieldShell>
	);
}
