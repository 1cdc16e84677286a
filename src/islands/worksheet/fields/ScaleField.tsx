import { FieldShell } from './FieldShell';
import type { FieldProps } from './types';
import { scaleLabel } from '../../../plan/answers/labels';
import { useT } from '../../common/words';

const POINTS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];

/** A 1-10 rating as a radio group: arrow keys move along it, as screen readers expect. */
export function ScaleField({ field, value, onChange, idPrefix }: FieldProps<'scale'>) {
	const t = useT();
	const id = `${idPrefix}${field.id}`;
	return (
		<FieldShell
			id={id}
			group
			label={field.label}
			hint={field.hint ?? t('fields.scale-ends', { low: field.lowLabel, high: field.highLabel })}
			print={
				value === null ? (
					<p class="ws-scale-print">
						{POINTS.join('  ·  ')} <span class="ws-muted">{t('print.scale-circle', { low: field.lowLabel, high: field.highLabel })}</span>
					</p>
				) : (
					<p class="ws-printed-text">
						{scaleLabel(value, t)} <span class="ws-muted">{t('print.scale-ends', { low: field.lowLabel, high: field.highLabel })}</span>
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
					{t('fields.clear-rating')}
				</button>
			)}
		</FieldShell>
	);
}
