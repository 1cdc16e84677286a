import { describe, expect, it } from 'vitest';
import { askAbout } from './support/phase-facts';
import type { z } from 'astro/zod';
import { formatPath } from '../../src/build/content-check/check';
import { modelSchema } from '../../src/schemas/model';
import { pageSchema } from '../../src/schemas/page';
import { sourceSchema } from '../../src/schemas/source';
import { worksheetSchema } from '../../src/schemas/worksheet';

/** Each problem as `path message`, the way the content check reports it. */
function problems(schema: z.ZodType, value: unknown): string[] {
	const result = schema.safeParse(value);
	return result.success ? [] : result.error.issues.map((issue) => `${formatPath(issue.path)} ${issue.message}`);
}

const model = {
	name: 'GROW',
	expansion: 'Goal, Reality, Options, Will',
	order: 1,
	summary: 'One conversation from a goal to a next step.',
	origin: 'Made in the 1980s.',
	sources: ['whitmore-coaching-for-performance'],
	phases: [
		{ id: 'goal', letter: 'G', name: 'Goal', summary: 'Agree what the conversation is for.', ...askAbout('goal', 40) },
		{ id: 'will', letter: 'W', name: 'Will', summary: 'Commit to dated steps.', ...askAbout('commit', 60) },
	],
};

describe('a model file', () => {
	it('is accepted with the required facts, and gets a sequence diagram and no use cases by default', () => {
		const parsed = modelSchema.parse(model);
		expect(parsed.diagram).toBe('sequence');
		expect(parsed.useWhen).toEqual([]);
		expect(parsed.phases.map((p) => p.id)).toEqual(['goal', 'will']);
	});

	it('may describe a stairway with its foundation and summit', () => {
		const parsed = modelSchema.parse({ ...model, diagram: 'stairway', foundation: ['Training', 'Ethics'], summit: 'Success' });
		expect(parsed.foundation).toEqual(['Training', 'Ethics']);
		expect(parsed.summit).toBe('Success');
	});

	it('is refused without phases or without sources', () => {
		expect(problems(modelSchema, { ...model, phases: [] })).toEqual([expect.stringMatching(/^phases /)]);
		expect(problems(modelSchema, { ...model, sources: [] })).toEqual([expect.stringMatching(/^sources /)]);
	});

	it('is refused with a diagram kind the site cannot draw', () => {
		expect(problems(modelSchema, { ...model, diagram: 'spiral' })).toEqual([expect.stringMatching(/^diagram /)]);
	});

	it('names the phase whose id is not a slug', () => {
		const phases = [model.phases[0], { ...model.phases[1], id: 'Will Power' }];
		expect(problems(modelSchema, { ...model, phases })).toEqual(['phases[1].id use lowercase letters, digits and hyphens']);
	});

	it('is refused when its phases\' time shares do not add up to 100', () => {
		const phases = model.phases.map((phase) => ({ ...phase, timeShare: 30 }));
		expect(problems(modelSchema, { ...model, phases })).toEqual(['phases time shares add up to 60, not 100']);
	});

	it('names the phase with fewer than three questions, no stage or no time share (the build refuses it)', () => {
		const [goal, will] = model.phases;
		const { stage: _stage, timeShare: _timeShare, ...bare } = will;
		expect(problems(modelSchema, { ...model, phases: [{ ...goal, questions: ['Only one?', 'Two?'] }, will] })).toEqual([
			expect.stringMatching(/^phases\[0\]\.questions /),
		]);
		const missing = problems(modelSchema, { ...model, phases: [goal, { ...bare, timeShare: 60 }] });
		expect(missing).toEqual([expect.stringMatching(/^phases\[1\]\.stage /)]);
		expect(problems(modelSchema, { ...model, phases: [goal, { ...bare, stage: will.stage }] })).toEqual(
			expect.arrayContaining([expect.stringMatching(/^phases\[1\]\.timeShare /)]),
		);
	});

	it('is refused with a fractional or negative teaching order', () => {
		expect(problems(modelSchema, { ...model, order: 1.5 })).toHaveLength(1);
		expect(problems(modelSchema, { ...model, order: -1 })).toHaveLength(1);
	});
});

