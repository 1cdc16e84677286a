import { useT } from '../common/words';

interface Props {
	questions: string[];
	/** Indexes of the questions ticked as asked. */
	asked: number[];
	onToggle: (index: number) => void;
	idPrefix: string;
}

/** The phase's example questions, each with a box the coach ticks once it is asked. */
export function Prompts({ questions, asked, onToggle, idPrefix }: Props) {
	const t = useT();
	return (
		<fieldset class="session-prompts">
			<legend>{t('session.prompts')}</legend>
			<p class="ws-hint">{t('session.prompts-hint')}</p>
			<ul>
				{questions.map((question, i) => (
					<li>
						<label class="session-prompt" for={`${idPrefix}-q${i}`}>
							<input type="checkbox" id={`${idPrefix}-q${i}`} checked={asked.includes(i)} onChange={() => onToggle(i)} />
							<span>{question}</span>
						</label>
					</li>
				))}
			</ul>
		</fieldset>
	);
}
