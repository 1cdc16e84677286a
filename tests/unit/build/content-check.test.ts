import { fileURLToPath } from 'node:url';
import { askAbout } from '../support/phase-facts';
import { describe, expect, it } from 'vitest';
import { findContentProblems, formatPath } from '../../../src/build/content-check/check';
import { loadRawContent, type RawContent } from '../../../src/build/content-check/load';

// A tiny site with one mistake of each kind; it lives outside the real `content/` on purpose.
const brokenSite = fileURLToPath(new URL('../../fixtures/broken-site', import.meta.url));

const model = {
	name: 'X',
	order: 1,
	summary: 'A test model.',
	origin: 'Written for the tests.',
	sources: ['known-source'],
	phases: [
		{ id: 'goal', name: 'Goal', summary: 'Say what you want.', ...askAbout('goal', 50) },
		{ id: 'will', name: 'Will', summary: 'Say what you will do.', ...askAbout('commit', 50) },
	],
};
const worksheet = {
	version: 1,
	model: 'x',
	title: 'X plan',
	intro: 'A test worksheet.',
	sections: [
		{ phase: 'goal', fields: [{ id: 'goal', kind: 'short-text', label: 'What do you want?' }] },
		{ phase: 'will', fields: [{ id: 'next-step', kind: 'actions', label: 'Next steps' }] },
	],
};

/** A small site in memory where every reference resolves; tests break one thing at a time. */
function validSite(): RawContent {
	return {
		models: [{ path: 'content/models/x.yaml', id: 'x', data: structuredClone(model) }],
		worksheets: [{ path: 'content/worksheets/x.yaml', id: 'x', data: structuredClone(worksheet) }],
		sources: { path: 'content/sources.yaml', data: [{ id: 'known-source', title: 'A Known Source', author: 'Test Author' }] },
		pages: [
			{ path: 'content/docs/index.mdx', id: '', data: { title: 'Home' } },
			{ path: 'content/docs/x/index.mdx', id: 'x', data: { title: 'X', model: 'x', sources: ['known-source'] } },
			{ path: 'content/docs/x/goal.mdx', id: 'x/goal', data: { model: 'x', phase: 'goal', sources: ['known-source'] } },
			{ path: 'content/docs/worksheets/x.mdx', id: 'worksheets/x', data: { model: 'x', worksheet: 'x', sources: ['known-source'] } },
		],
		practice: {
			betterQuestions: { path: 'content/practice/better-questions.yaml', data: [structuredClone(betterQuestion)] },
			scenarios: { path: 'content/practice/scenarios.yaml', data: [structuredClone(scenario)] },
		},
		dialogues: [],
		catalogs: [],
		translations: [],
	};
}

const choices = [
	{ text: 'What would you like instead?', reason: 'Open.', best: true },
	{ text: 'Do you want it?', reason: 'Closed.' },
	{ text: 'Why not?', reason: 'Defensive.' },
];
const betterQuestion = { id: 'x-goal-1', model: 'x', phase: 'goal', context: 'I am stuck.', weak: 'Are you stuck?', flaw: 'closed', choices };
const scenario = { id: 'stuck', title: 'Stuck', situation: 'A client is stuck.', choices, teaches: '/x/goal/' };

describe('loading a site’s content', () => {
	const content = loadRawContent(brokenSite);

	it('names each file by its path from the site root and its id by file name or page slug', () => {
		expect(content.models.map((f) => [f.path, f.id])).toEqual([['content/models/x.yaml', 'x']]);
		expect(content.worksheets.map((f) => [f.path, f.id])).toEqual([
			['content/worksheets/orphan.yaml', 'orphan'],
			['content/worksheets/x.yaml', 'x'],
		]);
		expect(content.pages.map((f) => [f.path, f.id])).toEqual([
			['content/docs/x/index.mdx', 'x'],
			['content/docs/x/wil.mdx', 'x/wil'],
		]);
	});

	it('reads a page’s frontmatter, not its body', () => {
		expect(content.pages[1].data).toEqual({ title: 'Wil (X)', model: 'x', phase: 'wil', sources: ['known-source'] });
	});

	it('finds nothing to load where there is no content folder', () => {
		const empty = loadRawContent(fileURLToPath(new URL('../../fixtures', import.meta.url)));
		expect(empty).toEqual({
			models: [],
			worksheets: [],
			sources: { path: 'content/sources.yaml', data: [] },
			pages: [],
			practice: { betterQuestions: { path: 'content/practice/better-questions.yaml', data: [] }, scenarios: { path: 'content/practice/scenarios.yaml', data: [] } },
			dialogues: [],
			catalogs: [],
			translations: [],
		});
		expect(findContentProblems(empty)).toEqual([]);
	});
});

