import { mkdirSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launch, openPage, storedPlans, typeInto, waitForValue, worksheetReady, seedStorage } from './support';
import { pdfText, positionsInOrder } from './pdf-text';

let browser: Browser;
beforeAll(async () => {
	browser = await launch();
});
afterAll(() => browser?.close());

/** Where the chart screenshots go, for a person to look at (light, dark and print). */
const SHOTS = process.env.CONTINUITY_SHOTS ?? '/tmp/continuity-shots';

const record = (id: string, worksheet: string, version: number, fields: Record<string, unknown>) => ({
	format: 1,
	id,
	worksheet,
	worksheetVersion: version,
	title: '',
	person: '',
	date: '',
	created: '2026-11-01T10:00:00.000Z',
	updated: '2026-11-01T10:00:00.000Z',
	answers: {},
	edited: {},
	...fields,
});

describe('from one session to the next', () => {
	it('continues a GROW plan into SMART with its goal filled and a link back, leaving the GROW plan as it was', async () => {
		const context = await browser.newContext({ serviceWorkers: 'block' });
		const { page, watch } = await openPage(context, '/worksheets/grow/');
		await worksheetReady(page);
		await typeInto(page, '#ws-grow--title', 'Dana’s 10k');
		await typeInto(page, '#ws-grow-goal', 'Run 10 km in under an hour by June');
		await page.locator('#ws-grow-continue').waitFor();
		const [growId] = Object.keys(await storedPlans(page));
		const before = (await storedPlans(page))[growId];

		await page.locator('#ws-grow-continue').selectOption({ label: 'SMART goal builder' });
		await page.getByRole('button', { name: 'Continue this plan' }).click();
		await page.waitForURL(/\/worksheets\/smart\/$/);
		await worksheetReady(page);
		await waitForValue(page, '#ws-smart-specific-first-draft', 'Run 10 km in under an hour by June');
		// Named for what it is, so the two plans never read alike.
		await page.waitForFunction(() => /^Dana’s 10k: SMART goal builder after \d{1,2} [A-Z][a-z]+ \d{4}$/.test((document.getElementById('ws-smart--title') as HTMLInputElement)?.value ?? ''));
		const back = page.getByRole('link', { name: '“Dana’s 10k” (GROW action plan)' });
		await back.waitFor();

		const stored = await storedPlans(page);
		expect(Object.keys(stored)).toHaveLength(2);
		const smart = Object.values(stored).find((plan) => plan.worksheet === 'smart')!;
		expect(smart.from).toEqual({ plan: growId, worksheet: 'grow' });
		expect(stored[growId]).toEqual(before);

		await back.click();
		await page.waitForURL(/\/worksheets\/grow\/$/);
		await worksheetReady(page);
		await waitForValue(page, '#ws-grow-goal', 'Run 10 km in under an hour by June');
		expect(watch.errors).toEqual([]);
		await context.close();
	});

	const round = (n: number, commitment: number, rows: [string, boolean][]) => ({
		id: `round${n}`,
		date: `2026-1${n - 1}-0${n}`,
		happened: '',
		evaluation: '',
		adjustments: '',
		answers: {
			'round-goal': `Round ${n} aim`,
			'round-commitment': commitment,
			'round-will': rows.map(([what, done]) => ({ what, by: '2026-12-20', support: '', done })),
		},
	});
	const threeRounds = record('series', 're-grow', 2, {
		title: 'Malik’s new role',
		person: 'Malik',
		answers: {
			rounds: [
				round(1, 6, [
					['Ask for feedback', true],
					['Update the CV', false],
				]),
				round(2, 8, [
					['Call two contacts', true],
					['Apply for one job', true],
					['Read the job pack', true],
				]),
				round(3, 4, [['Prepare for the interview', false]]),
			],
		},
	});
	const rowsOf = (page: Page) =>
		page.locator('.ws-progress-table tbody tr').evaluateAll((rows) => rows.map((row) => [...row.children].map((cell) => cell.textContent?.trim())));

	it('shows a three-round RE-GROW plan’s progress as a chart with a table, on screen and on paper', async () => {
		mkdirSync(SHOTS, { recursive: true });
		const context = await browser.newContext({ serviceWorkers: 'block', viewport: { width: 1000, height: 900 } });
		await seedStorage(context, { 'cw:plan:series': JSON.stringify(threeRounds), 'cw:active:re-grow': 'series' });
		const { page, watch } = await openPage(context, '/worksheets/re-grow/');
		await worksheetReady(page);
		const chart = page.locator('figure.ws-progress');
		await chart.waitFor();
		expect(await rowsOf(page)).toEqual([
			['1', '1 October 2026', '6', '1 of 2'],
			['2', '2 November 2026', '8', '3 of 3'],
			['3', '3 December 2026', '4', '0 of 1'],
		]);
		// The drawing: one marker per round at its level, a line through them, paired bars per round.
		expect(await chart.locator('svg[role=img] circle').count()).toBe(3);
		expect(await chart.locator('svg[role=img] polyline').count()).toBe(1);
		expect(await chart.locator('.ws-progress-value').allTextContents()).toEqual(['6', '8', '4']);
		expect(await chart.locator('svg[role=img]').getAttribute('aria-label')).toContain('Round 2: commitment 8, 3 of 3 actions done');
		await chart.screenshot({ path: `${SHOTS}/chart-light.png` });

		await page.evaluate(() => document.documentElement.setAttribute('data-theme', 'dark'));
		await chart.screenshot({ path: `${SHOTS}/chart-dark.png` });
		await page.evaluate(() => document.documentElement.setAttribute('data-theme', 'light'));

		await page.emulateMedia({ media: 'print' });
		await chart.screenshot({ path: `${SHOTS}/chart-print-media.png` });
		await page.emulateMedia({ media: null });
		const pdf = await page.pdf({ format: 'A4' });
		writeFileSync(`${SHOTS}/re-grow.pdf`, pdf);
		try {
			execFileSync('pdftoppm', ['-png', '-r', '80', `${SHOTS}/re-grow.pdf`, `${SHOTS}/print`]);
		} catch {
			// Only the screenshots for people need pdftoppm; the text check below does not.
		}
		const text = pdfText(pdf);
		// Page headers can fall between words, so the caption is looked for word by word.
		expect(positionsInOrder(text, ['Progress across', 'the rounds']).every((at) => at >= 0)).toBe(true);
		const table = ['Round', 'Date', 'Commitment (1–10)', 'Actions done of planned', '1', '1 October 2026', '6', '1 of 2', '2', '2 November 2026', '8', '3 of 3', '3', '3 December 2026', '4', '0 of 1'];
		expect(positionsInOrder(text.slice(text.indexOf('Progress across')), table).every((at) => at >= 0)).toBe(true);
		expect(text).not.toContain('Continue this plan');
		expect(watch.errors).toEqual([]);
		await context.close();
	});

	it('continues a RE-GROW plan into the next session: the rounds come along and a new round reviews the last actions', async () => {
		const context = await browser.newContext({ serviceWorkers: 'block' });
		await seedStorage(context, { 'cw:plan:series': JSON.stringify(threeRounds), 'cw:active:re-grow': 'series' });
		const { page, watch } = await openPage(context, '/worksheets/re-grow/');
		await worksheetReady(page);
		await page.locator('#ws-re-grow-continue').selectOption({ label: 'RE-GROW session log' });
		// The new plan opens on the same address: wait for the new page's load, not the current one's.
		const reloaded = page.waitForEvent('load');
		await page.getByRole('button', { name: 'Continue this plan' }).click();
		await reloaded;
		await page.waitForFunction(() => Object.keys(localStorage).filter((key) => key.startsWith('cw:plan:')).length === 2);
		await worksheetReady(page);
		await waitForValue(page, '#ws-re-grow-rounds-r3-happened', '- Prepare for the interview (by 20 December 2026)');
		// The progress table is one of the plan's parts, which load after the form is ready.
		await page.locator('.ws-progress-table tbody tr').nth(3).waitFor();
		expect(await rowsOf(page)).toHaveLength(4);
		await waitForValue(page, '#ws-re-grow--title', 'Malik: RE-GROW session log after 1 November 2026');
		const stored = await storedPlans(page);
		expect(stored.series).toEqual(threeRounds);
		expect(watch.errors).toEqual([]);
		await context.close();
	});
});

