import { FieldShell } from './FieldShell';
import type { FieldProps } from './types';
import { scaleText } from '../../../plan/answers/labels';

const POINTS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];

/** A 1-10 rating as a radio group: arrow keys move along it, as screen readers expect. */
export function ScaleField({ field, value, onChange, idPrefix }: FieldProps<'scale'>) {
	const id = `${idPrefix}${field.id}`;
	return (
		<FieldShell
			id={id}
			group
			label={field.label}
			hint={field.hint ?? `1 = ${field.lowLabel}, 10 = ${field.highLabel}`}
			print={
				value === null ? (
					<p class="ws-scale-print">
						{POINTS.join('  ·  ')} <span class="ws-muted">(circle one: 1 = {field.lowLabel}, 10 = {field.highLabel})</span>
					</p>
				) : (
					<p class="ws-printed-text">
						{scaleText(value)} <span class="ws-muted">(1 = {field.lowLabel}, 10 = {field.highLabel})</span>
					</p>
				)
			}
		>
			<div class="ws-scale">
				{POINTS.map((point) => (
					<label class="ws-scale-point">
						<input type="radio" name={id} value={point} checked={value === point} onChange={() => onChange(() => point)} />
						<span>{point}</span>
					</label>
				))}
			</div>
			<div class="ws-scale-ends" aria-hidden="true">
				<span>{field.lowLabel}</span>
				<span>{field.highLabel}</span>
			</div>
			{value !== null && (
				<button type="button" class="ws-link-button" onClick={() => onChange(() => null)}>
					Clear rating
				</button>
			)}
		</FieldShell>
	);
}
