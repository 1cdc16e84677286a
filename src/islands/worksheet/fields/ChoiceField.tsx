import { useState } from 'preact/hooks';
import { FieldShell } from './FieldShell';
import type { FieldProps } from './types';
import { useT } from '../../common/words';
import { optionLabel } from '../../../plan/answers/labels';

/** Pick one option (radio group); with `other`, a last choice takes the visitor's own words. */
export function ChoiceField({ field, value, onChange, idPrefix }: FieldProps<'choice'>) {
	const t = useT();
	const id = `${idPrefix}${field.id}`;
	const own = value !== '' && !field.options.includes(value);
	// "Other" ticked with nothing typed yet has no stored value, so it is remembered here until typing starts.
	const [otherOpen, setOtherOpen] = useState(false);
	const showOther = !!field.other && (own || otherOpen);
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
							<span class="ws-box" aria-hidden="true">{option === value ? '●' : '○'}</span> {optionLabel(field, option)}
						</li>
					))}
					{(field.other || own) && (
						<li>
							<span class="ws-box" aria-hidden="true">{own ? '●' : '○'}</span> {t('print.other', { other: field.other ?? t('print.other-default') })} {own ? value : <span class="ws-ruled ws-inline-ruled" />}
						</li>
					)}
				</ul>
			}
		>
			{field.options.map((option) => (
				<label class="ws-option">
					<input
						type="radio"
						name={id}
						value={option}
						checked={value === option}
						onChange={() => {
							setOtherOpen(false);
							onChange(() => option);
						}}
					/>
					{optionLabel(field, option)}
				</label>
			))}
			{field.other && (
				<>
					<label class="ws-option">
						<input type="radio" name={id} value="" id={`${id}-other`} checked={showOther} onChange={() => setOtherOpen(true)} />
						{field.other}
					</label>
					{showOther && (
						<div class="ws-field ws-other">
							<label for={`${id}-other-text`}>{t('fields.other-words', { other: field.other })}</label>
							<input type="text" id={`${id}-other-text`} value={own ? value : ''} onInput={(e) => {
								const text = e.currentTarget.value;
								setOtherOpen(true);
								onChange(() => text);
							}} />
						</div>
					)}
				</>
			)}
			{own && !field.other && <p class="ws-hint">{t('fields.saved-answer', { value })}</p>}
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
							<span class="ws-box" aria-hidden="true">{value.includes(option) ? '☑' : '☐'}</span> {optionLabel(field, option)}
						</li>
					))}
				</ul>
			}
		>
			{field.options.map((option) => (
				<label class="ws-option">
					<input type="checkbox" checked={value.includes(option)} onChange={(event) => toggle(option, event.currentTarget.checked)} />
					{optionLabel(field, option)}
				</label>
			))}
		</FieldShell>
	);
}
