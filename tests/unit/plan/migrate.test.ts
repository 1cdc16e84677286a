import { describe, expect, it } from 'vitest';
import { migrateRecord, retiredAnswers } from '../../../src/plan/migrate';
import { createRecord } from '../../../src/plan/record';
import { loadWorksheets } from './arbitrary-plan';

const worksheets = loadWorksheets();
const sheet = (id: string) => worksheets.find((w) => w.id === id)!;
const at = new Date('2025-11-01T10:00:00Z');

describe('migrating a version 1 RE-GROW plan', () => {
	const v1 = createRecord({ id: 're-grow', version: 1 }, at, {
		answers: {
			rounds: [
				{ id: 'a', date: '2025-10-01', happened: 'x', evaluation: '', adjustments: '', answers: { 'round-actions': ['Call Sam', 'Write CV'], 'round-deadline': '2025-10-08', 'round-commitment': 7 } },
				{ id: 'b', date: '2025-10-15', happened: '', evaluation: '', adjustments: '', answers: { 'round-deadline': '2025-10-22' } },
			],
			'will-next-session': '2025-10-29',
		},
	});

	it('turns each round’s list of actions into an action table dated with its deadline, and moves the next session into the latest round', () => {
		const v2 = migrateRecord(v1, sheet('re-grow'));
		expect(v2.worksheetVersion).toBe(2);
		const rounds = v2.answers.rounds as { answers: Record<string, unknown> }[];
		expect(rounds[0].answers).toEqual({
			'round-commitment': 7,
			'round-will': [
				{ what: 'Call Sam', by: '2025-10-08', support: '', done: false },
				{ what: 'Write CV', by: '2025-10-08', support: '', done: false },
			],
		});
		// A date with no actions is kept as a dated row.
		expect(rounds[1].answers).toEqual({ 'round-will': [{ what: '', by: '2025-10-22', support: '', done: false }], 'round-next-session': '2025-10-29' });
		expect(v2.answers).not.toHaveProperty('will-next-session');
		expect(retiredAnswers(v2, sheet('re-grow'))).toEqual([]);
	});

	it('keeps the next-session date as a retired answer when there is no round to take it', () => {
		const v2 = migrateRecord({ ...v1, answers: { 'will-next-session': '2025-10-29' } }, sheet('re-grow'));
		expect(retiredAnswers(v2, sheet('re-grow'))).toEqual([{ id: 'will-next-session', label: 'When is the next session?', value: '2025-10-29' }]);
	});
});

describe('migrating other worksheets', () => {
	it('moves a CLEAR accountability pick into the free-text answer', () => {
		const v1 = createRecord({ id: 'clear', version: 1 }, at, { answers: { 'action-accountability': 'A shared tracker we both can see' } });
		expect(migrateRecord(v1, sheet('clear')).answers).toEqual({ 'action-accountability-plan': 'A shared tracker we both can see' });
	});

	// GROW 4 (Reality's 1 to 10 scale), IGROW 2 (how the actions help with the issue) and CLEAR 3 (the
	// end-of-session review) only add questions: every old answer stays where it was, none shows as retired.
	it.each([
		{ id: 'grow', from: 3, to: 4, answers: { goal: 'Run 10 km', 'reality-now': 'Twice a week', 'reality-tried': ['A club'], 'will-commitment': 8 }, added: 'reality-position' },
		{ id: 'igrow', from: 1, to: 2, answers: { 'issue-topic': 'Rota', 'will-actions': [{ what: 'Ask Bola', by: '2026-01-05', support: '', done: false }], 'will-review': '2026-02-01' }, added: 'will-link' },
		{
			id: 'clear',
			from: 2,
			to: 3,
			answers: {
				'action-accountability-plan': 'A note before each session',
				'review-rounds': [{ id: 'r', date: '2026-01-05', happened: 'Met Jo', evaluation: '', adjustments: '', answers: { 'review-round-effectiveness': 7 } }],
			},
			added: 'review-takeaway',
		},
	])('opens a $id plan of version $from under version $to with every answer where it was', ({ id, from, to, answers, added }) => {
		const old = createRecord({ id, version: from }, at, { answers });
		const migrated = migrateRecord(old, sheet(id));
		expect(sheet(id).version).toBe(to);
		expect(migrated.worksheetVersion).toBe(to);
		expect(migrated.answers).toEqual(answers);
		expect(retiredAnswers(migrated, sheet(id))).toEqual([]);
		expect(sheet(id).sections.flatMap((section) => section.fields.map((field) => field.id))).toContain(added);
	});

	it('carries a CLEAR version 1 plan through both steps to version 3', () => {
		const v1 = createRecord({ id: 'clear', version: 1 }, at, { answers: { 'action-accountability': 'A shared tracker', 'contract-purpose': 'Lead the team' } });
		const v3 = migrateRecord(v1, sheet('clear'));
		expect(v3.worksheetVersion).toBe(3);
		expect(v3.answers).toEqual({ 'action-accountability-plan': 'A shared tracker', 'contract-purpose': 'Lead the team' });
	});

	it('keeps SMART answers to questions that repeated the builder, as retired answers with their old labels', () => {
		const v1 = createRecord({ id: 'smart', version: 1 }, at, { answers: { 'specific-what': 'More clients', 'specific-first-draft': 'Grow' } });
		const v2 = migrateRecord(v1, sheet('smart'));
		expect(v2.answers).toEqual(v1.answers);
		expect(retiredAnswers(v2, sheet('smart'))).toEqual([{ id: 'specific-what', label: 'What exactly will be different when you have done it?', value: 'More clients' }]);
	});
});