describe('checking a site with broken references', () => {
	it('reports each mistake once, naming the file and the field', () => {
		expect(findContentProblems(loadRawContent(brokenSite))).toEqual([
			'content/worksheets/orphan.yaml: model "nope" does not exist (models: x)',
			'content/worksheets/x.yaml: sections[1].phase "wil" is not a phase of model "x" (phases: goal, will)',
			'content/worksheets/x.yaml: continueFrom[0].map "goal" → "goal-text": in this worksheet, field "goal-text" does not exist (fields: goal, next-step)',
			'content/docs/x/index.mdx: sources[1] cites unknown source "unknown-source" (add it to content/sources.yaml)',
			'content/docs/x/wil.mdx: phase "wil" is not a phase of model "x" (phases: goal, will)',
		]);
	});
});

describe('checking a site in memory', () => {
	it('finds nothing wrong when every reference resolves', () => {
		expect(findContentProblems(validSite())).toEqual([]);
	});

	it('asks for a list when sources.yaml holds something else', () => {
		const site = validSite();
		site.sources.data = { id: 'known-source' };
		expect(findContentProblems(site)).toEqual([
			'content/sources.yaml: expected a list of sources',
			// With no sources known, the model's citation is reported too.
			'content/models/x.yaml: sources[0] cites unknown source "known-source" (add it to content/sources.yaml)',
			'content/docs/x/index.mdx: sources[0] cites unknown source "known-source" (add it to content/sources.yaml)',
			'content/docs/x/goal.mdx: sources[0] cites unknown source "known-source" (add it to content/sources.yaml)',
			'content/docs/worksheets/x.mdx: sources[0] cites unknown source "known-source" (add it to content/sources.yaml)',
		]);
	});

	it('reports a source listed twice, and a source entry that breaks the schema at its index', () => {
		const site = validSite();
		site.sources.data = [
			{ id: 'known-source', title: 'A', author: 'B' },
			{ id: 'Bad Id', title: 'C', author: 'D' },
			{ id: 'known-source', title: 'E', author: 'F' },
		];
		expect(findContentProblems(site)).toEqual([
			'content/sources.yaml: [1].id use lowercase letters, digits and hyphens',
			'content/sources.yaml: [2].id "known-source" is listed twice',
		]);
	});

	it('reports a model citing an unknown source', () => {
		const site = validSite();
		(site.models[0].data as typeof model).sources = ['known-source', 'nobody'];
		expect(findContentProblems(site)).toEqual([
			'content/models/x.yaml: sources[1] cites unknown source "nobody" (add it to content/sources.yaml)',
		]);
	});

	it('reports a schema problem in a model with its field path', () => {
		const site = validSite();
		(site.models[0].data as typeof model).phases[1].id = 'Will';
		const problems = findContentProblems(site);
		expect(problems[0]).toBe('content/models/x.yaml: phases[1].id use lowercase letters, digits and hyphens');
	});

	it('reports a duplicate field id at the second use', () => {
		const site = validSite();
		(site.worksheets[0].data as typeof worksheet).sections[1].fields[0].id = 'goal';
		expect(findContentProblems(site)).toEqual([
			'content/worksheets/x.yaml: sections[1].fields[0].id field id "goal" is used twice; every field needs its own id',
			// The worksheet is not loaded, so the page embedding it is reported too.
			'content/docs/worksheets/x.mdx: worksheet "x" does not exist (worksheets: )',
		]);
	});

	it('reports a page naming an unknown model, a phase without a model, and an unknown worksheet', () => {
		const site = validSite();
		site.pages = [
			{ path: 'content/docs/y/index.mdx', id: 'y', data: { model: 'y' } },
			{ path: 'content/docs/goal.mdx', id: 'goal', data: { phase: 'goal' } },
			{ path: 'content/docs/worksheets/z.mdx', id: 'worksheets/z', data: { model: 'x', worksheet: 'z' } },
		];
		site.practice.scenarios.data = [];
		expect(findContentProblems(site)).toEqual([
			'content/docs/y/index.mdx: model "y" does not exist (models: x)',
			'content/docs/goal.mdx: phase "goal" is given without a model',
			'content/docs/worksheets/z.mdx: worksheet "z" does not exist (worksheets: x)',
		]);
	});

	describe('"Continue in…" mappings', () => {
		const withMapping = (entry: unknown) => {
			const site = validSite();
			(site.worksheets[0].data as Record<string, unknown>).continueFrom = [entry];
			return site;
		};

		it('accepts a mapping whose fields exist and whose kinds fit', () => {
			expect(findContentProblems(withMapping({ worksheet: 'x', map: { goal: 'goal', 'next-step': 'next-step' } }))).toEqual([]);
		});

		it('fails the build, naming the mapping, when it maps to a missing field', () => {
			expect(findContentProblems(withMapping({ worksheet: 'x', map: { goal: 'goal-draft' } }))).toEqual([
				'content/worksheets/x.yaml: continueFrom[0].map "goal" → "goal-draft": in this worksheet, field "goal-draft" does not exist (fields: goal, next-step)',
			]);
		});

		it('names a missing source field, an unknown worksheet and kinds that do not fit', () => {
			expect(findContentProblems(withMapping({ worksheet: 'x', map: { aim: 'goal' } }))).toEqual([
				'content/worksheets/x.yaml: continueFrom[0].map "aim" → "goal": in the source worksheet, field "aim" does not exist (fields: goal, next-step)',
			]);
			expect(findContentProblems(withMapping({ worksheet: 'y', map: { goal: 'goal' } }))).toEqual([
				'content/worksheets/x.yaml: continueFrom[0].worksheet "y" does not exist (worksheets: x)',
			]);
			expect(findContentProblems(withMapping({ worksheet: 'x', map: { 'next-step': 'goal' } }))).toEqual([
				'content/worksheets/x.yaml: continueFrom[0].map "next-step" → "goal": an answer of kind actions does not fit a field of kind short-text (it takes: short-text, long-text, choice, smart)',
			]);
		});
	});

	it('reports a practice item whose model, phase or page does not exist, and an id used twice', () => {
		const site = validSite();
		site.practice.betterQuestions.data = [{ ...betterQuestion, phase: 'wil' }, { ...betterQuestion, id: 'x-goal-2', model: 'y' }];
		site.practice.scenarios.data = [{ ...scenario, id: 'x-goal-2', teaches: '/x/wil/' }];
		expect(findContentProblems(site)).toEqual([
			'content/practice/better-questions.yaml: [0].phase "wil" is not a phase of model "x" (phases: goal, will)',
			'content/practice/better-questions.yaml: [1].model "y" does not exist (models: x)',
			'content/practice/scenarios.yaml: [0].id "x-goal-2" is used twice',
			'content/practice/scenarios.yaml: [0].teaches "/x/wil/" is not a page of the site',
		]);
	});

	it('reports a practice item without exactly one best choice', () => {
		const site = validSite();
		site.practice.scenarios.data = [{ ...scenario, choices: choices.map(({ text, reason }) => ({ text, reason })) }];
		expect(findContentProblems(site)).toEqual(['content/practice/scenarios.yaml: [0].choices mark exactly one choice `best: true`']);
	});

	it('treats a page with empty frontmatter as citing nothing', () => {
		const site = validSite();
		site.pages.push({ path: 'content/docs/about.mdx', id: 'about', data: null });
		expect(findContentProblems(site)).toEqual([]);
	});

	it('reports frontmatter of the wrong shape with the field', () => {
		const site = validSite();
		site.pages.push({ path: 'content/docs/about.mdx', id: 'about', data: { sources: 'known-source' } });
		expect(findContentProblems(site)).toEqual([expect.stringMatching(/^content\/docs\/about\.mdx: sources /)]);
	});
});

describe('formatPath', () => {
	it('writes indexes in brackets and names after dots', () => {
		expect(formatPath(['sections', 2, 'fields', 0, 'id'])).toBe('sections[2].fields[0].id');
		expect(formatPath([0, 'id'])).toBe('[0].id');
		expect(formatPath([])).toBe('');
	});
});
