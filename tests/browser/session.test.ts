import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { AxeResults, Result } from 'axe-core';
import { parse } from 'yaml';
import { launch, openPage, seedStorage, siteUrl, storedPlans, typeInto, worksheetReady } from './support';
import { fillField, loadWorksheet, nothingFilled, pageKeyboard, type Filled } from './worksheet-filler';
import { pdfText } from './pdf-text';
import { modelSchema, type Model } from '../../src/schemas/model';
import type { Worksheet } from '../../src/schemas/worksheet';
import { decodeSharePayload } from '../../src/plan/link';
import { textsFor } from '../../src/components/catalogs';
import { planToMarkdown } from '../../src/plan/codecs/markdown';
import { planFileText } from '../../src/plan/codecs/plan-file';
import type { PlanRecord } from '../../src/plan/record';
import { phaseFields } from '../../src/plan/session';
import { roundText } from '../../src/plan/answers/labels';
import type { ReviewsFieldDefinition } from '../../src/schemas/worksheet';

const t = textsFor('en');

const root = fileURLToPath(new URL('../..', import.meta.url));
const loadModel = (id: string): Model => modelSchema.parse(parse(readFileSync(`${root}/content/models/${id}.yaml`, 'utf8')));
const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

let browser: Browser;
beforeAll(async () => {
	browser = await launch();
});
afterAll(() => browser?.close());

const newContext = (options: Parameters<Browser['newContext']>[0] = {}) =>
	browser.newContext({ serviceWorkers: 'block', locale: 'en-US', acceptDownloads: true, ...options });

/** Waits until the session island has hydrated and its running part has loaded. */
const sessionReady = (page: Page) => page.locator('.session[data-ready="true"]').waitFor();
const onStep = (page: Page, step: string) => page.locator(`.session[data-step="${step}"]`).waitFor();

async function press(page: Page, selector: string, key = 'Enter') {
	await page.locator(selector).focus();
	await page.keyboard.press(key);
}

/** Starts a session from the first screen by keyboard: a new plan (or `plan` by its label), the client, the length. */
async function startByKeyboard(page: Page, { title, person, length = '60' }: { title?: string; person: string; length?: string }) {
	await sessionReady(page);
	if (title !== undefined) await typeInto(page, '#session-title', title);
	await typeInto(page, '#session-person', person);
	await press(page, `#session-length-${length}`, 'Space');
	await press(page, '.session-start');
	await page.locator('.session-screen').waitFor();
}

/** Next by its button, as a keyboard user reaches it after typing. */
const next = (page: Page) => press(page, '.session-moves .ws-primary');
/** A step back with the arrow key, from the phase heading (where focus lands on each screen). */
async function backByArrow(page: Page) {
	await page.locator('#session-heading').focus();
	await page.keyboard.press('ArrowLeft');
}

/**
 * Answers every question of the worksheet for one phase, on the session screen: the fields of its sections,
 * and its parts of the current round (RE-GROW), which is the latest round, `round` by index.
 */
async function answerPhase(page: Page, sheetId: string, sheet: Worksheet, phase: string, filled: Filled, round = 0) {
	const keys = pageKeyboard(page);
	const { sections, rounds } = phaseFields(sheet, phase);
	let n = 0;
	for (const { field, parts } of rounds) {
		const base = `ss-${sheetId}-${field.id}-r${round}-`;
		for (const part of parts) {
			const word = `${phase}${++n}`;
			const inner = field.fields.find((f) => f.id === part);
			if (inner) await fillField(keys, inner, base, word, filled, true);
			else if (part === 'date') {
				await keys.typeDate(`#${base}date`, '2026-11-10');
				filled.printed.push('10 November 2026');
			} else {
				await keys.typeInto(`#${base}${part}`, `Round ${word} ${part}`);
				filled.typed.push(`Round ${word} ${part}`);
				filled.printed.push(`Round ${word} ${part}`);
			}
		}
	}
	for (const section of sections) for (const field of section.fields) await fillField(keys, field, `ss-${sheetId}-`, `${phase}${++n}`, filled, true);
}

const NOTES = 'Private coach note: seems tired, ask about sleep';

/**
 * Runs a whole session by keyboard: start, answer in every phase, go back one phase and change an
 * answer there, answer the close, reach the summary. Returns what the plan should now hold.
 */
