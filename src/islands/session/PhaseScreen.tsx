import type { PhaseFields } from '../../plan/session';
import type { SessionPhase } from './types';
import { Prompts } from './Prompts';
import { SectionFields } from './SectionFields';
import { CurrentRound } from './CurrentRound';
import { useT } from '../common/words';

interface Props {
	phase: SessionPhase;
	/** "Reality, 2 of 4". */
	place: string;
	/** The worksheet's questions for this phase: its sections, and parts of the current round. */
	fields: PhaseFields;
	worksheetTitle: string;
	answers: Record<string, unknown>;
	onAnswer: (fieldId: string) => (update: (answers: Record<string, unknown>) => unknown) => void;
	idPrefix: string;
	asked: number[];
	onToggleAsked: (index: number) => void;
}

/** One phase: where it sits, what it is for, questions to ask, and the worksheet's fields for it. */
export function PhaseScreen({ phase, place, fields, worksheetTitle, answers, onAnswer, idPrefix, asked, onToggleAsked }: Props) {
	const t = useT();
	const at = place.indexOf(',');
	return (
		<section class="session-screen" aria-labelledby="session-heading">
			<h2 id="session-heading" class="session-heading" tabIndex={-1}>
				{at < 0 ? place : place.slice(0, at)}
				{at >= 0 && <span class="session-place">{place.slice(at)}</span>}
			</h2>
			<p class="session-purpose">{phase.summary}</p>
			<Prompts questions={phase.questions} asked={asked} onToggle={onToggleAsked} idPrefix={`session-${phase.id}`} />
			<section class="session-fields" aria-labelledby="session-fields-title">
				<h3 id="session-fields-title">{t('session.on-worksheet')}</h3>
				{fields.rounds.map(({ field, parts }) => (
					<CurrentRound key={field.id} field={field} parts={parts} answers={answers} onAnswer={onAnswer} idPrefix={idPrefix} />
				))}
				{fields.sections.length > 0 && <SectionFields sections={fields.sections} answers={answers} onAnswer={onAnswer} idPrefix={idPrefix} level={4} />}
				{fields.sections.length === 0 && fields.rounds.length === 0 && (
					<p class="ws-muted">
						{t('session.no-fields', { worksheet: worksheetTitle })}
					</p>
				)}
			</section>
		</section>
	);
}
