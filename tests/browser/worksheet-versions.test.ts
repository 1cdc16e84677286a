import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launch, openPage, worksheetReady, seedStorage, typeInto } from './support';
import { pdfText } from './pdf-text';

let browser: Browser;
beforeAll(async () => {
	browser = await launch();
});
afterAll(() => browser?.close());

interface Case {
	worksheet: string;
	from: number;
	to: number;
	answers: Record<string, unknown>;
	/** The stored answers after migration. */
	migrated: Record<string, unknown> | ((answers: Record<string, any>) => void);
	/** What the page must show: a form control's value, or text anywhere in the worksheet. */
	screen: { value?: [string, string]; checked?: string; text?: string }[];
	/** Text the printed plan must contain. */
	printed: string[];
}

const cases: Case[] = [
	{
		worksheet: 'grow',
		from: 2,
		to: 4,
		answers: { goal: 'Learn Portuguese', 'goal-measure': 'Order dinner in Lisbon' },
		migrated: { goal: 'Learn Portuguese', 'goal-measure': 'Order dinner in Lisbon' },
		screen: [{ value: ['#ws-grow-goal', 'Learn Portuguese'] }, { value: ['#ws-grow-goal-measure', 'Order dinner in Lisbon'] }, { text: 'Check your goal against SMART' }],
		printed: ['Learn Portuguese', 'Order dinner in Lisbon', 'Check your goal against SMART'],
	},
	{
		worksheet: 'clear',
		from: 1,
		to: 3,
		answers: { 'action-accountability': 'A shared tracker we both can see', 'contract-cadence': 'Monthly', 'contract-purpose': 'Lead the new team' },
		migrated: { 'action-accountability-plan': 'A shared tracker we both can see', 'contract-cadence': 'Monthly', 'contract-purpose': 'Lead the new team' },
		screen: [
			{ value: ['#ws-clear-action-accountability-plan', 'A shared tracker we both can see'] },
			{ value: ['#ws-clear-contract-purpose', 'Lead the new team'] },
			{ checked: '[data-field="ws-clear-contract-cadence"] input[value="Monthly"]' },
		],
		printed: ['Lead the new team', 'How many sessions, or over how long?', 'A shared tracker we both can see'],
	},
	{
		worksheet: 'grow',
		from: 3,
		to: 4,
		answers: { goal: 'Two protected mornings', 'reality-now': 'Fifteen questions before lunch', 'will-commitment': 8 },
		migrated: { goal: 'Two protected mornings', 'reality-now': 'Fifteen questions before lunch', 'will-commitment': 8 },
		screen: [
			{ value: ['#ws-grow-reality-now', 'Fifteen questions before lunch'] },
			{ checked: '[data-field="ws-grow-will-commitment"] input[value="8"]' },
			{ text: 'How close are you to your goal today?' },
		],
		printed: ['Two protected mornings', 'Fifteen questions before lunch', 'How close are you to your goal today?', '8 out of 10'],
	},
	{
		worksheet: 'igrow',
		from: 1,
		to: 2,
		answers: { 'issue-topic': 'The rota', 'will-obstacles': 'Bola is on nights' },
		migrated: { 'issue-topic': 'The rota', 'will-obstacles': 'Bola is on nights' },
		screen: [
			{ value: ['#ws-igrow-issue-topic', 'The rota'] },
			{ value: ['#ws-igrow-will-obstacles', 'Bola is on nights'] },
			{ text: 'How will these actions help with the issue or purpose you named at the start?' },
		],
		printed: ['The rota', 'Bola is on nights', 'How will these actions help with the issue or purpose you named at the start?'],
	},
	{
		worksheet: 'clear',
		from: 2,
		to: 3,
		answers: { 'action-accountability-plan': 'A note before each session', 'listen-unsaid': 'The budget' },
		migrated: { 'action-accountability-plan': 'A note before each session', 'listen-unsaid': 'The budget' },
		screen: [
			{ value: ['#ws-clear-action-accountability-plan', 'A note before each session'] },
			{ value: ['#ws-clear-listen-unsaid', 'The budget'] },
			{ text: 'What are you taking away from this session, and what have you decided?' },
		],
		printed: ['A note before each session', 'The budget', 'What helped in this session, and what would you like more or less of next time?'],
	},
	{
		worksheet: 're-grow',
		from: 1,
		to: 2,
		answers: {
			rounds: [
				{ id: 'a', date: '2025-10-01', happened: 'Started', evaluation: '', adjustments: '', answers: { 'round-actions': ['Call Sam', 'Write CV'], 'round-deadline': '2025-10-08', 'round-commitment': 7 } },
			],
			'will-next-session': '2025-10-29',
		},
		migrated: (answers) => {
			expect(answers['will-next-session']).toBeUndefined();
			expect(answers.rounds[0].answers).toEqual({
				'round-commitment': 7,
				'round-will': [
					{ what: 'Call Sam', by: '2025-10-08', support: '', done: false },
					{ what: 'Write CV', by: '2025-10-08', support: '', done: false },
				],
				'round-next-session': '2025-10-29',
			});
		},
		screen: [
			{ value: ['#ws-re-grow-rounds-r0-round-will-0-what', 'Call Sam'] },
			{ value: ['#ws-re-grow-rounds-r0-round-will-1-what', 'Write CV'] },
			{ value: ['#ws-re-grow-rounds-r0-round-will-1-by', '2025-10-08'] },
			{ value: ['#ws-re-grow-rounds-r0-round-next-session', '2025-10-29'] },
			{ value: ['#ws-re-grow-rounds-r0-happened', 'Started'] },
		],
		printed: ['Started', 'Call Sam', 'Write CV', '8 October 2025', '29 October 2025', '7 out of 10'],
	},
	{
		worksheet: 'smart',
		from: 1,
		to: 2,
		answers: { 'specific-first-draft': 'Grow the practice', 'specific-what': 'More clients', 'measurable-target': 'Ten clients', 'relevant-why': 'Independence' },
		migrated: { 'specific-first-draft': 'Grow the practice', 'specific-what': 'More clients', 'measurable-target': 'Ten clients', 'relevant-why': 'Independence' },
		screen: [
			{ value: ['#ws-smart-specific-first-draft', 'Grow the practice'] },
			{ text: 'What exactly will be different when you have done it?' },
			{ text: 'More clients' },
			{ text: 'Ten clients' },
			{ text: 'Independence' },
			{ text: 'Who owns this goal and will see it through?' },
		],
		printed: ['Grow the practice', 'Answers to questions no longer on this worksheet', 'More clients', 'Ten clients', 'Independence'],
	},
	{
		worksheet: 'so-i-grow',
		from: 1,
		to: 2,
		answers: { 'opportunities-list': ['The new project'], 'opportunities-timing': 'This week' },
		migrated: { 'opportunities-list': ['The new project'], 'opportunities-timing': 'This week' },
		screen: [{ value: ['#ws-so-i-grow-opportunities-list-0', 'The new project'] }, { checked: '[data-field="ws-so-i-grow-opportunities-timing"] input[value="This week"]' }],
		printed: ['The new project', 'Which of these opportunities looks most promising?', 'When could you use it?'],
	},
	{
		worksheet: 'coach-self-review',
		from: 1,
		to: 2,
		answers: { 'observed-8-1': 'Partly', 'evidence-8-1': 'Asked what had shifted', 'next-8-9': 'Let the client close' },
		migrated: { 'observed-8-1': 'Partly', 'evidence-8-1': 'Asked what had shifted', 'next-8-9': 'Let the client close' },
		screen: [
			{ value: ['#ws-coach-self-review-evidence-8-1', 'Asked what had shifted'] },
			{ value: ['#ws-coach-self-review-next-8-9', 'Let the client close'] },
			{ checked: '[data-field="ws-coach-self-review-observed-8-1"] input[value="Partly"]' },
		],
		printed: ['Asked what had shifted', 'Let the client close', 'Which one marker will you work on next?'],
	},
];

