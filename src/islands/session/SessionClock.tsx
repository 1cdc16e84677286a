import { useEffect, useState } from 'preact/hooks';
import { budgetStatus, spentOn, type SessionRecord } from '../../plan/session';
import { useT, withParts } from '../common/words';

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
	const t = useT();
	const running = session.running !== null;
	useTick(running);
	const now = Date.now();
	const status = budgetStatus(spentOn(session, session.step, now), budget, t);
	const total = steps.reduce((sum, step) => sum + spentOn(session, step, now), 0);
	const whole = budgetStatus(total, session.length === null ? undefined : session.length * 60_000, t);
	return (
		<section class="session-clock" aria-labelledby="session-clock-title" data-over={status.over ? 'true' : undefined} data-running={running ? 'true' : 'false'}>
			<h3 id="session-clock-title">{t('session.time')}</h3>
			<p class="session-time" data-testid="phase-time">
				<span class="session-time-label">{t('session.this-phase')}</span>
				{withParts(
					status.budgetText
						? t('session.time-of', { budget: status.budgetText })
						: t(session.length === null ? 'session.time-no-timer' : 'session.time-between'),
					{ spent: <strong>{status.spentText}</strong> },
				)}
			</p>
			{status.budgetText && (
				<div class="session-meter" aria-hidden="true">
					<span style={{ width: `${Math.round(status.used * 100)}%` }} />
				</div>
			)}
			{status.over && (
				<p class="session-over">
					<span aria-hidden="true">+ </span>{t('session.over-share', { over: status.overText! })}
				</p>
			)}
			<p class="session-time session-total" data-testid="session-time">
				<span class="session-time-label">{t('session.whole-label')}</span>
				{whole.budgetText ? t('session.time-of', { spent: whole.spentText, budget: whole.budgetText }) : whole.spentText}
			</p>
			<p class="session-paused" data-testid="clock-state">
				{running ? t('session.clock-running') : t('session.clock-paused')}
			</p>
			<button type="button" onClick={running ? onPause : onResume}>
				{running ? t('session.pause') : t('session.resume')}
			</button>
		</section>
	);
}
