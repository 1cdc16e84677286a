import { useT } from '../common/words';

interface Props {
	steps: { id: string; label: string; done: boolean }[];
	current: string;
	onJump: (step: string) => void;
}

/** Every step of the session as a button, the current one marked: coaching goes back and forth. */
export function ProgressBar({ steps, current, onJump }: Props) {
	const t = useT();
	return (
		<nav class="session-progress" aria-label={t('session.steps')}>
			<ol>
				{steps.map((step, i) => (
					<li data-done={step.done ? 'true' : undefined}>
						<button type="button" aria-current={step.id === current ? 'step' : undefined} onClick={() => onJump(step.id)}>
							<span class="session-step-number">{i + 1}</span> {step.label}
						</button>
					</li>
				))}
			</ol>
		</nav>
	);
}