async function expectOnScreen(page: Page, expected: Case['screen']) {
	for (const item of expected) {
		if (item.value) {
			const [selector, value] = item.value;
			await page.waitForFunction(([sel, v]) => (document.querySelector(sel) as HTMLInputElement | null)?.value === v, [selector, value] as const, { timeout: 30_000 });
		}
		if (item.checked) await page.waitForFunction((sel) => (document.querySelector(sel) as HTMLInputElement | null)?.checked === true, item.checked, { timeout: 30_000 });
		if (item.text) await page.locator('.worksheet').getByText(item.text, { exact: false }).first().waitFor({ timeout: 30_000 });
	}
}

describe.each(cases)('a $worksheet plan saved under version $from', ({ worksheet, from, to, answers, migrated, screen, printed }) => {
	it(`opens under version ${to} with nothing lost, on screen and in print`, async () => {
		const context = await browser.newContext({ serviceWorkers: 'block', locale: 'en-US' });
		const old = {
			format: 1,
			id: 'oldplan',
			worksheet,
			worksheetVersion: from,
			title: 'Saved last year',
			person: 'Ana',
			date: '2025-11-01',
			created: '2025-11-01T10:00:00.000Z',
			updated: '2025-11-01T10:00:00.000Z',
			answers,
			edited: {},
		};
		await seedStorage(context, { 'cw:plan:oldplan': JSON.stringify(old), [`cw:active:${worksheet}`]: 'oldplan' });
		const { page, watch } = await openPage(context, `/worksheets/${worksheet}/`);
		await worksheetReady(page);
		await expectOnScreen(page, screen);
		// Shown migrated, but viewing writes nothing: the plan is stored migrated on its next edit.
		expect(JSON.parse((await page.evaluate(() => localStorage.getItem('cw:plan:oldplan')))!)).toEqual(old);
		await typeInto(page, `#ws-${worksheet}--title`, 'Saved last year, reviewed');
		await page.waitForFunction((v) => JSON.parse(localStorage.getItem('cw:plan:oldplan') ?? '{}').worksheetVersion === v, to);
		const stored = JSON.parse((await page.evaluate(() => localStorage.getItem('cw:plan:oldplan')))!);
		expect(stored.title).toBe('Saved last year, reviewed');
		if (typeof migrated === 'function') migrated(stored.answers);
		else expect(stored.answers).toEqual(migrated);
		await expectOnScreen(page, screen);
		const text = pdfText(await page.pdf({ format: 'A4' }));
		for (const part of printed) expect(text).toContain(part);
		expect(watch.errors).toEqual([]);
		await context.close();
	});
});

describe('a choice with “Other”', () => {
	it('takes the visitor’s own words, keeps them through a reload and prints them', async () => {
		const context = await browser.newContext({ serviceWorkers: 'block', locale: 'en-US' });
		const { page, watch } = await openPage(context, '/worksheets/clear/');
		await worksheetReady(page);
		await page.locator('#ws-clear-contract-cadence-other').check();
		await page.locator('#ws-clear-contract-cadence-other-text').fill('Twice, then monthly');
		await page.waitForFunction(() =>
			Object.keys(localStorage).some((key) => key.startsWith('cw:plan:') && JSON.parse(localStorage.getItem(key)!).answers['contract-cadence'] === 'Twice, then monthly'),
		);
		await page.reload();
		await worksheetReady(page);
		await page.waitForFunction(() => (document.getElementById('ws-clear-contract-cadence-other-text') as HTMLInputElement | null)?.value === 'Twice, then monthly');
		expect(await page.locator('#ws-clear-contract-cadence-other').isChecked()).toBe(true);
		const text = pdfText(await page.pdf({ format: 'A4' }));
		expect(text).toContain('Other: Twice, then monthly');
		expect(watch.errors).toEqual([]);
		await context.close();
	});
});