async function runSession(page: Page, modelId: string, sheetId: string, person: string, title: string) {
	const model = loadModel(modelId);
	const sheet = loadWorksheet(sheetId);
	const phases = model.phases.map((p) => p.id);
	await startByKeyboard(page, { title, person });
	const filled: Filled = { typed: [title, person], printed: [title, person], controls: [] };

	for (const [i, phase] of phases.entries()) {
		await onStep(page, phase);
		await expect.poll(() => page.locator('#session-heading').textContent()).toBe(`${model.phases[i].name}, ${i + 1} of ${phases.length}`);
		// Focus is on the heading, and the live region names the phase.
		await page.waitForFunction(() => document.activeElement?.id === 'session-heading');
		await expect.poll(() => page.locator('[aria-live="polite"]').textContent()).toBe(`${model.phases[i].name}, ${i + 1} of ${phases.length}`);
		await press(page, `#session-${phase}-q0`, 'Space');
		if (i === 0) await typeInto(page, '#session-notes', NOTES);
		await answerPhase(page, sheetId, sheet, phase, filled);
		await next(page);
	}
	await onStep(page, '@close');

	// Back one phase (the last one with fields) and change an answer there.
	const lastWithText = [...sheet.sections]
		.reverse()
		.flatMap((s) => s.fields.map((f) => ({ phase: s.phase, field: f })))
		.find(({ field }) => field.kind === 'long-text' || field.kind === 'short-text')!;
	const stepsBack = phases.length - phases.indexOf(lastWithText.phase);
	for (let i = 0; i < stepsBack; i++) await backByArrow(page);
	await onStep(page, lastWithText.phase);
	// The screen moves focus to its heading after it is painted (Preact runs effects after a frame); typing
	// before then would have the field's focus taken away under a loaded machine.
	await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => setTimeout(done))));
	const selector = `#ss-${sheetId}-${lastWithText.field.id}`;
	const old = await page.locator(selector).inputValue();
	await typeInto(page, selector, `Changed ${lastWithText.field.id} on the way back`);
	filled.typed[filled.typed.indexOf(old)] = `Changed ${lastWithText.field.id} on the way back`;
	filled.printed[filled.printed.indexOf(old)] = `Changed ${lastWithText.field.id} on the way back`;
	await page.locator('#session-heading').focus();
	for (let i = 0; i < stepsBack; i++) await page.keyboard.press('ArrowRight');
	await onStep(page, '@close');

	// The close, into its own plan.
	const close = nothingFilled();
	const closeSheet = loadWorksheet('session-close');
	for (const field of closeSheet.sections.flatMap((s) => s.fields).filter((f) => ['session-aim', 'post-session-actions', 'closing-takeaway'].includes(f.id)))
		await fillField(pageKeyboard(page), field, 'ss-session-close-', `close-${modelId}`, close, true);
	await next(page);
	await onStep(page, '@summary');
	return { filled, close, old };
}

/** Every plan of a worksheet stored in the page's browser. */
const plansOf = async (page: Page, worksheet: string): Promise<PlanRecord[]> =>
	Object.values(await storedPlans(page)).filter((plan) => plan.worksheet === worksheet) as PlanRecord[];

