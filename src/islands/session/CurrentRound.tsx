import type { ReviewsFieldDefinition } from '../../schemas/worksheet';
import { fieldFor } from '../../plan/answers/reader-hints';
import { blankRound, valueFor, type ReviewRound } from '../../plan/answers/values';
import { roundLabel, roundText } from '../../plan/answers/labels';
import { formatDate, localDay } from '../../plan/dates';
import { inCurrentRound } from '../../plan/session';
import { Field } from '../worksheet/Field';
import { useT, withParts } from '../common/words';

interface Props {
	field: ReviewsFieldDefinition;
	/** The parts of the round this phase asks, in order: round field ids or `date`, `happened`, `evaluation`, `adjustments`. */
	parts: string[];
	answers: Record<string, unknown>;
	onAnswer: (fieldId: string) => (update: (answers: Record<string, unknown>) => unknown) => void;
	idPrefix: string;
}

/**
 * This phase's questions of the current round of a review field (RE-GROW's rounds): the latest round, or a
 * new one, dated today, made with the first answer. Ids match the worksheet's, so a round reads the same there.
 */
export function CurrentRound({ field, parts, answers, onAnswer, idPrefix }: Props) {
	const t = useT();
	const rounds = valueFor(field, answers) as ReviewRound[];
	const index = Math.max(0, rounds.length - 1);
	const round = rounds.at(-1);
	const id = (key: string) => `${idPrefix}${field.id}-r${index}-${key}`;
	const write = (change: (round: ReviewRound) => ReviewRound) =>
		onAnswer(field.id)((latest) => inCurrentRound(valueFor(field, latest) as ReviewRound[], localDay(), change));
	return (
		<div class="session-section session-round">
			<h4 class="session-section-title">
				{round
					? round.date
						? t('session.round-dated', { field: field.label, round: roundLabel(index, t), date: formatDate(round.date, t) })
						: t('session.round', { field: field.label, round: roundLabel(index, t) })
					: t('session.round-new', { field: field.label })}
			</h4>
			{round && parts.includes('date') && (
				<p class="ws-hint">
					{withParts(t('session.round-latest'), {
						button: (
							<button
								type="button"
								class="ws-link-button"
								id={`${idPrefix}${field.id}-new-round`}
								onClick={() => onAnswer(field.id)((latest) => [...(valueFor(field, latest) as ReviewRound[]), blankRound(localDay())])}
							>
								{t('session.round-start-new')}
							</button>
						),
					})}
				</p>
			)}
			{parts.map((part) => {
				if (part === 'date')
					return (
						<div class="ws-field" key={part}>
							<label for={id('date')}>{t('session.round-date')}</label>
							<input type="date" id={id('date')} value={round?.date ?? ''} onInput={(e) => {
									const date = e.currentTarget.value;
									write((current) => ({ ...current, date }));
								}} />
						</div>
					);
				const text = roundText(t).find(({ key }) => key === part);
				if (text)
					return (
						<div class="ws-field" key={part}>
							<label for={id(text.key)}>{text.label}</label>
							<textarea id={id(text.key)} rows={3} value={round?.[text.key] ?? ''} onInput={(e) => {
									const value = e.currentTarget.value;
									write((current) => ({ ...current, [text.key]: value }));
								}} />
						</div>
					);
				const inner = field.fields.find((f) => f.id === part);
				if (!inner) return null;
				return (
					<Field
						key={part}
						field={fieldFor(inner, 'coach')}
						answers={round?.answers ?? {}}
						onChange={(answerOf) => write((current) => ({ ...current, answers: { ...current.answers, [inner.id]: answerOf(current.answers) } }))}
						idPrefix={`${idPrefix}${field.id}-r${index}-`}
					/>
				);
			})}
		</div>
	);
}
