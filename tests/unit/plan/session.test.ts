import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { modelSchema } from '../../../src/schemas/model';
import { worksheetSchema } from '../../../src/schemas/worksheet';
import { createRecord } from '../../../src/plan/record';
import { planToIcs } from '../../../src/plan/codecs/calendar';
import {
	sessionHighlights,
	summaryFields,
	budgetStatus,
	budgetText,
	closePlanTitle,
	createSession,
	decodeSession,
	encodeSession,
	minutesText,
	moveClock,
	pauseClock,
	phaseBudgets,
	planActions,
	resumeClock,
	sessionSteps,
	shortPhaseName,
	spentOn,
	withClosePlan,
	phaseFields,
	inCurrentRound,
	type SessionClock,
} from '../../../src/plan/session';
import { CLOSE_STEP, SUMMARY_STEP, phasePlace } from '../../../src/plan/session-steps';
import { blankRound } from '../../../src/plan/answers/values';
import { textsFor } from '../../../src/components/catalogs';

const t = textsFor('en');

const root = fileURLToPath(new URL('../../..', import.meta.url));
const models = new Map<string, ReturnType<typeof modelSchema.parse>>();
const model = (id: string) => {
	if (!models.has(id)) models.set(id, modelSchema.parse(parse(readFileSync(`${root}/content/models/${id}.yaml`, 'utf8'))));
	return models.get(id)!;
};
const worksheet = (id: string) => ({ ...worksheetSchema.parse(parse(readFileSync(`${root}/content/worksheets/${id}.yaml`, 'utf8'))), id });

const MIN = 60_000;
const T0 = Date.UTC(2026, 10, 24, 10, 0);
const clockAt = (step: string, running: number | null = T0): SessionClock => ({ step, running, spent: {} });

describe('time budgets come from each phase’s share of the session', () => {
	it('splits a 60-minute GROW session 18, 18, 15 and 9 minutes', () => {
		expect(phaseBudgets(60, model('grow').phases)).toEqual({ goal: 18 * MIN, reality: 18 * MIN, options: 15 * MIN, will: 9 * MIN });
	});

	it('keeps seconds when a share is not a whole number of minutes, and every model’s budgets add up to the session, close included', () => {
		// CLEAR without Execute (between sessions) shares 95 points: contract's 10 is 45 min × 10/95.
		expect(phaseBudgets(45, model('clear').phases).contract).toBe(Math.round((45 * 60 * 10) / 95) * 1000);
		for (const id of ['grow', 'clear', 're-grow', 'igrow', 'stairway', 'so-i-grow', 'coaching-process', 'smart', 'icf-competency-8'])
			for (const length of [30, 45, 60, 90] as const)
				for (const withClose of [false, true]) {
					const total = Object.values(phaseBudgets(length, model(id).phases, withClose)).reduce((a, b) => a + b, 0);
					expect(Math.abs(total - length * MIN), `${id} at ${length} min`).toBeLessThanOrEqual((model(id).phases.length + 1) * 500);
				}
	});

	it('gives the close its own share, and a phase between sessions none', () => {
		const grow = phaseBudgets(45, model('grow').phases, true);
		expect(grow[CLOSE_STEP]).toBe(Math.round(45 * 60 * 0.15) * 1000);
		expect(grow.goal).toBe(Math.round(45 * 60 * 0.85 * 0.3) * 1000);
		const clear = phaseBudgets(45, model('clear').phases, true);
		expect(clear.execute).toBeUndefined();
		expect(clear[CLOSE_STEP]).toBeGreaterThan(6 * MIN);
	});

	it('gives no budgets without a timer', () => {
		expect(phaseBudgets(null, model('grow').phases)).toEqual({});
	});
});

