import { useEffect, useMemo, useState } from 'preact/hooks';
import { useStore } from '@nanostores/preact';
import { atom, computed } from 'nanostores';
import { $plans, $upgraded, current, setActivePlan, upgradeShownPlan } from '../../store/plans';
import type { SessionStart } from '../../store/sessions';
import { CLOSE_STEP, SUMMARY_STEP, phasePlace } from '../../plan/session-steps';
import type { SessionRecord } from '../../plan/session';
import type { PlanRecord } from '../../plan/record';
import { useLater } from '../common/use-later';
import type { Words } from '../../plan/i18n/translate';
import { useT, useTranslator, WordsContext } from '../common/words';
import type { SessionProps } from './types';
import type { SESSION_WORDS } from './session-words';
import { SessionSetup } from './SessionSetup';

/** Plans as the session shows them: older versions migrated in memory (kept here, off the worksheet page's weight). */
const $shownPlans = computed([$plans, $upgraded], (plans) => plans.map(current));

/** What the session shows until the sessions store has loaded: no session. */
const $noSession = atom<SessionRecord | null>(null);

const loadLater = () => import('./later');

/**
 * Session mode: the coach runs a session on a plan one phase per screen, then the close and a summary.
 * It is a second view of the same plan as the worksheet page: same fields, same store actions. The
 * first screen (which plan, who, how long) is all the page loads up front; the running session and
 * the sessions store load once the island has hydrated, while the first screen stays disabled.
 */
export default function SessionIsland({ words, ...props }: SessionProps & { words: Words<(typeof SESSION_WORDS)[number] | 'common'> }) {
	return (
		<WordsContext.Provider value={useTranslator(words)}>
			<Session {...props} />
		</WordsContext.Provider>
	);
}

function Session(props: SessionProps) {
	const { model, phases, definition, worksheetHref, close } = props;
	const t = useT();
	// The running session and the sessions store: the first screen is enabled once they are here.
	const later = useLater(loadLater);
	const [sessionId, setSessionId] = useState<string | null>(null);
	// `?session=<id>` (from a client's file on My plans) opens that session: its summary once finished.
	useEffect(() => {
		const asked = new URLSearchParams(location.search).get('session');
		if (later && asked && later.getSession(asked)?.model === model.id) setSessionId(asked);
	}, [later]);
	const $session = useMemo(() => (later ? later.sessionStore(sessionId ?? '') : $noSession), [later, sessionId]);
	// No `ssr` value needed: until the store loads, after hydration, both are `$noSession`, as on the server.
	const session = useStore($session);
	const $open = useMemo(() => (later ? later.openSessionOf(model.id) : $noSession), [later, model.id]);
	const open = useStore($open);
	const allPlans = useStore($shownPlans, { ssr: () => [] as PlanRecord[] });
	const plan = session ? (allPlans.find((p) => p.id === session.plan) ?? null) : null;
	const closePlan = session?.closePlan ? allPlans.find((p) => p.id === session.closePlan) : undefined;

	const phaseIds = phases.map((phase) => phase.id);
	const announcement = (step: string) => {
		const phase = phases.find((p) => p.id === step);
		if (phase) return phasePlace(phaseIds, phase.id, phase.name, t);
		return step === CLOSE_STEP ? t('session.close-heading') : t('session.summary-heading');
	};

	// A plan saved under an older version of its worksheet is shown migrated; stored so on its next edit.
	useEffect(() => {
		upgradeShownPlan(plan, definition);
		if (close) upgradeShownPlan(closePlan, close.definition);
	}, [plan?.id, plan?.worksheetVersion, closePlan?.id, closePlan?.worksheetVersion]);

	// Each new screen takes focus on its heading and is announced, politely.
	const [announced, setAnnounced] = useState('');
	const step = session?.step;
	const running = !!(session && plan && later);
	useEffect(() => {
		if (!running || !step) return;
		// The session's top (progress, steps, "Leave") comes into view clear of the sticky header, then the heading takes focus.
		document.querySelector('.session')?.scrollIntoView({ block: 'start' });
		document.getElementById('session-heading')?.focus({ preventScroll: true });
		setAnnounced(announcement(step));
	}, [step, sessionId, running]);

	const leave = () => {
		if (session && session.step !== SUMMARY_STEP) later?.pauseSession(session.id);
		if (plan) setActivePlan(definition.id, plan.id);
		location.assign(worksheetHref);
	};
	const start = (choice: SessionStart) => {
		const started = later?.startSession(definition, model.id, phaseIds[0], choice);
		if (started) setSessionId(started.id);
	};
	const resume = (id: string) => {
		later?.resumeSession(id);
		setSessionId(id);
	};
	const openPlan = open && allPlans.find((p) => p.id === open.plan);

	return (
		<div class="worksheet session not-content" data-ready={later ? 'true' : 'false'} data-step={session?.step}>
			<p class="sr-only" aria-live="polite" aria-atomic="true">
				{announced}
			</p>
			{session && plan && later ? (
				<later.SessionRun {...props} session={session} plan={plan} closePlan={closePlan} onLeave={leave} />
			) : (
				<SessionSetup
					plans={allPlans.filter((p) => p.worksheet === definition.id)}
					open={open && openPlan ? { session: open, plan: openPlan, where: announcement(open.step) } : null}
					ready={!!later}
					onStart={start}
					onContinue={resume}
				/>
			)}
		</div>
	);
}
