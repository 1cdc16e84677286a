import { answerText } from '../../plan/answers/answer-text';
import { retiredAnswers } from '../../plan/migrate';
import type { PlanRecord } from '../../plan/record';
import type { Worksheet } from '../../schemas/worksheet';
import { useT } from '../common/words';

interface Props {
	plan: Pick<PlanRecord, 'answers'>;
	definition: Pick<Worksheet, 'sections' | 'migrations'>;
}

/** Answers to questions a newer version of the worksheet no longer asks: kept, shown and printed. */
export function RetiredAnswers({ plan, definition }: Props) {
	const t = useT();
	const shown = retiredAnswers(plan, definition).filter((answer) => answerText(answer.value).trim());
	if (!shown.length) return null;
	return (
		<section class="ws-section ws-retired" aria-labelledby="ws-retired-heading">
			<h2 id="ws-retired-heading">{t('print.retired-heading')}</h2>
			<p class="ws-section-intro">{t('worksheet.retired-intro')}</p>
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
