import { describe, expect, it } from 'vitest';
import { canCarry, continuedAnswers, continueTargets, resolveMapping, resolvePath, withSessionClose } from '../../../src/plan/continue';
import { withCloseAnswers } from '../../../src/plan/session-close';
import { createRecord } from '../../../src/plan/record';
import { validateRecord } from '../../../src/plan/record-door';
import { loadWorksheets } from './arbitrary-plan';
import { textsFor } from '../../../src/components/catalogs';
import { reasonText } from '../../../src/plan/reason';

const t = textsFor('en');

const worksheets = loadWorksheets();
const sheet = (id: string) => worksheets.find((w) => w.id === id)!;
const withHref = worksheets.map((w) => ({ ...w, href: `/worksheets/${w.id}/` }));
const deepFreeze = <T>(value: T): T => {
	if (value && typeof value === 'object') {
		Object.values(value).forEach(deepFreeze);
		Object.freeze(value);
	}
	return value;
};

describe('every "Continue in…" mapping in the content', () => {
	const entries = worksheets.flatMap((target) => target.continueFrom.map((entry, i) => ({ target, entry, i })));

	it('covers the mappings the coaching asks for', () => {
		const pairs = entries.map(({ target, entry }) => `${entry.worksheet}→${target.id}`);
		expect(pairs).toEqual(expect.arrayContaining(['grow→smart', 're-grow→re-grow', 'clear→clear', 'grow→session-close']));
		// Every worksheet with an action table feeds the session close.
		const withActions = worksheets.filter((w) => w.sections.some((s) => s.fields.some((f) => f.kind === 'actions' || (f.kind === 'reviews' && f.fields.some((i) => i.kind === 'actions')))));
		for (const source of withActions.filter((w) => w.id !== 'session-close')) expect(pairs).toContain(`${source.id}→session-close`);
	});

	for (const { target, entry, i } of entries)
		it(`${target.id}.continueFrom[${i}] (from ${entry.worksheet}) names fields that exist, of kinds that fit`, () => {
			expect(sheet(entry.worksheet)).toBeDefined();
			const source = withSessionClose(entry.worksheet, sheet(entry.worksheet), sheet('session-close'));
			const { carries, problems } = resolveMapping(source, target, entry);
			expect(problems).toEqual([]);
			expect(carries).toHaveLength(Object.keys(entry.map).length);
			for (const { from, to } of carries) expect(canCarry(from.kind, to.kind)).toBe(true);
		});
});

