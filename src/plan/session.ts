/**
 * A guided session (session mode, `/session/<model>/`): its steps, time budgets and clock, and the
 * record the sessions store keeps. Pure functions of their inputs and of timestamps passed in, so
 * the clock can be tested without waiting.
 *
 * A session is a second view of one plan: the answers live in the plan (`record.ts`); the session
 * record holds only what belongs to the conversation itself: its length, where it is, time spent
 * per step, the prompts the coach ticked, the coach's private notes, and the linked session-close plan.
 */

import * as v from 'valibot';
import type { Field, ReviewsFieldDefinition, Section, WorksheetDefinition } from '../schemas/worksheet';
import type { PlanRecord } from './record';
import { isObject } from './record';
import { actionTitle, blankRound, type ReviewRound } from './answers/values';
import { fieldRules } from './fields';
import { withCloseAnswers, withCloseFields } from './session-close';
import type { FieldRules } from './fields/types';
import type { Translate } from './i18n/translate';
import { CLOSE_STEP, SESSION_LENGTHS, SUMMARY_STEP, type SessionLength } from './session-steps';

export const SESSION_FORMAT = 1;

export { CLOSE_WORKSHEET } from './session-close';

const MINUTE = 60_000;

/** The clock of a session: the step it is on, time spent per step, and when the running stretch began. */
export interface SessionClock {
	/** A phase id, `CLOSE_STEP` or `SUMMARY_STEP`. */
	step: string;
	/** Epoch milliseconds when the current stretch began; `null` while paused or finished. */
	running: number | null;
	/** Milliseconds spent per step, not counting the current stretch. */
	spent: Record<string, number>;
}

/**
 * The close's share of a session with a close, in percent. Closing well (progress, learning, the
 * actions and how they will be followed up: ICF competency 8) takes real time; without its own share
 * the last phase's budget ran through it.
 */
export const CLOSE_SHARE = 15;

/**
 * Each step's time budget in milliseconds, to the second: the close (when the session has one) takes
 * `CLOSE_SHARE` percent of the session, and the phases share the rest by their `timeShare`, leaving
 * out phases that happen between sessions (they get no budget). No budgets without a timer.
 * @example phaseBudgets(60, [{ id: 'goal', timeShare: 30 }, { id: 'will', timeShare: 70 }]) // { goal: 1_080_000, will: 2_520_000 }
 */
export function phaseBudgets(
	length: SessionLength,
	phases: { id: string; timeShare: number; betweenSessions?: boolean }[],
	withClose = false,
): Record<string, number> {
	if (length === null) return {};
	const seconds = length * 60;
	const closeSeconds = withClose ? Math.round((seconds * CLOSE_SHARE) / 100) : 0;
	const inSession = phases.filter((phase) => !phase.betweenSessions);
	const shares = inSession.reduce((sum, phase) => sum + phase.timeShare, 0);
	const budgets = Object.fromEntries(inSession.map((phase) => [phase.id, Math.round(((seconds - closeSeconds) * phase.timeShare) / shares) * 1000]));
	return withClose ? { ...budgets, [CLOSE_STEP]: closeSeconds * 1000 } : budgets;
}

/** The stretch since `running`, never negative (a clock set back must not take time away). */
const stretch = (clock: SessionClock, now: number) => (clock.running === null ? 0 : Math.max(0, now - clock.running));

/** Time spent on a step so far, counting the running stretch when it is the current step. */
export function spentOn(clock: SessionClock, step: string, now: number): number {
	return (clock.spent[step] ?? 0) + (clock.step === step ? stretch(clock, now) : 0);
}

/** The running stretch added to the current step's total. */
function settle(clock: SessionClock, now: number): Record<string, number> {
	if (clock.running === null) return clock.spent;
	return { ...clock.spent, [clock.step]: spentOn(clock, clock.step, now) };
}

/** Stops the clock, keeping the time spent so far. Pausing a paused clock changes nothing. */
export function pauseClock<C extends SessionClock>(clock: C, now: number): C {
	return clock.running === null ? clock : { ...clock, spent: settle(clock, now), running: null };
}