/** One valid field of every kind. */
const everyKind = [
	{ id: 'goal', kind: 'short-text', label: 'What do you want?' },
	{ id: 'why', kind: 'long-text', label: 'Why does it matter?', hint: 'A paragraph is fine.' },
	{ id: 'tried', kind: 'list', label: 'What have you tried?', itemLabel: 'Attempt' },
	{ id: 'commitment', kind: 'scale', label: 'How committed are you?', lowLabel: 'not at all', highLabel: 'completely' },
	{ id: 'start', kind: 'date', label: 'When do you start?' },
	{ id: 'pick', kind: 'choice', label: 'Which option?', options: ['First', 'Second'] },
	{ id: 'support', kind: 'checklist', label: 'Who helps?', options: ['Manager'] },
	{ id: 'actions', kind: 'actions', label: 'Next steps' },
	{ id: 'smart-goal', kind: 'smart', label: 'Your goal, made SMART' },
	{
		id: 'rounds',
		kind: 'reviews',
		label: 'Session rounds',
		fields: [
			{ id: 'round-goal', kind: 'short-text', label: 'Goal this session' },
			{ id: 'round-score', kind: 'scale', label: 'How far along?' },
		],
	},
];

const worksheet = (fields: unknown[], more: unknown[] = []) => ({
	version: 1,
	model: 'grow',
	title: 'GROW action plan',
	intro: 'Work through the phases in order.',
	sections: [{ phase: 'goal', fields }, ...more],
});

describe('a worksheet file', () => {
	it('accepts a field of every kind', () => {
		const parsed = worksheetSchema.parse(worksheet(everyKind));
		expect(parsed.sections[0].fields.map((f) => f.kind)).toEqual([
			'short-text',
			'long-text',
			'list',
			'scale',
			'date',
			'choice',
			'checklist',
			'actions',
			'smart',
			'reviews',
		]);
	});

	it('fills in the defaults a writer may leave out', () => {
		const parsed = worksheetSchema.parse(
			worksheet([
				{ id: 'tried', kind: 'list', label: 'Tried' },
				{ id: 'score', kind: 'scale', label: 'Score' },
				{ id: 'rounds', kind: 'reviews', label: 'Rounds' },
			]),
		);
		expect(parsed.sections[0].fields).toEqual([
			{ id: 'tried', kind: 'list', label: 'Tried', itemLabel: 'Item' },
			{ id: 'score', kind: 'scale', label: 'Score', lowLabel: 'low', highLabel: 'high' },
			{ id: 'rounds', kind: 'reviews', label: 'Rounds', fields: [] },
		]);
	});

	it('refuses a field kind the island cannot render, pointing at the field', () => {
		// zod reports an unmatched union member as "Invalid input" at the field, without naming the kind.
		expect(problems(worksheetSchema, worksheet([{ id: 'mood', kind: 'sliders', label: 'Mood' }]))).toEqual([
			'sections[0].fields[0] Invalid input',
		]);
	});

	it('refuses a choice with only one option', () => {
		expect(problems(worksheetSchema, worksheet([{ id: 'pick', kind: 'choice', label: 'Pick', options: ['Only'] }]))).toEqual([
			expect.stringMatching(/^sections\[0\]\.fields\[0\]\.options /),
		]);
	});

	it('refuses a checklist with no options', () => {
		expect(problems(worksheetSchema, worksheet([{ id: 'tick', kind: 'checklist', label: 'Tick', options: [] }]))).toEqual([
			expect.stringMatching(/^sections\[0\]\.fields\[0\]\.options /),
		]);
	});

	it('refuses a review round that nests another reviews field', () => {
		const nested = { id: 'rounds', kind: 'reviews', label: 'Rounds', fields: [{ id: 'inner', kind: 'reviews', label: 'Inner' }] };
		expect(problems(worksheetSchema, worksheet([nested]))).toHaveLength(1);
	});

	it('names the field whose id breaks the pattern', () => {
		for (const id of ['Goal', '1st-goal', 'goal_statement', '-goal', '']) {
			expect(problems(worksheetSchema, worksheet([{ id, kind: 'short-text', label: 'Goal' }])), id).toEqual([
				'sections[0].fields[0].id use lowercase letters, digits and hyphens, starting with a letter',
			]);
		}
	});

	it('reports a field id used in two sections at the second use', () => {
		const sheet = worksheet([{ id: 'goal', kind: 'short-text', label: 'Goal' }], [
			{ phase: 'will', fields: [{ id: 'goal', kind: 'long-text', label: 'Goal again' }] },
		]);
		expect(problems(worksheetSchema, sheet)).toEqual([
			'sections[1].fields[0].id field id "goal" is used twice; every field needs its own id',
		]);
	});

	it('reports a field id repeated within one section', () => {
		const sheet = worksheet([
			{ id: 'goal', kind: 'short-text', label: 'Goal' },
			{ id: 'why', kind: 'short-text', label: 'Why' },
			{ id: 'goal', kind: 'short-text', label: 'Goal again' },
		]);
		expect(problems(worksheetSchema, sheet)).toEqual([
			'sections[0].fields[2].id field id "goal" is used twice; every field needs its own id',
		]);
	});

	it('reports a field id repeated inside one reviews field', () => {
		const rounds = {
			id: 'rounds',
			kind: 'reviews',
			label: 'Rounds',
			fields: [
				{ id: 'round-goal', kind: 'short-text', label: 'Goal' },
				{ id: 'round-goal', kind: 'long-text', label: 'Goal again' },
			],
		};
		expect(problems(worksheetSchema, worksheet([rounds]))).toHaveLength(1);
	});

	it('takes the parts of a round each session phase shows, and names a part its rounds do not have', () => {
		const rounds = (sessionPhases: Record<string, string[]>) => ({
			id: 'rounds',
			kind: 'reviews',
			label: 'Rounds',
			fields: [{ id: 'round-goal', kind: 'short-text', label: 'Goal' }],
			sessionPhases,
		});
		expect(problems(worksheetSchema, worksheet([rounds({ review: ['date', 'happened'], goal: ['round-goal'] })]))).toEqual([]);
		expect(problems(worksheetSchema, worksheet([rounds({ goal: ['round-aim'] })]))).toEqual([
			'sections[0].fields[0].sessionPhases.goal[0] "round-aim" is not a part of this field\'s rounds (parts: date, happened, evaluation, adjustments, round-goal)',
		]);
	});

	it('declares no migrations by default, and refuses one newer than the worksheet itself', () => {
		expect(worksheetSchema.parse(worksheet(everyKind)).migrations).toEqual([]);
		const sheet = { ...worksheet(everyKind), version: 2, migrations: [{ version: 3, rename: { goal: 'aim' } }] };
		expect(problems(worksheetSchema, sheet)).toEqual([
			"migrations[0].version migration to version 3 is newer than the worksheet's version 2",
		]);
	});

	it('refuses a worksheet without sections, a section without fields, or a version below 1', () => {
		expect(problems(worksheetSchema, { ...worksheet([]), sections: [] })).toEqual([expect.stringMatching(/^sections /)]);
		expect(problems(worksheetSchema, worksheet([]))).toEqual([expect.stringMatching(/^sections\[0\]\.fields /)]);
		expect(problems(worksheetSchema, { ...worksheet(everyKind), version: 0 })).toEqual([expect.stringMatching(/^version /)]);
	});
});

