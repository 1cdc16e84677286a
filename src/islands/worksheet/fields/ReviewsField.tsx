import { FieldShell, PrintedText } from './FieldShell';
import type { FieldProps } from './types';
import type { RenderField } from './index';
import { blankRound, type ReviewRound } from '../../../plan/answers/values';
import { useFocusLater } from './useFocusLater';
import { formatDate, localDay } from '../../../plan/dates';
import { roundLabel, roundText } from '../../../plan/answers/labels';
import { useT } from '../../common/words';


interface Props extends FieldProps<'reviews'> {
	/** Renders one of the round's own fields; passed in to keep field kinds free of each other. */
	renderField: RenderField;
}

/** Dated review rounds, each with its own answers, kept as a history and printed as a log. */
export function ReviewsField({ field, value, onChange, idPrefix, renderField }: Props) {
	const t = useT();
	const id = `${idPrefix}${field.id}`;
	const focusLater = useFocusLater();
	const updateRound = (i: number, change: (round: ReviewRound) => ReviewRound) =>
		onChange((current) => current.map((round, j) => (j === i ? change(round) : round)));
	const update = (i: number, patch: Partial<ReviewRound>) => updateRound(i, (round) => ({ ...round, ...patch }));
	const roundId = (i: number, key: string) => `${id}-r${i}-${key}`;
	return (
		<FieldShell id={id} group printsItself label={field.label} hint={field.hint} print={value.length ? null : <p class="ws-muted">{t('print.no-rounds')}</p>}>
			<ol class="ws-rounds">
				{value.map((round, i) => (
					<li class="ws-round">
						<fieldset>
							<legend>
								{roundLabel(i, t)}
								{round.date && ` · ${formatDate(round.date, t)}`}
							</legend>
							<div class="ws-field">
								<label for={roundId(i, 'date')}>{t('fields.round-date')}</label>
								<input type="date" class="print:hidden" id={roundId(i, 'date')} value={round.date} onInput={(e) => {
										const date = e.currentTarget.value;
										update(i, { date });
									}} />
								<p class="print-only ws-printed-text">{formatDate(round.date, t)}</p>
							</div>
							{roundText(t).map(({ key, label }) => (
								<div class="ws-field">
									<label for={roundId(i, key)}>{label}</label>
									<textarea
										id={roundId(i, key)}
										class="print:hidden"
										rows={2}
										value={round[key]}
										onInput={(e) => {
											const text = e.currentTarget.value;
											update(i, { [key]: text });
										}}
									/>
									<div class="print-only">
										<PrintedText text={round[key]} lines={2} />
									</div>
								</div>
							))}
							{field.fields.map((inner) =>
								renderField(
									inner,
									round.answers,
									(answerOf) => updateRound(i, (latest) => ({ ...latest, answers: { ...latest.answers, [inner.id]: answerOf(latest.answers) } })),
									`${id}-r${i}-`,
								),
							)}
							<button
								type="button"
								class="ws-link-button print:hidden"
								onClick={() => {
									if (!confirm(t('fields.round-remove-confirm', { round: roundLabel(i, t).toLowerCase() }))) return;
									onChange((current) => current.filter((_, j) => j !== i));
									focusLater(`${id}-add`);
								}}
							>
								{t('fields.round-remove', { round: roundLabel(i, t).toLowerCase() })}
							</button>
						</fieldset>
					</li>
				))}
			</ol>
			<button
				type="button"
				id={`${id}-add`}
				class="ws-add print:hidden"
				onClick={() => {
					onChange((current) => {
						focusLater(roundId(current.length, 'date'));
						return [...current, blankRound(localDay())];
					});
				}}
			>
				{t('fields.round-add')}
			</button>
		</FieldShell>
	);
}