describe.each([
	['grow', 'grow', 'Dana', 'Run a 10k'],
	['clear', 'clear', 'Ines', 'Lead the new team'],
	['re-grow', 're-grow', 'Malik', 'Second round: finish the thesis'],
])('a %s session run by keyboard alone', (modelId, sheetId, person, title) => {
	it('puts every answer into the plan the worksheet page shows after a reload, and prints it there', async () => {
		const context = await newContext();
		const { page, watch } = await openPage(context, `/session/${modelId}/`);
		const { filled, close, old } = await runSession(page, modelId, sheetId, person, title);

		// The summary lists the actions (with dates) from the plan and the close.
		const summary = page.locator('.session-summary');
		for (const action of [...filled.typed, ...close.typed].filter((t) => t.startsWith('Action '))) await expect.poll(() => summary.textContent()).toContain(action);
		await expect.poll(() => summary.textContent()).toContain('20 February 2027');
		await expect.poll(() => summary.locator('tbody tr').last().textContent()).toContain('Close');
		// It leads with the goal, the takeaway and the commitment, as typed in the plan and the close: the
		// takeaway from the plan when its worksheet asks for one (CLEAR's end-of-session review), else from the close.
		const [goal, takeaway, commitment] = await summary.locator('.session-highlights dd').allTextContents();
		expect([...filled.typed, ...close.typed].some((typed) => goal.includes(typed) || typed.includes(goal))).toBe(true);
		expect(loadWorksheet(sheetId).summary.takeaway ? filled.typed : close.typed).toContain(takeaway);
		expect(commitment).toMatch(/^([1-9]|10) out of 10$/);

		// The close went into a session-close plan titled after this session's plan.
		const [closePlan] = await plansOf(page, 'session-close');
		expect(closePlan.title).toBe(`Session close: ${title}`);
		expect(closePlan.person).toBe(person);
		const session = Object.entries(await page.evaluate(() => ({ ...localStorage }))).find(([key]) => key.startsWith('cw:session:'))!;
		expect(JSON.parse(session[1])).toMatchObject({ closePlan: closePlan.id, notes: NOTES, ended: expect.any(String) });

		// The worksheet page, after a reload, shows every answer, and its print holds them.
		await press(page, '.session-summary-buttons a');
		await page.waitForURL(`**/worksheets/${sheetId}/`);
		await page.reload();
		await worksheetReady(page);
		await page.waitForFunction((id) => (document.getElementById(`ws-${id}--title`) as HTMLInputElement)?.value !== '', sheetId);
		const values = await page.locator('.worksheet :is(input[type=text], textarea)').evaluateAll((els) => els.map((el) => (el as HTMLInputElement).value));
		for (const text of filled.typed) expect(values, text).toContain(text);
		expect(values).not.toContain(old);
		const printed = pdfText(await page.pdf({ format: 'A4' }));
		for (const text of filled.printed) expect(printed, text).toContain(text);
		expect(printed).not.toContain(NOTES);
		expect(watch.errors).toEqual([]);
		expect(watch.foreignRequests).toEqual([]);
		await context.close();
	}, 240_000);
});

describe('a RE-GROW review session', () => {
	it('asks each phase’s questions of the current round, in the model’s order, and writes the answers into that round', async () => {
		const model = loadModel('re-grow');
		const sheet = loadWorksheet('re-grow');
		const rounds = sheet.sections.flatMap((s) => s.fields).find((f) => f.id === 'rounds') as ReviewsFieldDefinition;
		const labelOf = (part: string) =>
			part === 'date' ? 'Date of this round' : (roundText(t).find(({ key }) => key === part)?.label ?? rounds.fields.find((f) => f.id === part)!.label);
		const at = '2026-11-01T10:00:00.000Z';
		const first = { id: 'r1', date: '2026-10-01', happened: 'Nothing yet', evaluation: '', adjustments: '', answers: { 'round-goal': 'Draft chapter 1' } };
		const plan = {
			format: 1,
			id: 'malik',
			worksheet: 're-grow',
			worksheetVersion: sheet.version,
			title: 'Finish the thesis',
			person: 'Malik',
			date: '',
			created: at,
			updated: at,
			answers: { rounds: [first, { id: 'r2', date: '2026-11-01', happened: '', evaluation: '', adjustments: '', answers: {} }] },
			edited: {},
		};
		const context = await newContext();
		await seedStorage(context, { 'cw:plan:malik': JSON.stringify(plan) });
		const { page, watch } = await openPage(context, '/session/re-grow/');
		await sessionReady(page);
		await page.locator('#session-plan').selectOption('malik');
		await press(page, '#session-length-60', 'Space');
		await press(page, '.session-start');
		await page.locator('.session-screen').waitFor();

		const filled = nothingFilled();
		for (const [i, phase] of model.phases.entries()) {
			await onStep(page, phase.id);
			await expect.poll(() => page.locator('#session-heading').textContent()).toBe(`${phase.name}, ${i + 1} of ${model.phases.length}`);
			// The screen asks this phase's questions of the latest round, and no other phase's.
			const shown = await page.locator('.session-fields').innerText();
			const mine = rounds.sessionPhases![phase.id];
			expect(mine, phase.id).toBeDefined();
			for (const part of mine) expect(shown, `${phase.id}: ${part}`).toContain(labelOf(part));
			for (const part of Object.values(rounds.sessionPhases!).flat().filter((p) => !mine.includes(p))) expect(shown, `${phase.id}: ${part}`).not.toContain(labelOf(part));
			expect(shown).toContain('Session rounds: Round 2');
			expect(shown).not.toContain('no questions for this phase');
			await answerPhase(page, 're-grow', sheet, phase.id, filled, 1);
			await next(page);
		}
		await onStep(page, '@close');

		const [stored] = await plansOf(page, 're-grow');
		const storedRounds = stored.answers.rounds as Record<string, any>[];
		expect(storedRounds).toHaveLength(2);
		expect(storedRounds[0]).toEqual(first);
		expect(storedRounds[1]).toMatchObject({
			id: 'r2',
			date: '2026-11-10',
			happened: 'Round review2 happened',
			evaluation: 'Round evaluate1 evaluation',
			adjustments: 'Round evaluate2 adjustments',
			answers: {
				'round-goal': 'Answer goal1 text',
				'round-reality': 'Answer reality1 text',
				'round-position': 7,
				'round-options': ['Item options1 1'],
				'round-will': [{ what: 'Action will1 what', by: '2027-02-20' }],
				'round-commitment': 7,
				'round-next-session': '2027-01-15',
			},
		});
		// The series' own questions stay on their screens, outside the rounds.
		expect(stored.answers['evaluate-learning']).toBe('Answer evaluate5 text');
		expect(watch.errors).toEqual([]);
		await context.close();
	}, 240_000);
});

