import type { SessionClose } from './types';
import { Prompts } from './Prompts';
import { SectionFields } from './SectionFields';
import { useT, withParts } from '../common/words';

interface Props {
	close: SessionClose;
	/** Title the close plan has or will have: "Session close: …". */
	closeTitle: string;
	answers: Record<string, unknown>;
	onAnswer: (fieldId: string) => (update: (answers: Record<string, unknown>) => unknown) => void;
	asked: Record<string, number[]>;
	onToggleAsked: (marker: string, index: number) => void;
}

/** The close of every session: ICF competency 8, marker by marker, answered into a linked session-close plan. */
export function CloseScreen({ close, closeTitle, answers, onAnswer, asked, onToggleAsked }: Props) {
	const t = useT();
	return (
		<section class="session-screen" aria-labelledby="session-heading">
			<h2 id="session-heading" class="session-heading" tabIndex={-1}>
				{t('session.close-heading')}
			</h2>
			<p class="session-purpose">
				{t('session.close-purpose')}
			</p>
			<p class="ws-hint">
				{withParts(t('session.close-where', { title: closeTitle }), { page: <a href={close.href}>{close.definition.title}</a> })}
			</p>
			{close.markers.map((marker) => (
				<section class="session-marker" aria-labelledby={`session-marker-${marker.id}`}>
					<h3 id={`session-marker-${marker.id}`}>{marker.name}</h3>
					<p class="session-marker-summary">{marker.summary}</p>
					<details class="session-marker-questions">
						<summary>{t('session.marker-questions')}</summary>
						<Prompts
							questions={marker.questions}
							asked={asked[marker.id] ?? []}
							onToggle={(index) => onToggleAsked(marker.id, index)}
							idPrefix={`session-${marker.id}`}
						/>
					</details>
					<SectionFields
						sections={close.definition.sections.filter((section) => section.phase === marker.id)}
						answers={answers}
						onAnswer={onAnswer}
						idPrefix={`ss-${close.definition.id}-`}
						level={null}
					/>
				</section>
			))}
		</section>
	);
}