describe('the clock counts time per step from timestamps', () => {
	it('counts the running stretch on the current step only', () => {
		const clock = clockAt('goal');
		expect(spentOn(clock, 'goal', T0 + 5 * MIN)).toBe(5 * MIN);
		expect(spentOn(clock, 'reality', T0 + 5 * MIN)).toBe(0);
	});

	it('holds still while paused, and counts again from the resume', () => {
		const paused = pauseClock(clockAt('goal'), T0 + 3 * MIN);
		expect(paused.running).toBeNull();
		expect(spentOn(paused, 'goal', T0 + 60 * MIN)).toBe(3 * MIN);
		expect(pauseClock(paused, T0 + 70 * MIN)).toBe(paused);
		const resumed = resumeClock(paused, T0 + 10 * MIN);
		expect(spentOn(resumed, 'goal', T0 + 12 * MIN)).toBe(5 * MIN);
		expect(resumeClock(resumed, T0 + 20 * MIN)).toBe(resumed);
	});

	it('keeps the time with the step left when moving, back and forth', () => {
		let clock = clockAt('goal');
		clock = moveClock(clock, 'reality', T0 + 4 * MIN);
		clock = moveClock(clock, 'goal', T0 + 10 * MIN);
		clock = moveClock(clock, 'reality', T0 + 11 * MIN);
		expect(spentOn(clock, 'goal', T0 + 20 * MIN)).toBe(5 * MIN);
		expect(spentOn(clock, 'reality', T0 + 20 * MIN)).toBe(6 * MIN + 9 * MIN);
		expect(moveClock(clock, 'reality', T0 + 30 * MIN)).toBe(clock);
	});

	it('moves a paused clock without counting, and stays paused', () => {
		const moved = moveClock(pauseClock(clockAt('goal'), T0 + 2 * MIN), 'will', T0 + 40 * MIN);
		expect(moved.running).toBeNull();
		expect(moved.spent).toEqual({ goal: 2 * MIN });
		expect(spentOn(moved, 'will', T0 + 50 * MIN)).toBe(0);
	});

	it('never takes time away when the device clock is set back', () => {
		expect(spentOn(clockAt('goal'), 'goal', T0 - 10 * MIN)).toBe(0);
		expect(pauseClock(clockAt('goal'), T0 - MIN).spent.goal).toBe(0);
	});
});

describe('time against a budget, in calm words', () => {
	it('shows whole minutes spent and the budget to the second', () => {
		expect(minutesText(59_999, t)).toBe('0 min');
		expect(minutesText(12 * MIN + 59_000, t)).toBe('12 min');
		expect(budgetText(18 * MIN, t)).toBe('18 min');
		expect(budgetText(6 * MIN + 45_000, t)).toBe('6 min 45 s');
		expect(budgetText(27_000, t)).toBe('27 s');
	});

	it('says when a phase is over its share, and by how much, without ever blocking', () => {
		expect(budgetStatus(5 * MIN, 9 * MIN, t)).toMatchObject({ spentText: '5 min', budgetText: '9 min', over: false, used: 5 / 9 });
		expect(budgetStatus(9 * MIN + 10_000, 9 * MIN, t)).toMatchObject({ over: true, overText: 'less than a minute over', used: 1 });
		expect(budgetStatus(12 * MIN, 9 * MIN, t)).toMatchObject({ over: true, overText: '3 min over' });
		expect(budgetStatus(12 * MIN, undefined, t)).toEqual({ spentText: '12 min', over: false, used: 0 });
	});
});

describe('steps and labels', () => {
	it('runs the phases, then the close, then the summary', () => {
		expect(sessionSteps(['goal', 'reality'], true)).toEqual(['goal', 'reality', CLOSE_STEP, SUMMARY_STEP]);
		expect(sessionSteps(['8-1'], false)).toEqual(['8-1', SUMMARY_STEP]);
	});

	it('names a phase and its place', () => {
		expect(phasePlace(['goal', 'reality', 'options', 'will'], 'reality', 'Reality', t)).toBe('Reality, 2 of 4');
		expect(shortPhaseName({ name: 'Marker 8.1: Progress toward the session goal', letter: '8.1' })).toBe('8.1');
		expect(shortPhaseName({ name: 'Reality', letter: 'R' })).toBe('Reality');
	});

	it('titles the close plan after the session’s plan', () => {
		expect(closePlanTitle('Run a 10k', 'GROW action plan', t)).toBe('Session close: Run a 10k');
		expect(closePlanTitle('  ', 'GROW action plan', t)).toBe('Session close: GROW action plan');
	});

});