describe('a source entry', () => {
	const source = {
		id: 'doran-smart',
		title: "There's a S.M.A.R.T. way to write management's goals and objectives",
		author: 'George T. Doran',
		year: 1981,
		publisher: 'Management Review 70(11)',
		url: 'https://example.org/doran',
		note: 'Origin of the SMART letters.',
	};

	it('is accepted with every field, or with only id, title and author', () => {
		expect(sourceSchema.parse(source)).toEqual(source);
		expect(sourceSchema.parse({ id: 'x', title: 'T', author: 'A' })).toEqual({ id: 'x', title: 'T', author: 'A' });
	});

	it('is refused with an id that is not a slug', () => {
		expect(problems(sourceSchema, { ...source, id: 'Doran SMART' })).toEqual(['id use lowercase letters, digits and hyphens']);
	});

	it('is refused with an address that is not a URL, or a year that is not a whole number', () => {
		expect(problems(sourceSchema, { ...source, url: 'example dot org' })).toEqual([expect.stringMatching(/^url /)]);
		expect(problems(sourceSchema, { ...source, year: '1981' })).toEqual([expect.stringMatching(/^year /)]);
	});

	it('is refused without a title or an author', () => {
		expect(problems(sourceSchema, { id: 'x', title: '', author: 'A' })).toEqual([expect.stringMatching(/^title /)]);
		expect(problems(sourceSchema, { id: 'x', title: 'T' })).toEqual([expect.stringMatching(/^author /)]);
	});
});

describe('a page’s frontmatter', () => {
	it('may be empty, and then cites no sources', () => {
		expect(pageSchema.parse({})).toEqual({ sources: [] });
	});

	it('names a model, a phase, its sources and an embedded worksheet', () => {
		const data = { model: 'grow', phase: 'goal', sources: ['doran-smart'], worksheet: 'grow' };
		expect(pageSchema.parse({ title: 'Goal (GROW)', ...data })).toEqual(data);
	});

	it('is refused when sources is a single id rather than a list', () => {
		expect(problems(pageSchema, { sources: 'doran-smart' })).toEqual([expect.stringMatching(/^sources /)]);
	});

	it('is refused when the model is not text', () => {
		expect(problems(pageSchema, { model: 3 })).toEqual([expect.stringMatching(/^model /)]);
	});
});
