/**
 * Guided sessions (session mode), one record per session, kept apart from the plans they fill in.
 *
 * localStorage key `cw:session:<id>` holds, as JSON (the shape is declared in `plan/session.ts`):
 *   {
 *     "format": 1,
 *     "id": "p0w…", "model": "grow", "worksheet": "grow",
 *     "plan": "k3x9…",                   // the plan this session fills in (`cw:plan:k3x9…`)
 *     "closePlan": "z81…",               // the linked session-close plan; absent until the close has an answer
 *     "length": 60,                      // minutes: 30, 45, 60 or 90; null for no timer
 *     "step": "reality",                 // a phase id, "@close" or "@summary"
 *     "running": 1764000000000,          // epoch ms the current stretch began; null while paused or ended
 *     "spent": { "goal": 412000 },       // ms spent per step, not counting the running stretch
 *     "asked": { "goal": [0, 3] },       // example questions ticked as asked, by phase id
 *     "notes": "…",                      // the coach's private notes
 *     "created": "2026-11-24T10:00:00.000Z", "updated": "…",
 *     "ended": "…"                       // set when the session reaches its summary
 *   }
 *
 * Lifecycle: created when the coach starts a session; rewritten on every step, pause, tick and note;
 * never deleted by the site. The coach's notes live only here: the plan record, and so the print,
 * share link, Markdown and plan file, never hold them. A stored value this code cannot read is kept
 * as it is (never overwritten) and left out of the lists.
 */
import { computed } from 'nanostores';
import { persistentMap } from '@nanostores/persistent';
import {
	closePlanTitle,
	createSession,
	decodeSession,
	encodeSession,
	moveClock,
	pauseClock,
	resumeClock,
	type SessionRecord,
} from '../plan/session';
import { SUMMARY_STEP, type SessionLength } from '../plan/session-steps';
import { localDay, newerFirst } from '../plan/dates';
import { newPlanId, type PlanRecord } from '../plan/record';
import type { Translate } from '../plan/i18n/translate';
import { createPlan, getPlan, setActivePlan, setHeader } from './plans';
import { SESSION_PREFIX } from './keys';

export { SESSION_PREFIX };

type Stored = SessionRecord | { unreadable: true; raw: string };
const isSession = (value: Stored | undefined): value is SessionRecord => !!value && !('unreadable' in value);

/** Every stored session by id, synced with localStorage and other tabs (the plans store connects the storage). */
export const $sessionRecords = persistentMap<Record<string, Stored>>(SESSION_PREFIX, {}, {
	encode: (value) => ('unreadable' in value ? value.raw : encodeSession(value)),
	decode: (raw) => decodeSession(raw) ?? { unreadable: true, raw },
});

/** Readable sessions, most recently changed first. */
export const $sessions = computed($sessionRecords, (records) =>
	Object.values(records)
		.filter(isSession)
		.sort((a, b) => newerFirst(a.updated, b.updated)),
);

export function getSession(id: string): SessionRecord | undefined {
	const value = $sessionRecords.get()[id];
	return isSession(value) ? value : undefined;
}

/** One session, as a store a component can follow. */
export const sessionStore = (id: string) => computed($sessionRecords, (records) => (isSession(records[id]) ? records[id] : null));

/** The most recent session of a model that has not reached its summary and whose plan still exists. */
export const openSessionOf = (model: string) =>
	computed($sessions, (sessions) => sessions.find((s) => s.model === model && !s.ended && getPlan(s.plan)) ?? null);

const update = (id: string, change: (session: SessionRecord, now: number) => SessionRecord) => {
	const session = getSession(id);
	if (!session) return;
	const now = Date.now();
	$sessionRecords.setKey(id, { ...change(session, now), updated: new Date(now).toISOString() });
};

/** What the coach chooses before a session: an existing plan or a new one, the client's name, the length. */
export interface SessionStart {
	/** Id of an existing plan of the worksheet, or `null` to start a new plan named `title`. */
	plan: string | null;
	title: string;
	person: string;
	length: SessionLength;
}

/**
 * Starts a session, with its clock running on the first phase, on an existing plan or a new one. The
 * client's name goes into the plan's `person`, the day into an empty `date`, and the plan becomes the
 * one the worksheet page shows.
 */
export function startSession(
	worksheet: { id: string; version: number },
	model: string,
	firstStep: string,
	start: SessionStart,
): SessionRecord | undefined {
	const today = localDay();
	const plan = start.plan ? getPlan(start.plan) : createPlan(worksheet, { title: start.title.trim(), person: start.person.trim(), date: today });
	if (!plan) return undefined;
	if (plan.person !== start.person.trim()) setHeader(plan.id, 'person', start.person.trim());
	if (!plan.date) setHeader(plan.id, 'date', today);
	setActivePlan(worksheet.id, plan.id);
	const session = createSession(
		{ id: newPlanId(), model, worksheet: worksheet.id, plan: plan.id, length: start.length, step: firstStep },
		Date.now(),
	);
	$sessionRecords.setKey(session.id, session);
	return session;
}

/**
 * Goes to a step. Reaching the summary ends the session and stops its clock; going back from the
 * summary opens it again, with the clock running.
 */
export function goToStep(id: string, step: string) {
	update(id, (session, now) => {
		const moved = moveClock(session, step, now);
		if (step === SUMMARY_STEP) return { ...pauseClock(moved, now), ended: session.ended ?? new Date(now).toISOString() };
		if (session.step !== SUMMARY_STEP) return moved;
		const { ended: _ended, ...open } = moved;
		return resumeClock(open, now);
	});
}

export const pauseSession = (id: string) => update(id, (session, now) => pauseClock(session, now));
export const resumeSession = (id: string) => update(id, (session, now) => resumeClock(session, now));

export const setSessionNotes = (id: string, notes: string) => update(id, (session) => ({ ...session, notes }));

export const setSessionLength = (id: string, length: SessionLength) => update(id, (session) => ({ ...session, length }));

/** Ticks or unticks an example question as asked. */
export function toggleAsked(id: string, phase: string, index: number) {
	update(id, (session) => {
		const asked = session.asked[phase] ?? [];
		const next = asked.includes(index) ? asked.filter((i) => i !== index) : [...asked, index].sort((a, b) => a - b);
		return { ...session, asked: { ...session.asked, [phase]: next } };
	});
}

/**
 * The session's session-close plan, made on first need: titled after the session's plan, for the same
 * person and day, and linked from the session record.
 */
export function closePlanFor(id: string, closeWorksheet: { id: string; version: number; title: string }, worksheetTitle: string, t: Translate<'session'>): PlanRecord | undefined {
	const session = getSession(id);
	if (!session) return undefined;
	const existing = session.closePlan ? getPlan(session.closePlan) : undefined;
	if (existing) return existing;
	const source = getPlan(session.plan);
	const plan = createPlan(closeWorksheet, {
		title: closePlanTitle(source?.title ?? '', worksheetTitle, t),
		person: source?.person ?? '',
		date: localDay(),
	});
	update(id, (latest) => ({ ...latest, closePlan: plan.id }));
	return plan;
}