/** Starts the clock again from `now`. */
export function resumeClock<C extends SessionClock>(clock: C, now: number): C {
	return clock.running === null ? { ...clock, running: now } : clock;
}

/** Moves to another step: the time so far stays with the step left, and a running clock keeps running. */
export function moveClock<C extends SessionClock>(clock: C, step: string, now: number): C {
	if (step === clock.step) return clock;
	return { ...clock, spent: settle(clock, now), step, running: clock.running === null ? null : now };
}

/** How time spent compares with a budget, in the words the screen and the summary share. */
export interface BudgetStatus {
	spentText: string;
	/** Absent without a budget. */
	budgetText?: string;
	over: boolean;
	/** "3 min over", or absent when within the budget. */
	overText?: string;
	/** How much of the budget is used, from 0 to 1 (1 when over). */
	used: number;
}

/** Whole minutes, counted down: "0 min", "1 min", "12 min" (a calm display changes once a minute). */
export function minutesText(ms: number, t: Translate<'session'>): string {
	return t('session.minutes', { count: Math.floor(ms / MINUTE) });
}

/** A budget in words, to the second when it is not a whole number of minutes: "18 min", "6 min 45 s". */
export function budgetText(ms: number, t: Translate<'session'>): string {
	const seconds = Math.round(ms / 1000);
	const [minutes, rest] = [Math.floor(seconds / 60), seconds % 60];
	if (minutes === 0) return t('session.seconds', { seconds: rest });
	return rest === 0 ? t('session.minutes', { count: minutes }) : t('session.minutes-seconds', { minutes, seconds: rest });
}

export function budgetStatus(spent: number, budget: number | undefined, t: Translate<'session'>): BudgetStatus {
	if (budget === undefined) return { spentText: minutesText(spent, t), over: false, used: 0 };
	const over = spent > budget;
	return {
		spentText: minutesText(spent, t),
		budgetText: budgetText(budget, t),
		over,
		overText: over ? (spent - budget < MINUTE ? t('session.over-less') : t('session.over', { time: minutesText(spent - budget, t) })) : undefined,
		used: budget > 0 ? Math.min(1, spent / budget) : 1,
	};
}

/** A phase name short enough for the progress bar: long names ("Marker 8.1: …") give way to their letter. */
export function shortPhaseName(phase: { name: string; letter?: string }): string {
	return phase.name.length > 18 && phase.letter ? phase.letter : phase.name;
}

/** The steps of a session in order: the model's phases, the close (unless the session is itself a close), the summary. */
export function sessionSteps(phaseIds: string[], withClose: boolean): string[] {
	return [...phaseIds, ...(withClose ? [CLOSE_STEP] : []), SUMMARY_STEP];
}

/** What a phase's screen shows of the worksheet. */
export interface PhaseFields {
	/** The worksheet's sections for the phase, without review fields that are shown round part by round part. */
	sections: Section[];
	/** Review fields whose current round has parts on this phase's screen (see `sessionPhases`), with those parts in order. */
	rounds: { field: ReviewsFieldDefinition; parts: string[] }[];
}

/**
 * The worksheet's questions for one phase of a session. A review field that declares `sessionPhases` (RE-GROW's
 * rounds) gives each named phase the parts of its current round, and is not shown whole anywhere.
 */
export function phaseFields(definition: Pick<WorksheetDefinition, 'sections'>, phaseId: string): PhaseFields {
	const byRound = (field: Field): field is ReviewsFieldDefinition => field.kind === 'reviews' && !!field.sessionPhases;
	const sections = definition.sections
		.filter((section) => section.phase === phaseId)
		.map((section) => ({ ...section, fields: section.fields.filter((field) => !byRound(field)) }))
		.filter((section) => section.fields.length > 0);
	const rounds = definition.sections
		.flatMap((section) => section.fields)
		.filter(byRound)
		.flatMap((field) => {
			const parts = field.sessionPhases?.[phaseId];
			return parts ? [{ field, parts }] : [];
		});
	return { sections, rounds };
}

