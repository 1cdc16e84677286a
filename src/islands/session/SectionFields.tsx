import { fieldFor } from '../../plan/answers/reader-hints';
import type { Section } from '../../schemas/worksheet';
import { Field } from '../worksheet/Field';

interface Props {
	sections: Section[];
	answers: Record<string, unknown>;
	onAnswer: (fieldId: string) => (update: (answers: Record<string, unknown>) => unknown) => void;
	idPrefix: string;
	/** Heading level of the section titles; `null` leaves titles out (the screen names the part already). */
	level: 3 | 4 | null;
}

/** Worksheet sections with the worksheet's own field components, writing to the same plan. */
export function SectionFields({ sections, answers, onAnswer, idPrefix, level }: Props) {
	const Heading = level === 3 ? 'h3' : 'h4';
	return (
		<>
			{sections.map((section) => (
				<div class="session-section">
					{section.title && level && <Heading class="session-section-title">{section.title}</Heading>}
					{section.intro && <p class="ws-section-intro">{section.intro}</p>}
					{section.fields.map((field) => (
						<Field key={field.id} field={fieldFor(field, 'coach')} answers={answers} onChange={onAnswer(field.id)} idPrefix={idPrefix} />
					))}
				</div>
			))}
		</>
	);
}
