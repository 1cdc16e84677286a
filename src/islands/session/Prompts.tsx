interface Props {
	questions: string[];
	/** Indexes of the questions ticked as asked. */
	asked: number[];
	onToggle: (index: number) => void;
	idPrefix: string;
}

/** The phase's example questions, each with a box the coach ticks once it is asked. */
export function Prompts({ questions, asked, onToggle, idPrefix }: Props) {
	return (
		<fieldset class="session-prompts">
			<legend>Questions you might ask</legend>
			<p class="ws-hint">Examples from the model: put them in your own words, and tick each one you have asked.</p>
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
