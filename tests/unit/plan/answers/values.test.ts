import { describe, expect, it } from 'vitest';
import type { Field, FieldKind } from '../../../../src/schemas/worksheet';
import { emptyValue, isAnswered, isValueOf, valueFor } from '../../../../src/plan/answers/values';

const row = (what: string, done = false) => ({ what, by: '2026-12-01', support: 'Coach', done });
const smartGoal = (goal = '') => ({ goal, specific: '', measurable: '', achievable: '', relevant: '', timeBound: '' });
const round = (answers: Record<string, unknown> = {}) => ({
	id: 'r1',
	date: '2026-11-24',
	happened: '',
	evaluation: '',
	adjustments: '',
	answers,
});

/** For each kind: values a visitor's answer can take, and shapes that must not be mistaken for one. */
const cases: { [K in FieldKind]: { valid: unknown[]; invalid: unknown[] } } = {
	'short-text': { valid: ['', 'Run 10k'], invalid: [undefined, null, 3, ['Run 10k'], { text: 'Run 10k' }] },
	'long-text': { valid: ['', 'Line one\nLine two'], invalid: [undefined, null, false, ['a']] },
	list: { valid: [[], ['one', ''], ['a', 'b', 'c']], invalid: ['one', [1], ['a', null], { 0: 'a' }] },
	scale: { valid: [null, 1, 7, 10], invalid: [0, 11, 2.5, '7', undefined, NaN, -3] },
	date: { valid: ['', '2026-11-24', '1999-01-31'], invalid: ['24/11/2026', '2026-11-24T10:00', '2026-1-4', 20261124, null] },
	choice: { valid: ['', 'First'], invalid: [['First'], 1, null] },
	checklist: { valid: [[], ['Manager', 'Friend']], invalid: ['Manager', [true], null] },
	actions: {
		valid: [[], [row('Buy shoes'), row('', true)], [{ what: '', by: '', support: '', done: false }]],
		invalid: [
			[{ what: 'Buy shoes', by: '', support: '' }],
			[{ ...row('Buy shoes'), done: 'yes' }],
			[{ what: 'Buy shoes', support: '', done: false }],
			['Buy shoes'],
			[null],
			row('Buy shoes'),
		],
	},
	smart: {
		valid: [smartGoal(), smartGoal('Run 10k')],
		invalid: [
			'Run 10k',
			{ goal: 'Run 10k' },
			{ ...smartGoal(), timeBound: undefined },
			{ ...smartGoal(), measurable: 10 },
			[smartGoal()],
			null,
		],
	},
	reviews: {
		valid: [[], [round()], [round({ 'round-goal': 'Run 5k' })]],
		invalid: [
			round(),
			[{ ...round(), answers: null }],
			[{ ...round(), id: 1 }],
			[{ date: '', happened: '', evaluation: '', adjustments: '', answers: {} }],
			[{ ...round(), evaluation: undefined }],
		],
	},
};

const kinds = Object.keys(cases) as FieldKind[];
const show = (value: unknown) => (value === undefined || Number.isNaN(value) ? String(value) : JSON.stringify(value));

describe.each(kinds)('a %s field', (kind) => {
	it('starts empty, with an empty value that is of its kind and not answered', () => {
		expect(isValueOf(kind, emptyValue(kind))).toBe(true);
		expect(isAnswered(kind, emptyValue(kind))).toBe(false);
	});

	it('gives each field its own empty value, so filling one never fills another', () => {
		const a = emptyValue(kind);
		const b = emptyValue(kind);
		if (typeof a === 'object' && a !== null) expect(a).not.toBe(b);
		expect(a).toEqual(b);
	});

	it.each(cases[kind].valid.map((value) => [show(value), value]))('accepts %s', (_, value) => {
		expect(isValueOf(kind, value)).toBe(true);
	});

	it.each(cases[kind].invalid.map((value) => [show(value), value]))('refuses %s', (_, value) => {
		expect(isValueOf(kind, value)).toBe(false);
		expect(isAnswered(kind, value)).toBe(false);
	});
});

