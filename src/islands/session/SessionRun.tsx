import { useEffect } from 'preact/hooks';
import { getPlan, setActivePlan, setAnswer } from '../../store/plans';
import { closePlanFor, getSession, goToStep, pauseSession, resumeSession, setSessionNotes, toggleAsked } from '../../store/sessions';
import { closePlanTitle, phaseBudgets, phaseFields, sessionSteps, shortPhaseName, type SessionRecord } from '../../plan/session';
import { CLOSE_STEP, SUMMARY_STEP, phasePlace } from '../../plan/session-steps';
import type { PlanRecord } from '../../plan/record';
import type { SessionProps } from './types';
import { PhaseScreen } from './PhaseScreen';
import { CloseScreen } from './CloseScreen';
import { SessionSummary } from './SessionSummary';
import { ProgressBar } from './ProgressBar';
import { SessionClock } from './SessionClock';
import { CoachNotes } from './CoachNotes';
import { useT, withParts } from '../common/words';

type AnswerUpdate = (answers: Record<string, unknown>) => unknown;

interface Props extends SessionProps {
	session: SessionRecord;
	plan: PlanRecord;
	closePlan?: PlanRecord;
	/** Leaves the session for the worksheet page, keeping everything. */
	onLeave: () => void;
}

/** Keys that move through the session are left alone while the visitor is typing or choosing in a control. */
const inControl = (target: EventTarget | null) =>
	target instanceof Element && !!target.closest('input, textarea, select, [contenteditable]:not([contenteditable="false"])');

/**
 * A running session: the progress bar, the current step's screen, the coach's clock and notes, and the
 * moves between steps (buttons and arrow keys). Loaded once the island has hydrated, while the coach
 * fills in the first screen.
 */