describe('resolving paths', () => {
	it('reads a plan field, a round field and a round text', () => {
		expect(resolvePath(sheet('grow'), 'goal')).toEqual({ path: 'goal', kind: 'short-text', id: 'goal' });
		expect(resolvePath(sheet('re-grow'), 'rounds.round-will')).toEqual({ path: 'rounds.round-will', kind: 'actions', id: 'round-will', reviews: 'rounds' });
		expect(resolvePath(sheet('re-grow'), 'rounds.happened')).toMatchObject({ kind: 'long-text', id: 'happened', reviews: 'rounds' });
	});

	it('says what is missing', () => {
		expect(resolvePath(sheet('grow'), 'goals')).toMatch(/^field "goals" does not exist \(fields: goal, /);
		expect(resolvePath(sheet('re-grow'), 'rounds.round-plan')).toMatch(/^field "round-plan" is not in the rounds of "rounds"/);
		expect(resolvePath(sheet('grow'), 'goal.x')).toBe('"goal.x" names a field inside "goal", which has no rounds');
		expect(resolvePath(sheet('re-grow'), 'series-goal.colour')).toMatch(/^"colour" is not a part of "series-goal" \(its parts: goal, specific, measurable/);
	});

	it('reads a part of a SMART goal as text', () => {
		expect(resolvePath(sheet('re-grow'), 'series-goal.measurable')).toEqual({
			path: 'series-goal.measurable',
			kind: 'long-text',
			id: 'series-goal',
			part: { key: 'measurable', of: 'smart' },
		});
	});
});

describe('continuing a plan', () => {
	const targetsOf = (id: string) => continueTargets(id, withHref);

	it('offers the worksheets a plan can feed', () => {
		expect(targetsOf('grow').map((t) => t.id)).toEqual(expect.arrayContaining(['smart', 're-grow', 'session-close']));
		expect(targetsOf('re-grow').map((t) => t.id)).toEqual(expect.arrayContaining(['re-grow', 'session-close']));
	});

	it('carries a GROW goal into SMART’s rough wording, and leaves the GROW plan as it was', () => {
		const answers = deepFreeze({ goal: 'Run 10 km by June', 'goal-why': 'Health', 'will-actions': [] });
		const smart = targetsOf('grow').find((t) => t.id === 'smart')!;
		expect(continuedAnswers(answers, smart.carries, '2026-12-02', t)).toEqual({ 'specific-first-draft': 'Run 10 km by June' });
	});

	it('carries a RE-GROW plan’s rounds, and starts a new round that reviews the latest round’s actions', () => {
		const round = (n: number, done: boolean) => ({
			id: `r${n}`,
			date: `2026-11-0${n}`,
			happened: '',
			evaluation: '',
			adjustments: '',
			answers: { 'round-commitment': 5 + n, 'round-will': [{ what: `Step ${n}`, by: '2026-12-01', support: 'Jo', done }] },
		});
		const answers = deepFreeze({ 'series-goal': { goal: 'A new job', specific: '', measurable: '', achievable: '', relevant: '', timeBound: '' }, rounds: [round(1, true), round(2, false)] });
		const next = targetsOf('re-grow').find((t) => t.id === 're-grow')!;
		const result = continuedAnswers(answers, next.carries, '2026-12-02', t) as { rounds: { id: string; date: string; happened: string }[] };
		expect(result['series-goal' as never]).toEqual(answers['series-goal']);
		expect(result.rounds).toHaveLength(3);
		expect(result.rounds.slice(0, 2)).toEqual(answers.rounds);
		expect(result.rounds[2]).toMatchObject({ date: '2026-12-02', happened: '- Step 2 (by 1 December 2026, with Jo)', answers: {} });
	});

	it('carries CLEAR’s Action steps into a new Review round, and any plan’s actions into the session close', () => {
		const steps = [{ what: 'Draft the proposal', by: '', support: '', done: true }];
		const clear = targetsOf('clear').find((t) => t.id === 'clear')!;
		const result = continuedAnswers({ 'action-steps': steps, 'contract-purpose': 'Lead well' }, clear.carries, '2026-12-02', t);
		expect(result['contract-purpose']).toBe('Lead well');
		expect(result['review-rounds']).toEqual([expect.objectContaining({ happened: '- Draft the proposal (done)' })]);
		const close = targetsOf('grow').find((t) => t.id === 'session-close')!;
		expect(continuedAnswers({ 'will-actions': steps, 'will-commitment': 8 }, close.carries, '2026-12-02', t)).toEqual({
			'post-session-actions': steps,
			'accountability-commitment': 8,
		});
	});

	it('carries a GROW plan into RE-GROW: the goal with its measure as the M, and the actions of the plan and of its session close into the first round', () => {
		const reGrow = targetsOf('grow').find((t) => t.id === 're-grow')!;
		const own = { goal: 'Run 10 km by June', 'goal-measure': 'A timed 10 km under 65 minutes', 'will-actions': [{ what: 'Join the club', by: '', support: '', done: false }] };
		const close = { 'post-session-actions': [{ what: 'Book a physio check', by: '2026-12-10', support: '', done: false }] };
		const result = continuedAnswers(withCloseAnswers(own, close), reGrow.carries, '2026-12-03', t) as Record<string, any>;
		expect(result['series-goal']).toEqual({ goal: 'Run 10 km by June', specific: '', measurable: 'A timed 10 km under 65 minutes', achievable: '', relevant: '', timeBound: '' });
		expect(result.rounds).toHaveLength(1);
		expect(result.rounds[0].happened).toBe('- Join the club\n\n- Book a physio check (by 10 December 2026)');
	});

	it('skips answers that are empty or of the wrong shape', () => {
		const smart = targetsOf('grow').find((t) => t.id === 'smart')!;
		expect(continuedAnswers({ goal: '   ', 'goal-measure': 42 }, smart.carries, '2026-12-02', t)).toEqual({});
	});
});

describe('the link back to the source plan', () => {
	it('is kept in the record and passes validation', () => {
		const record = createRecord({ id: 'smart', version: 2 }, new Date('2026-12-02T10:00:00Z'), { from: { plan: 'abc', worksheet: 'grow' } });
		expect(record.from).toEqual({ plan: 'abc', worksheet: 'grow' });
		expect(validateRecord(JSON.parse(JSON.stringify(record)))).toEqual({ ok: true, record });
		const refused = validateRecord({ ...record, from: { plan: 3 } });
		expect(refused.ok ? 'ok' : reasonText(refused.reason, t)).toBe('its "from" plan id is not text');
	});
});