/**
 * Rounds with a change made to the current one: the latest round, or, when there is none yet, a new
 * round dated `today` (`YYYY-MM-DD`).
 */
export function inCurrentRound(rounds: ReviewRound[], today: string, change: (round: ReviewRound) => ReviewRound): ReviewRound[] {
	return rounds.length ? [...rounds.slice(0, -1), change(rounds[rounds.length - 1])] : [change(blankRound(today))];
}

/** The title of the session-close plan linked to a session's plan, so the two read as a pair. */
export function closePlanTitle(sourceTitle: string, worksheetTitle: string, t: Translate<'session'>): string {
	return t('session.close-plan-title', { title: sourceTitle.trim() || worksheetTitle });
}

/** One action of a plan, as the session summary lists it. */
export interface PlanAction {
	what: string;
	/** `YYYY-MM-DD` or empty. */
	by: string;
	done: boolean;
	/** The field (and round) it was written in. */
	from: string;
}

/**
 * Every action a plan holds: the rows of its action tables, also those inside review rounds
 * (numbered by round). The rows `isActionFilled` accepts, as screen, print, Markdown and calendar show.
 */
export function planActions(record: PlanRecord, definition: Pick<WorksheetDefinition, 'sections'>, t: Translate<'session' | 'print'>): PlanAction[] {
	const actions: PlanAction[] = [];
	// Each kind says what it holds: action rows, or answers nested in rounds (named "Round 1: <label>").
	const walk = (fields: Field[], answers: Record<string, unknown>, from: (label: string) => string) => {
		for (const field of fields) {
			const rules = fieldRules[field.kind] as FieldRules<unknown>;
			const value = answers[field.id];
			if (!rules.is(value)) continue;
			for (const row of rules.actionRows?.(value) ?? []) actions.push({ what: actionTitle(row, t), by: row.by, done: row.done, from: from(field.label) });
			for (const { name, answers: inner } of rules.nested?.(value, t) ?? [])
				walk('fields' in field ? field.fields : [], inner, (label) => t('session.in-part', { part: name, field: label }));
		}
	};
	for (const section of definition.sections) walk(section.fields, record.answers, (label) => label);
	return actions;
}

/**
 * What a session summary leads with, as text: the goal, the commitment ("8 out of 10"), the takeaway;
 * and the next date agreed, `YYYY-MM-DD`.
 */
export interface SessionHighlights {
	goal?: string;
	commitment?: string;
	takeaway?: string;
	next?: string;
}
type HighlightKey = keyof SessionHighlights;
const HIGHLIGHTS: HighlightKey[] = ['goal', 'commitment', 'takeaway', 'next'];

/**
 * Where each highlight of a worksheet's plans is answered: the field path its `summary` names and that
 * field's kind (a round's field for `<reviews>.<field>`). Worked out once from the definition, so a page
 * can pass it to an island without the whole worksheet.
 */
export type SummaryFields = Partial<Record<HighlightKey, { path: string; kind: Field['kind'] }>>;

export function summaryFields(definition: Pick<WorksheetDefinition, 'summary' | 'sections'>): SummaryFields {
	const top = definition.sections.flatMap((section) => section.fields);
	const found: SummaryFields = {};
	for (const key of HIGHLIGHTS) {
		const path = definition.summary[key];
		if (!path) continue;
		const [id, inner] = path.split('.');
		const field = top.find((f) => f.id === id);
		const target = inner === undefined ? field : field && 'fields' in field ? field.fields.find((f) => f.id === inner) : undefined;
		if (target) found[key] = { path, kind: target.kind };
	}
	return found;
}