describe('a RE-GROW session on a plan whose latest round is from an earlier session', () => {
	it('starts a new round for this session when the coach asks, and writes into it', async () => {
		const sheet = loadWorksheet('re-grow');
		const at = '2026-11-01T10:00:00.000Z';
		const earlier = { id: 'r1', date: '2026-10-01', happened: 'Nothing yet', evaluation: '', adjustments: '', answers: { 'round-goal': 'Draft chapter 1' } };
		const plan = { format: 1, id: 'malik', worksheet: 're-grow', worksheetVersion: sheet.version, title: 'Thesis', person: 'Malik', date: '', created: at, updated: at, answers: { rounds: [earlier] }, edited: {} };
		const context = await newContext({ timezoneId: 'UTC' });
		await seedStorage(context, { 'cw:plan:malik': JSON.stringify(plan) });
		const { page, watch } = await openPage(context, '/session/re-grow/');
		await sessionReady(page);
		await page.locator('#session-plan').selectOption('malik');
		await press(page, '.session-start');
		await onStep(page, 'review');
		await expect.poll(() => page.locator('.session-fields').innerText()).toContain('Session rounds: Round 1 · 1 October 2026');
		await press(page, '#ss-re-grow-rounds-new-round');
		await page.locator('#ss-re-grow-rounds-r1-happened').waitFor();
		await typeInto(page, '#ss-re-grow-rounds-r1-happened', 'Wrote half of chapter 1');
		await page.waitForFunction(() => JSON.parse(localStorage.getItem('cw:plan:malik')!).answers.rounds[1]?.happened === 'Wrote half of chapter 1');
		const [stored] = await plansOf(page, 're-grow');
		const rounds = stored.answers.rounds as Record<string, any>[];
		expect(rounds).toHaveLength(2);
		expect(rounds[0]).toEqual(earlier);
		expect(rounds[1].date).toBe(new Date().toISOString().slice(0, 10));
		expect(watch.errors).toEqual([]);
		await context.close();
	});
});