describe('My plans with 500 plans', () => {
	const people = ['Ana', 'Bo', 'Chidi', 'Dee', 'Eli'];
	const sheets = ['grow', 'smart', 'clear', 're-grow'];
	const many = Array.from({ length: 500 }, (_, i) =>
		record(`p${String(i).padStart(3, '0')}`, sheets[i % 4], 1, {
			title: `Plan ${String(i).padStart(3, '0')}`,
			person: people[i % 5],
			updated: new Date(Date.UTC(2026, 0, 1) + i * 60_000).toISOString(),
		}),
	);
	const groupsOf = (page: Page) =>
		page.locator('.plans-group').evaluateAll((groups) =>
			groups.map((group) => ({
				heading: group.querySelector('h2')?.textContent?.replace(/\s+/g, ' ').trim(),
				rows: group.querySelectorAll('tbody tr').length,
				first: group.querySelector('tbody th a')?.textContent,
			})),
		);

	it('groups by person and by worksheet with counts, filters, and sorts by last edited or by name', async () => {
		const context = await browser.newContext({ serviceWorkers: 'block', viewport: { width: 390, height: 844 } });
		await seedStorage(context, Object.fromEntries(many.map((plan) => [`cw:plan:${plan.id}`, JSON.stringify(plan)])));
		const { page, watch } = await openPage(context, '/plans/');
		await page.locator('.plans-list[data-ready="true"]').waitFor();
		await page.locator('tbody tr').nth(499).waitFor();
		expect(await page.locator('tbody tr').count()).toBe(500);
		// By person, most recently edited first: plan 499 is Eli's and the newest.
		expect(await groupsOf(page)).toEqual([
			{ heading: 'Eli (100 plans)', rows: 100, first: 'Plan 499' },
			{ heading: 'Dee (100 plans)', rows: 100, first: 'Plan 498' },
			{ heading: 'Chidi (100 plans)', rows: 100, first: 'Plan 497' },
			{ heading: 'Bo (100 plans)', rows: 100, first: 'Plan 496' },
			{ heading: 'Ana (100 plans)', rows: 100, first: 'Plan 495' },
		]);
		await page.screenshot({ path: `${SHOTS}/my-plans-390.png` });

		await page.locator('#plans-sort').selectOption('name');
		await page.waitForFunction(() => document.querySelector('.plans-group h2')?.textContent?.startsWith('Ana'));
		// A new order starts again from a screenful of rows; the rest follow, then the list is ready.
		await page.locator('.plans-list[data-ready="true"]').waitFor();
		expect((await groupsOf(page)).map((g) => [g.heading, g.first])).toEqual([
			['Ana (100 plans)', 'Plan 000'],
			['Bo (100 plans)', 'Plan 001'],
			['Chidi (100 plans)', 'Plan 002'],
			['Dee (100 plans)', 'Plan 003'],
			['Eli (100 plans)', 'Plan 004'],
		]);

		await page.locator('#plans-group').selectOption('worksheet');
		await page.waitForFunction(() => document.querySelector('.plans-group h2')?.textContent?.startsWith('CLEAR'));
		await page.locator('.plans-list[data-ready="true"]').waitFor();
		expect((await groupsOf(page)).map((g) => [g.heading, g.rows])).toEqual([
			['CLEAR coaching plan (125 plans)', 125],
			['GROW action plan (125 plans)', 125],
			['RE-GROW session log (125 plans)', 125],
			['SMART goal builder (125 plans)', 125],
		]);

		await typeInto(page, '#plans-filter', 'chidi');
		await page.getByText('100 of 500 plans match').waitFor();
		await page.locator('.plans-list[data-ready="true"]').waitFor();
		expect((await groupsOf(page)).map((g) => g.rows).reduce((a, b) => a + b)).toBe(100);
		await typeInto(page, '#plans-filter', 'Plan 42');
		// Plans 420 to 429.
		await page.getByText('10 of 500 plans match').waitFor();
		await typeInto(page, '#plans-filter', 'nobody at all');
		await page.getByText('No plan matches “nobody at all”.').waitFor();
		expect(watch.errors).toEqual([]);
		await context.close();
	});
});
