import { answerText } from '../../plan/answers/answer-text';
import { RETIRED_HEADING } from '../../plan/answers/labels';
import { retiredAnswers } from '../../plan/migrate';
import type { PlanRecord } from '../../plan/record';
import type { Worksheet } from '../../schemas/worksheet';

interface Props {
	plan: Pick<PlanRecord, 'answers'>;
	definition: Pick<Worksheet, 'sections' | 'migrations'>;
}

/** Answers to questions a newer version of the worksheet no longer asks: kept, shown and printed. */
export function RetiredAnswers({ plan, definition }: Props) {
	const shown = retiredAnswers(plan, definition).filter((answer) => answerText(answer.value).trim());
	if (!shown.length) return null;
	return (
		<section class="ws-section ws-retired" aria-labelledby="ws-retired-heading">
			<h2 id="ws-retired-heading">{RETIRED_HEADING}</h2>
			<p class="ws-section-intro">This worksheet has changed since you wrote these. They are kept here, and printed, so nothing is lost.</p>
			<dl>
				{shown.map((answer) => (
					<div class="ws-field">
						<dt class="ws-label">{answer.label}</dt>
						<dd class="ws-printed-text">{answerText(answer.value)}</dd>
					</div>
				))}
			</dl>
		</section>
	);
}