describe('the coach’s private notes', () => {
	it('stay out of the summary’s print, the share link, the Markdown and the plan file', async () => {
		const context = await newContext();
		const { page, watch } = await openPage(context, '/session/grow/');
		await runSession(page, 'grow', 'grow', 'Dana', 'Notes stay private');
		await expect.poll(() => page.locator('#session-notes').inputValue()).toBe(NOTES);

		// The summary prints cleanly: the summary, without notes or controls.
		const summary = pdfText(await page.pdf({ format: 'A4' }));
		expect(summary).toContain('Session summary');
		expect(summary).toContain('Action will');
		expect(summary).toContain('Whole session');
		for (const words of [NOTES, 'private notes', 'Leave the session', 'Print the summary', 'Pause the clock', 'Back:', 'Search']) expect(summary).not.toContain(words);

		// The share link decodes, here in Node, to the plan without the notes.
		await press(page, '.session-summary-buttons button >> nth=1');
		const link = await page.locator('#session-share-link').inputValue();
		expect(link).toMatch(/\/worksheets\/grow\/#plan=\d+\./);
		const decoded = await decodeSharePayload(link.split('#plan=')[1], { grow: { version: loadWorksheet('grow').version } }, t, 'plan');
		expect(decoded.ok).toBe(true);
		const shared = JSON.stringify(decoded.ok && decoded.payload);
		expect(shared).toContain('Action will');
		expect(shared).not.toContain(NOTES);
		// The same "Copy link" as on the worksheet puts that link on the real clipboard.
		await context.grantPermissions(['clipboard-read', 'clipboard-write']);
		await page.locator('.session-summary').getByRole('button', { name: 'Copy link' }).click();
		await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(link);
		await expect.poll(() => page.locator('.session-summary [role=status]').textContent()).toContain('Copied the link.');

		// The Markdown and the plan file of every stored plan.
		const plans = Object.values(await storedPlans(page)) as PlanRecord[];
		expect(plans).toHaveLength(2);
		for (const plan of plans) {
			const definition = { ...loadWorksheet(plan.worksheet), id: plan.worksheet };
			expect(planToMarkdown(plan, definition, {}, t)).not.toContain(NOTES);
			expect(planFileText([plan])).not.toContain(NOTES);
		}

		// The plan file as the worksheet page downloads it.
		await press(page, '.session-summary-buttons a');
		await worksheetReady(page);
		const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download plan' }).first().click()]);
		const file = readFileSync((await download.path())!, 'utf8');
		expect(file).toContain('Action will');
		expect(file).not.toContain(NOTES);
		expect(watch.errors).toEqual([]);
		await context.close();
	}, 180_000);

	it('are there again when the session is continued, and Escape leaves without losing a word', async () => {
		const context = await newContext();
		const { page } = await openPage(context, '/session/grow/');
		await startByKeyboard(page, { title: 'Leave and come back', person: 'Dana' });
		await typeInto(page, '#ss-grow-goal', 'Typed just before leaving');
		await typeInto(page, '#session-notes', 'A note before leaving');
		await Promise.all([page.waitForURL('**/worksheets/grow/'), page.keyboard.press('Escape')]);
		await worksheetReady(page);
		await expect.poll(() => page.locator('#ws-grow-goal').inputValue()).toBe('Typed just before leaving');

		await page.goto(page.url().replace('/worksheets/grow/', '/session/grow/'));
		await sessionReady(page);
		await expect.poll(() => page.locator('.session-continue').textContent()).toContain('Dana');
		await press(page, '.session-continue button');
		await onStep(page, 'goal');
		await expect.poll(() => page.locator('#session-notes').inputValue()).toBe('A note before leaving');
		await expect.poll(() => page.locator('#ss-grow-goal').inputValue()).toBe('Typed just before leaving');
		await context.close();
	});
});

describe('the clock, on Playwright’s clock', () => {
	const phaseTime = (page: Page) => page.locator('[data-testid="phase-time"]').textContent();
	/** A model's session page in a new context whose clock Playwright moves, not the wall. */
	async function onTheClock(model: string) {
		const context = await newContext();
		const page = await context.newPage();
		await page.clock.install({ time: new Date('2026-11-24T10:00:00') });
		await page.goto(new URL(`session/${model}/`, siteUrl()).href);
		return { context, page };
	}

	it('splits the session by the model’s time shares, holds while paused, and shows going over without stopping', async () => {
		const { context, page } = await onTheClock('grow');
		await startByKeyboard(page, { title: 'Timed', person: 'Dana', length: '60' });

		// 60 minutes: 15 per cent (9 min) for the close, the other 51 min split 30, 30, 25 and 15 per cent.
		for (const [phase, budget] of [['goal', '15 min 18 s'], ['reality', '15 min 18 s'], ['options', '12 min 45 s'], ['will', '7 min 39 s']]) {
			await onStep(page, phase);
			await expect.poll(() => phaseTime(page)).toBe(`This phase: 0 min of ${budget}`);
			if (phase !== 'will') await next(page);
		}
		await page.clock.fastForward('06:00');
		await page.waitForFunction(() => document.querySelector('[data-testid="phase-time"]')?.textContent === 'This phase: 6 min of 7 min 39 s');
		await expect.poll(() => page.locator('.session-over').count()).toBe(0);

		// Paused, time stands still however long the pause.
		await press(page, '.session-clock button');
		// Waits for the render after the press (read at once, it could still show the state before).
		await page.locator('[data-testid="clock-state"]', { hasText: /^The clock is paused\.$/ }).waitFor();
		await page.clock.fastForward('30:00');
		await expect.poll(() => phaseTime(page)).toBe('This phase: 6 min of 7 min 39 s');
		await press(page, '.session-clock button');
		// Waits for the render after the press (read at once, it could still show the state before).
		await page.locator('[data-testid="clock-state"]', { hasText: /^The clock is running\.$/ }).waitFor();

		// Over the share: said in words, and nothing is blocked.
		await page.clock.fastForward('05:00');
		await page.locator('.session-over').waitFor();
		await expect.poll(() => phaseTime(page)).toBe('This phase: 11 min of 7 min 39 s');
		await expect.poll(() => page.locator('.session-over').textContent()).toContain('3 min over');
		await expect.poll(() => page.locator('.session-clock').getAttribute('data-over')).toBe('true');
		await typeInto(page, '#ss-grow-will-check', 'Still typing after time');
		await next(page);
		await onStep(page, '@close');

		// The time per phase is saved with the session and reported against the budgets.
		await next(page);
		await onStep(page, '@summary');
		const rows = await page.locator('.session-summary tbody tr').evaluateAll((trs) => trs.map((tr) => tr.textContent));
		expect(rows[3]).toBe('Will11 min (3 min over)7 min 39 s');
		expect(rows[0]).toBe('Goal0 min15 min 18 s');
		expect(rows[4]).toBe('Close0 min9 min');
		const stored = Object.entries(await page.evaluate(() => ({ ...localStorage }))).find(([key]) => key.startsWith('cw:session:'))!;
		expect(JSON.parse(stored[1]).spent.will).toBeGreaterThanOrEqual(11 * 60_000);
		expect(JSON.parse(stored[1]).spent.will).toBeLessThan(12 * 60_000);
		await context.close();
	});

	it('gives a 45-minute CLEAR session its shares to the second, and runs without a timer too', async () => {
		const { context, page } = await onTheClock('clear');
		await startByKeyboard(page, { title: 'Timed CLEAR', person: 'Ines', length: '45' });
		await onStep(page, 'contract');
		await expect.poll(() => phaseTime(page)).toBe('This phase: 0 min of 4 min 2 s');
		await next(page);
		await onStep(page, 'listen');
		await expect.poll(() => phaseTime(page)).toBe('This phase: 0 min of 8 min 3 s');
		await expect.poll(() => page.locator('[data-testid="session-time"]').textContent()).toBe('Session: 0 min of 45 min');

		await page.goto(new URL('session/clear/', siteUrl()).href);
		await startByKeyboard(page, { title: 'Untimed', person: 'Ines', length: 'none' });
		await page.clock.fastForward('20:00');
		await page.waitForFunction(() => document.querySelector('[data-testid="phase-time"]')?.textContent === 'This phase: 20 min (no timer)');
		await expect.poll(() => page.locator('.session-over').count()).toBe(0);
		await context.close();
	});
});

describe('finding session mode', () => {
	it('is linked as “Run a session” from a model’s overview and its worksheet page, and not from another worksheet of the model', async () => {
		const context = await newContext();
		for (const [path, target] of [
			['/grow/', '/session/grow/'],
			['/worksheets/grow/', '/session/grow/'],
			['/clear/', '/session/clear/'],
			['/worksheets/session-close/', '/session/icf-competency-8/'],
		]) {
			const { page } = await openPage(context, path);
			const links = page.getByRole('link', { name: 'Run a session', exact: true });
			await expect(links.count(), path).resolves.toBe(1);
			await expect.poll(() => links.getAttribute('href')).toBe(target);
			await page.close();
		}
		const { page } = await openPage(context, '/worksheets/coach-self-review/');
		await expect.poll(() => page.getByRole('link', { name: 'Run a session', exact: true }).count()).toBe(0);
		await context.close();
	});
});

describe('moving through a session', () => {
	it('jumps from the progress bar, marks the current step, and leaves arrow keys to text fields', async () => {
		const context = await newContext();
		const { page } = await openPage(context, '/session/grow/');
		await startByKeyboard(page, { title: 'Moves', person: 'Dana' });
		await press(page, '.session-progress li:nth-child(3) button');
		await onStep(page, 'options');
		await expect.poll(() => page.locator('.session-progress [aria-current="step"]').textContent()).toBe('3 Options');
		await page.waitForFunction(() => document.activeElement?.id === 'session-heading');
		// In a text field, the arrows move the caret, not the session.
		await typeInto(page, '#ss-grow-options-weighing', 'abc');
		await page.keyboard.press('ArrowLeft');
		await page.keyboard.press('ArrowRight');
		await expect.poll(() => page.locator('.session').getAttribute('data-step')).toBe('options');
		await page.locator('#session-heading').focus();
		await page.keyboard.press('ArrowRight');
		await onStep(page, 'will');
		await page.keyboard.press('ArrowRight');
		await onStep(page, '@close');
		await context.close();
	});
});

/** Findings on Starlight's own markup that accessibility.test.ts also lets through. */
const ALLOWED = [{ rule: 'label-content-name-mismatch', target: 'button[data-open-modal=""]' }];
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];