describe('what each phase’s screen asks', () => {
	it('gives every RE-GROW phase its part of the current round, and the series’ own sections beside it', () => {
		const sheet = worksheet('re-grow');
		const asked = Object.fromEntries(
			model('re-grow').phases.map((phase) => {
				const { sections, rounds } = phaseFields(sheet, phase.id);
				return [phase.id, { rounds: rounds.map(({ field, parts }) => `${field.id}: ${parts.join(', ')}`), sections: sections.flatMap((s) => s.fields.map((f) => f.id)) }];
			}),
		);
		expect(asked).toEqual({
			review: { rounds: ['rounds: date, happened'], sections: [] },
			evaluate: { rounds: ['rounds: evaluation, adjustments'], sections: ['evaluate-trend', 'evaluate-keep', 'evaluate-learning', 'evaluate-goal'] },
			goal: { rounds: ['rounds: round-goal'], sections: ['series-goal', 'series-why', 'series-end'] },
			reality: { rounds: ['rounds: round-reality, round-position'], sections: [] },
			options: { rounds: ['rounds: round-options'], sections: [] },
			will: { rounds: ['rounds: round-will, round-commitment, round-next-session'], sections: ['will-ready'] },
		});
	});

	it('shows a worksheet without round parts section by section, review rounds whole', () => {
		const sheet = worksheet('clear');
		expect(phaseFields(sheet, 'review').sections.flatMap((s) => s.fields.map((f) => f.id))).toEqual(['review-rounds', 'review-takeaway', 'review-session-feedback']);
		expect(phaseFields(sheet, 'review').rounds).toEqual([]);
	});

	it('writes into the latest round, or into a new round dated today when there is none', () => {
		const older = { ...blankRound('2026-10-01'), id: 'a' };
		const latest = { ...blankRound('2026-11-01'), id: 'b' };
		const happened = (round: typeof latest) => ({ ...round, happened: 'Called Sam' });
		expect(inCurrentRound([older, latest], '2026-12-03', happened)).toEqual([older, { ...latest, happened: 'Called Sam' }]);
		const [made] = inCurrentRound([], '2026-12-03', happened);
		expect(made).toMatchObject({ date: '2026-12-03', happened: 'Called Sam', answers: {} });
	});
});

describe('a plan’s actions for the summary', () => {
	it('lists written action rows, also those inside review rounds, with their dates', () => {
		const grow = worksheet('grow');
		const plan = createRecord(grow, new Date(T0), {
			answers: {
				'will-actions': [
					{ what: 'Book a physio', by: '2026-12-01', support: '', done: false },
					{ what: '  ', by: '', support: '', done: true },
				],
			},
		});
		expect(planActions(plan, grow, t)).toEqual([{ what: 'Book a physio', by: '2026-12-01', done: false, from: 'Actions' }]);
		const inRounds = {
			sections: [
				{
					phase: 'review',
					fields: [
						{
							id: 'rounds',
							kind: 'reviews' as const,
							label: 'Rounds',
							fields: [{ id: 'steps', kind: 'actions' as const, label: 'Steps' }],
						},
					],
				},
			],
		};
		const rounds = createRecord({ id: 'x', version: 1 }, new Date(T0), {
			answers: {
				rounds: [
					{ id: 'r1', date: '', happened: '', evaluation: '', adjustments: '', answers: { steps: [{ what: 'Call Sam', by: '', support: '', done: true }] } },
				],
			},
		});
		expect(planActions(rounds, inRounds, t)).toEqual([{ what: 'Call Sam', by: '', done: true, from: 'Round 1: Steps' }]);
	});

	it('lists a row with a date and no text, as the calendar does: one rule for which rows count', () => {
		const grow = worksheet('grow');
		const plan = createRecord(grow, new Date(T0), {
			answers: { 'will-actions': [{ what: '  ', by: '2026-12-02', support: '', done: false }] },
		});
		expect(planActions(plan, grow, t)).toEqual([{ what: 'Action', by: '2026-12-02', done: false, from: 'Actions' }]);
		const made = planToIcs(plan, grow, t);
		expect(made.ok && made.text).toContain('DTSTART;VALUE=DATE:20261202');
		expect(made.ok && made.text).toContain('SUMMARY:Action');
	});

	it('joins a plan and its close plan for one calendar, without clashing field ids', () => {
		const grow = worksheet('grow');
		const close = worksheet('session-close');
		const plan = createRecord(grow, new Date(T0), { answers: { goal: 'Run' } });
		const closePlan = createRecord(close, new Date(T0), { answers: { 'accountability-check-date': '2026-12-10' } });
		const joined = withClosePlan(plan, grow, closePlan, close);
		expect(joined.record.answers).toEqual({ goal: 'Run', 'close-accountability-check-date': '2026-12-10' });
		expect(joined.definition.sections.flatMap((s) => s.fields).some((f) => f.id === 'close-accountability-check-date')).toBe(true);
		expect(withClosePlan(plan, grow, undefined, close).record).toBe(plan);
	});
});

