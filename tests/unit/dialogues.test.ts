import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { findContentProblems } from '../../src/build/content-check/check';
import { englishPages, loadRawContent, type RawContent } from '../../src/build/content-check/load';
import { plainText } from '../../src/plan/plain-text';
import { PCC_MARKERS } from '../../src/schemas/dialogue';
import { dialogueIdsIn, loadDialogues } from './support/dialogues';
import { decodeEntities } from './support/html';

// Dialogues are data: every page shows its conversations from content/dialogues/, and the drills will
// read the same tags. These tests hold the tags to the models and the pages to the data.
const root = fileURLToPath(new URL('../..', import.meta.url));
const content = loadRawContent(root);
const dialogues = loadDialogues(content);
const phasesOf = new Map(
	content.models.map((file) => [file.id, ((file.data as { phases?: { id: string }[] }).phases ?? []).map((p) => p.id)]),
);
const pages = englishPages(content).map((page) => ({ ...page, text: readFileSync(join(root, page.path), 'utf8') }));
const usedBy = new Map<string, string[]>();
for (const page of pages) for (const id of dialogueIdsIn(page.text)) usedBy.set(id, [...(usedBy.get(id) ?? []), page.path]);

describe('every dialogue file is valid data', () => {
	it('has dialogues to check', () => {
		expect(content.dialogues.length).toBeGreaterThan(0);
	});
	for (const file of content.dialogues) {
		describe(file.path, () => {
			const dialogue = dialogues.get(file.id);
			it('parses against the dialogue schema', () => expect(dialogue).toBeDefined());
			if (!dialogue) return;
			it('names a model that exists, and every phase tag names a phase of it', () => {
				const phases = phasesOf.get(dialogue.model);
				expect(phases, `model "${dialogue.model}"`).toBeDefined();
				const wrong = dialogue.turns.flatMap((turn, i) => (turn.phase && !phases!.includes(turn.phase) ? [`turns[${i}].phase ${turn.phase}`] : []));
				expect(wrong).toEqual([]);
			});
			it('tags markers only from 8.1 to 8.9', () => {
				const wrong = dialogue.turns.flatMap((turn, i) => (turn.marker && !(PCC_MARKERS as readonly string[]).includes(turn.marker) ? [i] : []));
				expect(wrong).toEqual([]);
			});
			it('gives every coach turn a move', () => {
				const untagged = dialogue.turns.flatMap((turn, i) => (turn.speaker === 'coach' && !turn.move ? [i] : []));
				expect(untagged).toEqual([]);
			});
			it('is shown by exactly one page', () => expect(usedBy.get(file.id) ?? []).toHaveLength(1));
		});
	}
});

describe('every phase page has a dialogue to hear the phase in', () => {
	for (const [model, phases] of phasesOf)
		for (const phase of phases)
			it(`content/docs/${model}/${phase}.mdx shows a dialogue with at least three coach turns`, () => {
				const page = pages.find((p) => p.path === `content/docs/${model}/${phase}.mdx`);
				const turns = dialogueIdsIn(page?.text ?? '').flatMap((id) => dialogues.get(id)?.turns ?? []);
				expect(turns.filter((turn) => turn.speaker === 'coach').length).toBeGreaterThanOrEqual(3);
			});
	it('every <Dialogue> on a page names a dialogue file', () => {
		expect([...usedBy.keys()].filter((id) => !dialogues.has(id))).toEqual([]);
	});
});

describe('the build refuses a dialogue that names what does not exist', () => {
	const site = (turn: Record<string, unknown>, model = 'grow'): RawContent => ({
		...content,
		// English only: the other languages' dialogue texts would have no English twin here.
		translations: [],
		dialogues: [{ path: 'content/dialogues/broken.yaml', id: 'broken', data: { model, client: 'Sam', topic: 'a test', turns: [{ speaker: 'client', text: 'Hello.' }, turn] } }],
	});
	const coach = { speaker: 'coach', text: 'What do you want?', move: 'open-question' };
	it('a phase that is not a phase of the model, naming the file and the turn', () => {
		expect(findContentProblems(site({ ...coach, phase: 'wil' }))).toEqual([
			'content/dialogues/broken.yaml: turns[1].phase "wil" is not a phase of model "grow" (phases: goal, reality, options, will)',
		]);
	});
	it('a marker outside 8.1 to 8.9', () => {
		const problems = findContentProblems(site({ ...coach, marker: '8.10' }));
		expect(problems).toHaveLength(1);
		expect(problems[0]).toMatch(/^content\/dialogues\/broken\.yaml: turns\[1\]\.marker /);
	});
	it('a model that does not exist', () => {
		const problems = findContentProblems(site(coach, 'grwo'));
		expect(problems).toHaveLength(1);
		expect(problems[0]).toMatch(/^content\/dialogues\/broken\.yaml: model "grwo" does not exist/);
	});
	it('a coach turn without a move', () => {
		expect(findContentProblems(site({ speaker: 'coach', text: 'Well?' }))).toEqual(['content/dialogues/broken.yaml: turns[1].move every coach turn needs a move']);
	});
});

describe('the built pages show the dialogues from the data', () => {
	for (const [id, pagePaths] of usedBy) {
		const dialogue = dialogues.get(id);
		const slug = pagePaths[0].replace(/^content\/docs\//, '').replace(/\.mdx?$/, '').replace(/(^|\/)index$/, '');
		const built = join(root, 'dist', slug, 'index.html');
		it(`${pagePaths[0]} renders every turn of ${id}`, (context) => {
			if (!existsSync(built)) context.skip(`${built} is missing: run \`npx astro build\` first`);
			const html = decodeEntities(readFileSync(built, 'utf8').replace(/<[^>]+>/g, ''));
			const missing = (dialogue?.turns ?? []).map((turn) => plainText(turn.text)).filter((text) => !html.includes(text));
			expect(missing).toEqual([]);
		});
	}
});
