import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { englishPages, loadRawContent } from '../../src/build/content-check/load';
import { modelSchema } from '../../src/schemas/model';
import { betterQuestionSchema, scenarioSchema } from '../../src/schemas/practice';
import { buildPracticeData, ORDERED_MODELS, seededOrder } from '../../src/plan/practice/drills';
import { choicesOf, isRight, type ChoiceItem, type OrderItem } from '../../src/plan/practice/items';
import { quizFor } from '../../src/plan/practice/quiz';
import { textsFor } from '../../src/components/catalogs';
import { dialogueSchema } from '../../src/schemas/dialogue';
import { dialogueIdsIn } from '../../src/components/dialogue-ids';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { answered, BOX_REST, mergeProgress, nextItem, readProgress, writeProgress } from '../../src/plan/practice/schedule';

const root = fileURLToPath(new URL('../..', import.meta.url));
const content = loadRawContent(root);
const titles = new Map(englishPages(content).map((file) => [file.id, (file.data as { title?: string }).title]));
const shownOn = new Map(englishPages(content).flatMap((file) => dialogueIdsIn(readFileSync(join(root, file.path), 'utf8')).map((id) => [id, file.id ? `/${file.id}/` : '/'] as const)));
const data = buildPracticeData({
	models: content.models.map((file) => ({ id: file.id, data: modelSchema.parse(file.data) })),
	betterQuestions: (content.practice.betterQuestions.data as unknown[]).map((item) => betterQuestionSchema.parse(item)),
	scenarios: (content.practice.scenarios.data as unknown[]).map((item) => scenarioSchema.parse(item)),
	page: (path) => ({ href: path, title: titles.get(path.slice(1, -1)) ?? `MISSING ${path}` }),
	ethics: { href: 'https://coachingfederation.org/ethics/code-of-ethics', title: 'ICF Code of Ethics' },
	t: textsFor('en'),
	dialogues: content.dialogues.map((file) => ({ id: file.id, data: dialogueSchema.parse(file.data), page: shownOn.get(file.id)! })),
});
const byDrill = (drill: string) => data.items.filter((item) => item.drill === drill);

describe('the drill items', () => {
	it('has every drill, with at least 60 better questions and 12 scenarios, and an order item for each sequenced model', () => {
		expect(byDrill('phase').length).toBeGreaterThan(100);
		expect(byDrill('marker').length).toBeGreaterThanOrEqual(9);
		expect(byDrill('better').length).toBeGreaterThanOrEqual(60);
		expect(byDrill('scenario').length).toBeGreaterThanOrEqual(12);
		expect(byDrill('order').map((item) => item.model).sort()).toEqual([...ORDERED_MODELS].sort());
	});

	it('spreads the better questions over every model', () => {
		for (const model of content.models.map((file) => file.id)) expect(byDrill('better').filter((item) => item.model === model).length, model).toBeGreaterThanOrEqual(5);
	});

	it('gives every item a right answer, and every choice a reason', () => {
		for (const item of data.items) {
			if (item.drill === 'order') {
				expect(item.steps.length).toBeGreaterThanOrEqual(3);
				continue;
			}
			const choices = choicesOf(item, data);
			expect(choices.length, item.id).toBeGreaterThanOrEqual(3);
			expect(item.answer, item.id).toBeGreaterThanOrEqual(0);
			expect(item.answer, item.id).toBeLessThan(choices.length);
			for (const choice of choices) expect(choice.reason.trim().length, item.id).toBeGreaterThan(10);
		}
	});

	it('links every item to a page of the site, and ids are unique', () => {
		for (const item of data.items) expect(titles.get(item.teaches.href.slice(1, -1)), `${item.id} → ${item.teaches.href}`).toBeTruthy();
		expect(new Set(data.items.map((item) => item.id)).size).toBe(data.items.length);
	});

	it('never offers an order already right, and checks an order by its steps', () => {
		for (const item of byDrill('order') as OrderItem[]) {
			expect(isRight(item, item.start)).toBe(false);
			expect(isRight(item, item.steps.map((_, i) => i))).toBe(true);
		}
		for (let n = 2; n < 10; n++) for (const seed of ['a', 'b', 'order-grow']) expect(seededOrder(n, seed)).not.toEqual([...Array(n).keys()]);
	});

	it('asks "Which marker?" of tagged dialogue turns with the two turns before, "none" included', () => {
		const fromDialogues = byDrill('marker').filter((item) => item.id.startsWith('marker-turn-a-whole-session')) as ChoiceItem[];
		expect(fromDialogues.length).toBeGreaterThan(5);
		for (const item of fromDialogues) expect(item.context?.split('\n')).toHaveLength(2);
		const answers = fromDialogues.map((item) => choicesOf(item, data)[item.answer].text);
		expect(answers).toContain('None of the markers');
		expect(answers.some((text) => text.startsWith('Marker 8.'))).toBe(true);
		expect(fromDialogues.every((item) => item.teaches.href === '/a-whole-session/')).toBe(true);
	});

	it('names the phase itself as the answer of a "Which phase?" question', () => {
		const item = data.items.find((entry) => entry.drill === 'phase' && entry.model === 'grow' && entry.teaches.href === '/grow/reality/') as ChoiceItem;
		expect(choicesOf(item, data)[item.answer].text).toBe('Reality');
	});

	it('builds a quiz per model from the same items, each with a key', () => {
		const quiz = quizFor('clear', data, textsFor('en'));
		expect(quiz.length).toBeGreaterThan(15);
		expect(quiz.filter((q) => q.item.drill === 'order')).toHaveLength(1);
		for (const question of quiz) expect(question.key).toMatch(/^(?:[A-I]\. |1\. )/);
	});
});