describe('a date field holds a real day or nothing', () => {
	// One YYYY-MM-DD rule for the whole site (plan/dates.ts): month 13 and 30 February are not days.
	it('refuses month 13 and 30 February, and takes real days and the empty value', () => {
		expect(isValueOf('date', '2026-13-01')).toBe(false);
		expect(isValueOf('date', '2026-02-30')).toBe(false);
		expect(isValueOf('date', '2028-02-29')).toBe(true);
		expect(isValueOf('date', '')).toBe(true);
	});

	it('takes a year still being typed, so a date input is never cleared under the visitor', () => {
		for (const year of ['0002', '0020', '0202', '2026']) expect(isValueOf('date', `${year}-01-15`)).toBe(true);
	});
});

describe('whether a field has been answered', () => {
	it('counts text only when it is more than spaces', () => {
		expect(isAnswered('short-text', '   ')).toBe(false);
		expect(isAnswered('long-text', '\n\t')).toBe(false);
		expect(isAnswered('short-text', ' Run ')).toBe(true);
		expect(isAnswered('date', '2026-11-24')).toBe(true);
		expect(isAnswered('choice', 'First')).toBe(true);
	});

	it('counts any rating, including the lowest', () => {
		expect(isAnswered('scale', 1)).toBe(true);
		expect(isAnswered('scale', null)).toBe(false);
	});

	it('counts a list or checklist only when an entry has text', () => {
		expect(isAnswered('list', ['', '  '])).toBe(false);
		expect(isAnswered('list', ['', 'Parkrun'])).toBe(true);
		expect(isAnswered('checklist', ['Manager'])).toBe(true);
	});

	// One rule for screen, print, Markdown and calendar: a row with a date or a helper is filled too.
	it('counts an action table when a row has a what, a date or a helper, never for a tick alone', () => {
		expect(isAnswered('actions', [{ what: ' ', by: '', support: ' ', done: true }])).toBe(false);
		expect(isAnswered('actions', [{ what: ' ', by: '2026-12-01', support: '', done: false }])).toBe(true);
		expect(isAnswered('actions', [{ what: '', by: '', support: 'Coach', done: false }])).toBe(true);
		expect(isAnswered('actions', [row('Buy shoes')])).toBe(true);
	});

	it('counts a SMART goal when any of its prompts has text', () => {
		expect(isAnswered('smart', { ...smartGoal(), relevant: 'It matters' })).toBe(true);
		expect(isAnswered('smart', { ...smartGoal(), goal: '  ' })).toBe(false);
	});

	it('counts reviews once a round exists, even an empty one', () => {
		expect(isAnswered('reviews', [round()])).toBe(true);
	});

	it('does not crash on a SMART value carrying an extra key that is not text', () => {
		const value = { ...smartGoal(), version: 2 };
		expect(isValueOf('smart', value)).toBe(true);
		expect(() => isAnswered('smart', value)).not.toThrow();
	});
});

describe('reading a stored answer for a field', () => {
	const scale: Field = { id: 'commitment', kind: 'scale', label: 'How committed?', lowLabel: 'low', highLabel: 'high' };
	const list: Field = { id: 'tried', kind: 'list', label: 'Tried', itemLabel: 'Item' };

	it('returns the stored answer when it fits the field', () => {
		const answers = { commitment: 8, tried: ['Parkrun'] };
		expect(valueFor(scale, answers)).toBe(8);
		expect(valueFor(list, answers)).toBe(answers.tried);
	});

	it('falls back to empty for a missing answer', () => {
		expect(valueFor(scale, {})).toBeNull();
		expect(valueFor(list, {})).toEqual([]);
	});

	it('falls back to empty for a wrong-shaped answer and leaves the stored one as it is', () => {
		const answers = { commitment: '8', tried: 'Parkrun' };
		const before = structuredClone(answers);
		expect(valueFor(scale, answers)).toBeNull();
		expect(valueFor(list, answers)).toEqual([]);
		expect(answers).toEqual(before);
	});
});