async function axe(page: Page): Promise<Result[]> {
	const results: AxeResults = await page.evaluate(
		(tags) => (window as unknown as { axe: typeof import('axe-core') }).axe.run(document, { runOnly: tags, resultTypes: ['violations'] }),
		TAGS,
	);
	return results.violations
		.map((v) => ({ ...v, nodes: v.nodes.filter((node) => !ALLOWED.some((a) => a.rule === v.id && a.target === node.target.join(' '))) }))
		.filter((v) => v.nodes.length > 0);
}
const describeViolations = (violations: Result[]) =>
	violations.map((v) => `${v.id}: ${v.help}\n${v.nodes.map((n) => `  - ${n.target.join(' ')}: ${n.failureSummary}`).join('\n')}`).join('\n');

describe.each([
	['light', 1280],
	['dark', 1280],
	['light', 390],
	['dark', 390],
] as const)('every session screen in the %s theme at %i px', (theme, width) => {
	it('has no axe violations, with answers in it', async () => {
		const context: BrowserContext = await newContext({ viewport: { width, height: 900 }, colorScheme: theme });
		await context.addInitScript((value) => localStorage.setItem('starlight-theme', value), theme);
		await context.addInitScript({ path: axePath });
		const { page } = await openPage(context, '/session/grow/');
		await sessionReady(page);
		const check = async (screen: string) => {
			await expect.poll(() => page.evaluate(() => document.documentElement.dataset.theme)).toBe(theme);
			const violations = await axe(page);
			expect(violations, `${screen} (${theme}, ${width} px):\n${describeViolations(violations)}`).toHaveLength(0);
		};
		await check('setup');
		await startByKeyboard(page, { title: 'Axe', person: 'Dana' });
		await typeInto(page, '#session-notes', 'A note');
		for (const phase of ['goal', 'reality', 'options', 'will']) {
			await onStep(page, phase);
			await press(page, `#session-${phase}-q0`, 'Space');
			await check(phase);
			await next(page);
		}
		await onStep(page, '@close');
		await typeInto(page, '#ss-session-close-session-aim', 'An aim');
		await press(page, '.session-marker-questions summary >> nth=0');
		await check('close');
		// A reload comes back to the first screen, which offers to continue the open session.
		await page.reload();
		await sessionReady(page);
		await page.locator('.session-continue').waitFor();
		await check('setup with a session to continue');
		await press(page, '.session-continue button');
		await onStep(page, '@close');
		await next(page);
		await onStep(page, '@summary');
		await press(page, '.session-summary-buttons button >> nth=1');
		await page.locator('#session-share-link').waitFor();
		await check('summary');
		await context.close();
	}, 120_000);
});