describe('the stored session record', () => {
	const session = createSession({ id: 's1', model: 'grow', worksheet: 'grow', plan: 'p1', length: 45, step: 'goal' }, T0);

	it('starts with the clock running on the first step, no notes and nothing ticked', () => {
		expect(session).toMatchObject({ format: 1, running: T0, spent: {}, asked: {}, notes: '', created: '2026-11-24T10:00:00.000Z' });
	});

	it('reads back what it wrote, and keeps fields a newer site added', () => {
		const later = { ...pauseClock(moveClock(session, 'reality', T0 + MIN), T0 + 2 * MIN), notes: 'Ask about sleep', closePlan: 'c1' };
		expect(decodeSession(encodeSession(later))).toEqual(later);
		expect(decodeSession(JSON.stringify({ ...session, extra: 1 }))).toMatchObject({ extra: 1 });
	});

	it('refuses what is not a session', () => {
		expect(decodeSession('not json')).toBeNull();
		expect(decodeSession('[]')).toBeNull();
		expect(decodeSession(JSON.stringify({ ...session, length: 50 }))).toBeNull();
		expect(decodeSession(JSON.stringify({ ...session, spent: { goal: -1 } }))).toBeNull();
		expect(decodeSession(JSON.stringify({ ...session, format: 2 }))).toBeNull();
	});
});

describe('what a session summary leads with', () => {
	const at = new Date('2026-11-24T10:00:00Z');
	it('takes the goal and commitment from the plan and the takeaway from the close, by the fields each worksheet names', () => {
		const plan = createRecord(worksheet('igrow'), at, { answers: { 'goal-smart': { goal: 'Run 5 km', specific: '', measurable: '', achievable: '', relevant: '', timeBound: '' }, 'will-commitment': 6 } });
		const close = createRecord(worksheet('session-close'), at, { answers: { 'closing-takeaway': 'Start small', 'accountability-commitment': 9 } });
		const fields = (id: string) => summaryFields(worksheet(id));
		expect(sessionHighlights(t, plan, fields('igrow'), close, fields('session-close'))).toEqual({ goal: 'Run 5 km', commitment: '6 out of 10', takeaway: 'Start small' });
		expect(sessionHighlights(t, createRecord(worksheet('grow'), at), fields('grow'), close, fields('session-close'))).toEqual({ commitment: '9 out of 10', takeaway: 'Start small' });
		const series = createRecord(worksheet('re-grow'), at, {
			answers: { rounds: [{ id: 'r1', date: '', happened: '', evaluation: '', adjustments: '', answers: { 'round-commitment': 4, 'round-next-session': '2027-01-08' } }] },
		});
		expect(sessionHighlights(t, series, fields('re-grow'))).toEqual({ commitment: '4 out of 10', next: '2027-01-08' });
	});

	it('takes CLEAR’s takeaway from its end-of-session review, before the close’s', () => {
		const plan = createRecord(worksheet('clear'), at, { answers: { 'review-takeaway': 'Ask the team first', 'action-commitment': 8 } });
		const close = createRecord(worksheet('session-close'), at, { answers: { 'closing-takeaway': 'Start small' } });
		expect(sessionHighlights(t, plan, summaryFields(worksheet('clear')), close, summaryFields(worksheet('session-close')))).toEqual({
			commitment: '8 out of 10',
			takeaway: 'Ask the team first',
		});
	});

	it('refuses a worksheet whose summary names a field that is not there or of the wrong kind', () => {
		const sheet = parse(readFileSync(`${root}/content/worksheets/grow.yaml`, 'utf8'));
		const wrong = worksheetSchema.safeParse({ ...sheet, summary: { commitment: 'goal', takeaway: 'nowhere' } });
		expect(wrong.success).toBe(false);
		expect(wrong.error?.issues.map((issue) => issue.message)).toEqual([
			'"goal" is not a scale field of this worksheet (nor of its rounds)',
			'"nowhere" is not a short-text or long-text field of this worksheet (nor of its rounds)',
		]);
	});
});