describe('the spaced schedule', () => {
	const now = Date.UTC(2026, 11, 4, 9);

	it('sends a wrong answer back to box 1 for a minute, and a right one up a box for longer', () => {
		expect(answered(undefined, false, now)).toEqual({ box: 1, due: now + BOX_REST[1], right: 0, wrong: 1, last: now });
		const once = answered(undefined, true, now);
		expect(once).toMatchObject({ box: 2, due: now + BOX_REST[2] });
		expect(answered(once, true, now)).toMatchObject({ box: 3, right: 2 });
		expect(answered(answered(once, true, now), false, now)).toMatchObject({ box: 1, right: 2, wrong: 1 });
		expect(BOX_REST[1]).toBeLessThan(BOX_REST[2]);
	});

	it('asks what is due first, the lowest box first, then what is new, never the item just answered', () => {
		const items = data.items.slice(0, 4);
		const progress = {
			[items[0].id]: { ...answered(undefined, true, now - 3 * 86_400_000), box: 3 },
			[items[1].id]: answered(undefined, false, now - 120_000),
		};
		progress[items[0].id].due = now - 1;
		expect(nextItem(items, progress, now, new Set(), () => 0)?.id).toBe(items[1].id);
		expect(nextItem(items, progress, now, new Set([items[1].id]), () => 0)?.id).toBe(items[0].id);
		expect(nextItem(items, progress, now - 10 * 86_400_000, new Set(), () => 0)?.id).toBe(items[2].id);
	});

	it('reads back what it writes, drops entries of the wrong shape, and reads damage as no progress', () => {
		const progress = { a: answered(undefined, true, now) };
		expect(readProgress(writeProgress(progress))).toEqual(progress);
		expect(readProgress(JSON.stringify({ format: 1, items: { a: progress.a, b: { box: 9 }, c: null } }))).toEqual(progress);
		for (const raw of [null, '{', '[]', '42', '{"format":2,"items":{}}', '"><img src=x>']) expect(readProgress(raw)).toEqual({});
	});

	it('merges two devices’ progress item by item, the later answer winning', () => {
		const early = answered(undefined, false, now);
		const late = answered(undefined, true, now + 1000);
		expect(mergeProgress({ a: early, b: early }, { a: late })).toEqual({ a: late, b: early });
		expect(mergeProgress({ a: late }, { a: early })).toEqual({ a: late });
	});
});
