import { useEffect, useState } from 'preact/hooks';
import { budgetStatus, spentOn, type SessionRecord } from '../../plan/session';

interface Props {
	session: SessionRecord;
	/** The current step's budget in ms; absent without a timer or for the close. */
	budget: number | undefined;
	/** Every step id, for the session's total. */
	steps: string[];
	onPause: () => void;
	onResume: () => void;
}

/** Re-renders every few seconds while the clock runs; the text changes only once a minute. */
function useTick(running: boolean) {
	const [, setTick] = useState(0);
	useEffect(() => {
		if (!running) return;
		const timer = setInterval(() => setTick((n) => n + 1), 5000);
		return () => clearInterval(timer);
	}, [running]);
}

/** Time on this phase against its budget, calmly: whole minutes, no sound, no flashing, never blocking. */
export function SessionClock({ session, budget, steps, onPause, onResume }: Props) {
	const running = session.running !== null;
	useTick(running);
	const now = Date.now();
	const status = budgetStatus(spentOn(session, session.step, now), budget);
	const total = steps.reduce((sum, step) => sum + spentOn(session, step, now), 0);
	const whole = budgetStatus(total, session.length === null ? undefined : session.length * 60_000);
	return (
		<section class="session-clock" aria-labelledby="session-clock-title" data-over={status.over ? 'true' : undefined} data-running={running ? 'true' : 'false'}>
			<h3 id="session-clock-title">Time</h3>
			<p class="session-time" data-testid="phase-time">
				<span class="session-time-label">This phase: </span>
				<strong>{status.spentText}</strong>
				{status.budgetText ? <> of {status.budgetText}</> : session.length === null ? ' (no timer)' : ' (between sessions: no time in the session)'}
			</p>
			{status.budgetText && (
				<div class="session-meter" aria-hidden="true">
					<span style={{ width: `${Math.round(status.used * 100)}%` }} />
				</div>
			)}
			{status.over && (
				<p class="session-over">
					<span aria-hidden="true">+ </span>Over this phase’s share: {status.overText}. Carry on as long as it helps.
				</p>
			)}
			<p class="session-time session-total" data-testid="session-time">
				<span class="session-time-label">Session: </span>
				{whole.spentText}
				{whole.budgetText && <> of {whole.budgetText}</>}
			</p>
			<p class="session-paused" data-testid="clock-state">
				{running ? 'The clock is running.' : 'The clock is paused.'}
			</p>
			<button type="button" onClick={running ? onPause : onResume}>
				{running ? 'Pause the clock' : 'Resume the clock'}
			</button>
		</section>
	);
}