/** One highlight of a plan, or undefined when unanswered; a round's field is read from the latest round. */
function highlight(record: PlanRecord | undefined, fields: SummaryFields | undefined, key: HighlightKey, t: Translate<'print' | 'common'>): string | undefined {
	const where = fields?.[key];
	if (!record || !where) return undefined;
	const [id, inner] = where.path.split('.');
	const outer = Object.hasOwn(record.answers, id) ? record.answers[id] : undefined;
	const rounds = inner === undefined ? undefined : fieldRules.reviews;
	const latest = rounds?.is(outer) ? rounds.nested!(outer, t).at(-1)?.answers : undefined;
	const value = inner === undefined ? outer : latest && Object.hasOwn(latest, inner) ? latest[inner] : undefined;
	const rules = fieldRules[where.kind] as FieldRules<unknown>;
	if (!rules.is(value) || !rules.answered(value)) return undefined;
	// The next date stays `YYYY-MM-DD` (compared with today, formatted where shown); the rest as the kind writes it.
	if (key === 'next') return typeof value === 'string' ? value : undefined;
	return rules.text(value, t).split('\n')[0].trim() || undefined;
}

/** The highlights of a session, from its plan first and then from its close plan. Unanswered ones are left out. */
export function sessionHighlights(t: Translate<'print' | 'common'>, plan: PlanRecord, fields: SummaryFields, closePlan?: PlanRecord, closeFields?: SummaryFields): SessionHighlights {
	const found: SessionHighlights = {};
	for (const key of HIGHLIGHTS) {
		const value = highlight(plan, fields, key, t) ?? highlight(closePlan, closeFields, key, t);
		if (value !== undefined) found[key] = value;
	}
	return found;
}

/**
 * The stored shape of one session, in localStorage under `cw:session:<id>` (see `store/sessions.ts`).
 * Declared once: it gives the `SessionRecord` type and the check every stored session passes.
 */
const sessionEntries = {
	format: v.literal(SESSION_FORMAT),
	id: v.string(),
	/** Model id (content/models/<model>.yaml). */
	model: v.string(),
	/** Worksheet id of the session's plan. */
	worksheet: v.string(),
	/** Id of the plan the session fills in (`cw:plan:<id>`). */
	plan: v.string(),
	/** Id of the session-close plan, once the close has an answer. */
	closePlan: v.optional(v.string()),
	/** Minutes, or null for no timer. */
	length: v.nullable(v.picklist(SESSION_LENGTHS)),
	step: v.string(),
	running: v.nullable(v.number()),
	spent: v.record(v.string(), v.pipe(v.number(), v.minValue(0))),
	/** Indexes of the example questions the coach ticked as asked, by phase id. */
	asked: v.record(v.string(), v.array(v.pipe(v.number(), v.integer()))),
	/** The coach's private notes: never part of the plan, so no codec of plans can carry them. */
	notes: v.string(),
	created: v.string(),
	updated: v.string(),
	/** When the session reached its summary; absent while it is open. */
	ended: v.optional(v.string()),
};

const sessionSchema = v.looseObject(sessionEntries);
export type SessionRecord = v.InferOutput<v.ObjectSchema<typeof sessionEntries, undefined>>;

export function createSession(
	init: { id: string; model: string; worksheet: string; plan: string; length: SessionLength; step: string },
	now: number,
): SessionRecord {
	const stamp = new Date(now).toISOString();
	return { format: SESSION_FORMAT, ...init, running: now, spent: {}, asked: {}, notes: '', created: stamp, updated: stamp };
}

export const encodeSession = (record: SessionRecord): string => JSON.stringify(record);

/** The session stored in `raw`, or null when it is not one this code can read. */
export function decodeSession(raw: string): SessionRecord | null {
	try {
		const value: unknown = JSON.parse(raw);
		if (!isObject(value)) return null;
		const result = v.safeParse(sessionSchema, value);
		return result.success ? (result.output as SessionRecord) : null;
	} catch {
		return null;
	}
}

/**
 * A plan and its session-close plan joined as one plan of one worksheet (see `session-close.ts`), so a
 * single calendar file holds every date of the session.
 */
export function withClosePlan<D extends Pick<WorksheetDefinition, 'sections'>>(
	plan: PlanRecord,
	definition: D,
	close: PlanRecord | undefined,
	closeDefinition: Pick<WorksheetDefinition, 'sections'> | undefined,
): { record: PlanRecord; definition: D } {
	if (!close || !closeDefinition) return { record: plan, definition };
	return { record: { ...plan, answers: withCloseAnswers(plan.answers, close.answers) }, definition: withCloseFields(definition, closeDefinition) };
}