export function SessionRun({ model, phases, definition, worksheetHref, close, session, plan, closePlan, onLeave }: Props) {
	const t = useT();
	const phaseIds = phases.map((phase) => phase.id);
	const steps = sessionSteps(phaseIds, !!close);
	const budgets = phaseBudgets(session.length, phases, !!close);
	const stepLabel = (step: string) =>
		step === CLOSE_STEP ? t('session.step-close') : step === SUMMARY_STEP ? t('session.step-summary') : shortPhaseName(phases.find((phase) => phase.id === step)!);
	const at = steps.indexOf(session.step);
	const next = steps[at + 1];
	const back = steps[at - 1];
	// Each step is a history entry: the browser's Back goes to the previous step, and Back from the
	// first leaves the page as it came.
	const move = (to: string) => {
		goToStep(session.id, to);
		history.pushState({ ...history.state, cwSessionStep: to }, '');
	};
	useEffect(() => {
		history.replaceState({ ...history.state, cwSessionStep: session.step }, '');
		const onPop = (event: PopStateEvent) => {
			const to = (event.state as { cwSessionStep?: unknown } | null)?.cwSessionStep;
			if (typeof to === 'string' && steps.includes(to)) goToStep(session.id, to);
		};
		addEventListener('popstate', onPop);
		return () => removeEventListener('popstate', onPop);
	}, [session.id]);

	useEffect(() => {
		const onKey = (event: KeyboardEvent) => {
			if (event.defaultPrevented || event.isComposing || event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
			// Starlight's search dialog has its own use for these keys.
			if (event.target instanceof Element && event.target.closest('dialog')) return;
			if (event.key === 'Escape') {
				event.preventDefault();
				onLeave();
			} else if ((event.key === 'ArrowLeft' || event.key === 'ArrowRight') && !inControl(event.target)) {
				// From the stored step, not this render's: quick presses can arrive before the next render.
				const from = steps.indexOf(getSession(session.id)?.step ?? session.step);
				const to = steps[from + (event.key === 'ArrowRight' ? 1 : -1)];
				if (to) {
					event.preventDefault();
					move(to);
				}
			}
		};
		document.addEventListener('keydown', onKey);
		return () => document.removeEventListener('keydown', onKey);
	});

	const answerIn = (fieldId: string) => (compute: AnswerUpdate) => setAnswer(plan.id, fieldId, compute(getPlan(plan.id)?.answers ?? {}));
	// The close plan is made with the first answer, so a session that skips the close leaves no empty plan.
	const answerInClose = (fieldId: string) => (compute: AnswerUpdate) => {
		if (!close) return;
		const target = closePlanFor(session.id, close.definition, definition.title, t);
		if (target) setAnswer(target.id, fieldId, compute(getPlan(target.id)?.answers ?? {}));
	};

	const phase = phases.find((p) => p.id === session.step);
	let screen;
	if (phase)
		screen = (
			<PhaseScreen
				phase={phase}
				place={phasePlace(phaseIds, phase.id, phase.name, t)}
				fields={phaseFields(definition, phase.id)}
				worksheetTitle={definition.title}
				answers={plan.answers}
				onAnswer={answerIn}
				idPrefix={`ss-${definition.id}-`}
				asked={session.asked[phase.id] ?? []}
				onToggleAsked={(index) => toggleAsked(session.id, phase.id, index)}
			/>
		);
	else if (session.step === CLOSE_STEP && close)
		screen = (
			<CloseScreen
				close={close}
				closeTitle={closePlan?.title ?? closePlanTitle(plan.title, definition.title, t)}
				answers={closePlan?.answers ?? {}}
				onAnswer={answerInClose}
				asked={session.asked}
				onToggleAsked={(marker, index) => toggleAsked(session.id, marker, index)}
			/>
		);
	else
		screen = (
			<SessionSummary
				session={session}
				modelName={model.name}
				plan={plan}
				definition={definition}
				closePlan={closePlan}
				closeDefinition={close?.definition}
				times={steps
					.filter((s) => s !== SUMMARY_STEP)
					.map((s) => ({ id: s, label: s === CLOSE_STEP ? t('session.step-close') : phases.find((p) => p.id === s)!.name, budget: budgets[s] }))}
				worksheetHref={worksheetHref}
				onOpenWorksheet={() => setActivePlan(definition.id, plan.id)}
			/>
		);

	return (
		<>
			<div class="session-bar print:hidden">
				<ProgressBar steps={steps.map((s) => ({ id: s, label: stepLabel(s), done: (session.spent[s] ?? 0) > 0 }))} current={session.step} onJump={move} />
				<button type="button" class="ws-link-button session-leave" onClick={onLeave}>
					{withParts(t('session.leave'), { key: <kbd>Esc</kbd> })}
				</button>
			</div>
			<div class="session-main">
				{screen}
				<aside class="session-side print:hidden" aria-label={t('session.for-coach')}>
					{session.step !== SUMMARY_STEP && (
						<SessionClock
							session={session}
							budget={budgets[session.step]}
							steps={steps}
							onPause={() => pauseSession(session.id)}
							onResume={() => resumeSession(session.id)}
						/>
					)}
					<CoachNotes notes={session.notes} onChange={(notes) => setSessionNotes(session.id, notes)} />
				</aside>
			</div>
			<nav class="session-moves print:hidden" aria-label={t('session.moves')}>
				{back ? (
					<button type="button" onClick={() => move(back)}>
						<span aria-hidden="true">← </span>{t('session.back-to', { step: stepLabel(back) })}
					</button>
				) : (
					<span />
				)}
				{next && (
					<button type="button" class="ws-primary" onClick={() => move(next)}>
						{next === SUMMARY_STEP ? t('session.finish') : t('session.next-to', { step: stepLabel(next) })}
						<span aria-hidden="true"> →</span>
					</button>
				)}
			</nav>
			<p class="session-keys ws-muted print:hidden">
				{withParts(t('session.keys'), { left: <kbd>←</kbd>, right: <kbd>→</kbd>, esc: <kbd>Esc</kbd> })}
			</p>
		</>
	);
}
