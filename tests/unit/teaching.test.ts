import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadRawContent } from '../../src/build/content-check/load';
import { dialogueIdsIn, dialogueWords, loadDialogues } from './support/dialogues';
import { median, wordCount } from './support/mdx-words';
import { decodeEntities } from './support/html';

// What a coach learning from the site needs on every page: a dialogue to hear each phase in, and enough
// explanation to learn from. Questions, stages and time shares are the model schema's rules: the build
// refuses a model without them (tests/unit/schemas.test.ts shows each message), so they are not restated here.
const root = fileURLToPath(new URL('../..', import.meta.url));
const content = loadRawContent(root);

interface RawPhase {
	id: string;
	name?: string;
	stage?: unknown;
	timeShare?: unknown;
	questions?: unknown;
}
const models = content.models.map((file) => ({
	id: file.id,
	path: file.path,
	phases: ((file.data as { phases?: RawPhase[] }).phases ?? []) as RawPhase[],
}));
const phasePages = models.flatMap((model) =>
	model.phases.map((phase) => ({ model: model.id, phase: phase.id, path: join(root, 'content/docs', model.id, `${phase.id}.mdx`) })),
);
const read = (path: string) => (existsSync(path) ? readFileSync(path, 'utf8') : '');
const dialogues = loadDialogues(content);
/** What a reader reads on a page: its own prose and the dialogues it shows. */
const pageWords = (path: string) => {
	const text = read(path);
	return wordCount(text) + dialogueIdsIn(text).reduce((sum, id) => sum + dialogueWords(dialogues.get(id)), 0);
};

describe('every phase page lets the reader hear the phase', () => {
	for (const page of phasePages) {
		it(`content/docs/${page.model}/${page.phase}.mdx has "What it sounds like" with a dialogue of at least three coach turns`, () => {
			const text = read(page.path);
			const section = /^## What it sounds like\s*$([\s\S]*?)(?=^## |(?![\s\S]))/m.exec(text);
			expect(section, 'a "## What it sounds like" section').not.toBeNull();
			const ids = dialogueIdsIn(section![1]);
			expect(ids, 'a <Dialogue id="…" /> in the section').not.toEqual([]);
			const coachTurns = ids.flatMap((id) => dialogues.get(id)?.turns ?? []).filter((turn) => turn.speaker === 'coach');
			expect(coachTurns.length).toBeGreaterThanOrEqual(3);
		});
	}
});

describe('the question bank holds every question', () => {
	const built = join(root, 'dist/questions/index.html');
	it('renders every example question of every model on /questions/', (context) => {
		if (!existsSync(built)) context.skip('dist/questions/index.html is missing: run `npx astro build` first');
		const html = decodeEntities(readFileSync(built, 'utf8'));
		const missing = models.flatMap((model) =>
			model.phases.flatMap((phase) => ((phase.questions as string[]) ?? []).filter((q) => !html.includes(q)).map((q) => `${model.id}/${phase.id}: ${q}`)),
		);
		expect(missing).toEqual([]);
	});
	it('the page exists and renders the bank from the model data', () => {
		const page = read(join(root, 'content/docs/questions.mdx'));
		expect(page).toContain('<QuestionBank />');
	});
});

describe('pages have enough explanation to learn from', () => {
	it('the median phase page has at least 450 words of main text', () => {
		const counts = phasePages.map((page) => pageWords(page.path));
		expect(median(counts)).toBeGreaterThanOrEqual(450);
	});
	it('the compare page has at least 600 words around its table', () => {
		expect(wordCount(read(join(root, 'content/docs/compare.mdx')))).toBeGreaterThanOrEqual(600);
	});
});

describe('word counts count what a reader reads', () => {
	it('leaves out frontmatter, imports, component tags and link targets', () => {
		const page = '---\ntitle: A long title here\n---\nimport X from "y";\n\n## Two words\n\n<Aside type="note">Three more words</Aside>\n\n- a [link text](/some/where/)\n<PhaseQuestions />\n';
		expect(wordCount(page)).toBe(8);
	});
	it('takes the middle value as the median', () => {
		expect(median([5, 1, 3])).toBe(3);
		expect(median([4, 1, 3, 2])).toBe(2.5);
	});
});
