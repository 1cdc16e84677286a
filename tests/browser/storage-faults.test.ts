import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launch, openPage, storedPlans, typeInto, waitForValue, worksheetReady, seedStorage } from './support';
import { pdfText } from './pdf-text';
import { loadWorksheet } from './worksheet-filler';

let browser: Browser;
beforeAll(async () => {
	browser = await launch();
});
afterAll(() => browser?.close());

const storedKeys = (page: Page) => page.evaluate(() => Object.keys(localStorage).sort());

const v1Plan = {
	format: 1,
	id: 'oldplan',
	worksheet: 'grow',
	worksheetVersion: 1,
	title: 'Saved last year',
	person: 'Ana',
	date: '2025-11-01',
	created: '2025-11-01T10:00:00.000Z',
	updated: '2025-11-01T10:00:00.000Z',
	answers: { goal: 'Learn Portuguese', 'goal-evidence': 'Order dinner in Lisbon', 'will-start': '2025-11-03' },
	edited: {},
};

describe('when the browser will not save', () => {
	it('keeps answers on screen, warns, offers a download, and saves again once storage works', async () => {
		const context = await browser.newContext({ serviceWorkers: 'block', acceptDownloads: true });
		await context.addInitScript(() => {
			const original = Storage.prototype.setItem;
			(window as unknown as { storageFull: boolean }).storageFull = false;
			Storage.prototype.setItem = function (key: string, value: string) {
				if ((window as unknown as { storageFull: boolean }).storageFull) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
				return original.call(this, key, value);
			};
		});
		const { page, watch } = await openPage(context, '/worksheets/grow/');
		await worksheetReady(page);
		await typeInto(page, '#ws-grow--title', 'Before the fault');
		await page.evaluate(() => ((window as unknown as { storageFull: boolean }).storageFull = true));
		await typeInto(page, '#ws-grow-goal', 'Typed while storage is full');

		const warning = page.getByRole('alert');
		await expect.poll(() => warning.textContent()).toContain('Not saved: this browser’s storage for the site is full');
		expect(await page.locator('#ws-grow-goal').inputValue()).toBe('Typed while storage is full');

		const [download] = await Promise.all([page.waitForEvent('download'), warning.getByRole('button', { name: 'Download plan' }).click()]);
		const file = JSON.parse(await new Response((await download.createReadStream()) as unknown as ReadableStream).text());
		expect(file.plans[0].plan.answers.goal).toBe('Typed while storage is full');

		await page.evaluate(() => ((window as unknown as { storageFull: boolean }).storageFull = false));
		await typeInto(page, '#ws-grow-goal-why', 'Storage works again');
		await expect.poll(() => page.locator('.ws-save').textContent()).toBe('Saved on this device');
		const stored = Object.values(await storedPlans(page));
		expect(stored[0].answers.goal).toBe('Typed while storage is full');
		expect(stored[0].answers['goal-why']).toBe('Storage works again');
		expect(watch.errors).toEqual([]);
		await context.close();
	});

	it('works in memory, with the warning, when localStorage is unavailable from the start', async () => {
		const context = await browser.newContext({ serviceWorkers: 'block' });
		await context.addInitScript(() => {
			Object.defineProperty(window, 'localStorage', {
				get() {
					throw new DOMException('The operation is insecure.', 'SecurityError');
				},
			});
		});
		const { page } = await openPage(context, '/worksheets/smart/');
		await worksheetReady(page);
		await expect.poll(() => page.getByRole('alert').textContent()).toContain('not letting the site save');
		await typeInto(page, '#ws-smart--title', 'Only in memory');
		await typeInto(page, '#ws-smart--person', 'Still here');
		expect(await page.locator('#ws-smart--title').inputValue()).toBe('Only in memory');
		expect(await page.locator('#ws-smart--person').inputValue()).toBe('Still here');
		await context.close();
	});
});

describe('stored data this version cannot read', () => {
	it('quarantines corrupt, future and incomplete records, keeps them downloadable, and loads the rest', async () => {
		const context = await browser.newContext({ serviceWorkers: 'block', acceptDownloads: true });
		const good = { ...v1Plan, id: 'goodplan', worksheetVersion: 2, title: 'Good plan', answers: { goal: 'Still fine' } };
		await seedStorage(context, {
			'cw:plan:broken': '{"format":1,"id":"broken", this is not JSON',
			'cw:plan:future': JSON.stringify({ ...good, id: 'future', format: 9 }),
			'cw:plan:partial': JSON.stringify({ format: 1, id: 'partial', worksheet: 'grow' }),
			'cw:plan:goodplan': JSON.stringify(good),
		});
		const { page, watch } = await openPage(context, '/plans/');
		await page.locator('.plans-list[data-ready="true"]').waitFor();
		const keys = await storedKeys(page);
		expect(keys).toEqual(expect.arrayContaining(['cw:plan:goodplan', 'cw:quarantine:broken', 'cw:quarantine:future', 'cw:quarantine:partial']));
		expect(keys).not.toContain('cw:plan:broken');
		const quarantined = JSON.parse((await page.evaluate(() => localStorage.getItem('cw:quarantine:broken')))!);
		expect(quarantined.raw).toBe('{"format":1,"id":"broken", this is not JSON');

		await page.getByRole('rowheader', { name: 'Good plan' }).waitFor();
		const aside = page.locator('.plans-quarantine');
		await expect.poll(() => aside.textContent()).toMatch(/not valid JSON[\s\S]*newer version of this site/);
		const [download] = await Promise.all([page.waitForEvent('download'), aside.getByRole('button', { name: /Download/ }).first().click()]);
		const text = await new Response((await download.createReadStream()) as unknown as ReadableStream).text();
		expect(['{"format":1,"id":"broken", this is not JSON', JSON.stringify({ ...good, id: 'future', format: 9 }), JSON.stringify({ format: 1, id: 'partial', worksheet: 'grow' })]).toContain(text);
		expect(watch.errors).toEqual([]);
		await context.close();
	});
});

describe('a worksheet that changed under saved answers', () => {
	it('migrates a version 1 GROW plan: renamed answers move, retired ones are shown and printed', async () => {
		const context = await browser.newContext({ serviceWorkers: 'block' });
		await seedStorage(context, { 'cw:plan:oldplan': JSON.stringify(v1Plan), 'cw:active:grow': 'oldplan' });
		const { page, watch } = await openPage(context, '/worksheets/grow/');
		await worksheetReady(page);
		await waitForValue(page, '#ws-grow-goal-measure', 'Order dinner in Lisbon');
		const retired = page.locator('.ws-retired');
		await expect.poll(() => retired.textContent()).toContain('When will you take the first step?');
		await expect.poll(() => retired.textContent()).toContain('2025-11-03');
		const text = pdfText(await page.pdf({ format: 'A4' }));
		expect(text).toContain('Answers to questions no longer on this worksheet');
		expect(text).toContain('2025-11-03');
		// Viewing writes nothing: the plan is migrated in memory and stored at the worksheet's version with its first edit.
		const storedPlan = async () => JSON.parse((await page.evaluate(() => localStorage.getItem('cw:plan:oldplan')))!);
		expect((await storedPlan()).worksheetVersion).toBe(1);
		await typeInto(page, '#ws-grow--person', 'Ana Lima');
		await expect.poll(async () => (await storedPlan()).worksheetVersion).toBe(loadWorksheet('grow').version);
		expect((await storedPlan()).answers).toEqual({ goal: 'Learn Portuguese', 'goal-measure': 'Order dinner in Lisbon', 'will-start': '2025-11-03' });
		expect(watch.errors).toEqual([]);
		await context.close();
	});
});

describe('two tabs on one plan', () => {
	it('merges edits to different fields made at the same time in two tabs', async () => {
		const context = await browser.newContext({ serviceWorkers: 'block' });
		const first = await openPage(context, '/worksheets/grow/');
		await worksheetReady(first.page);
		await typeInto(first.page, '#ws-grow--title', 'Shared plan');
		const second = await openPage(context, '/worksheets/grow/');
		await worksheetReady(second.page);
		await waitForValue(second.page, '#ws-grow--title', 'Shared plan');

		// Both tabs type at once, into different fields.
		await Promise.all([typeInto(first.page, '#ws-grow-goal', 'Goal from tab one'), typeInto(second.page, '#ws-grow-goal-why', 'Why from tab two')]);
		for (const { page } of [first, second]) {
			await waitForValue(page, '#ws-grow-goal', 'Goal from tab one');
			await waitForValue(page, '#ws-grow-goal-why', 'Why from tab two');
		}
		const stored = Object.values(await storedPlans(first.page));
		expect(stored).toHaveLength(1);
		expect(stored[0].answers).toMatchObject({ goal: 'Goal from tab one', 'goal-why': 'Why from tab two' });
		await context.close();
	});

	it('keeps a date being typed when the other tab saves in the middle of its year', async () => {
		const context = await browser.newContext({ serviceWorkers: 'block' });
		const first = await openPage(context, '/worksheets/smart/');
		await worksheetReady(first.page);
		await typeInto(first.page, '#ws-smart--title', 'Dated plan');
		const second = await openPage(context, '/worksheets/smart/');
		await worksheetReady(second.page);
		await waitForValue(second.page, '#ws-smart--title', 'Dated plan');

		// Month, day and half the year: the input now holds year 0020, a real day, but not the one meant.
		await first.page.locator('#ws-smart-time-deadline').focus();
		await first.page.keyboard.type('011520');
		await waitForValue(first.page, '#ws-smart-time-deadline', '0020-01-15');
		// The other tab's edit arrives and the worksheet renders again, with the year still half typed.
		await typeInto(second.page, '#ws-smart--person', 'Luis');
		await waitForValue(first.page, '#ws-smart--person', 'Luis');
		await first.page.keyboard.type('27');

		await waitForValue(first.page, '#ws-smart-time-deadline', '2027-01-15');
		await waitForValue(second.page, '#ws-smart-time-deadline', '2027-01-15');
		const stored = Object.values(await storedPlans(first.page));
		expect(stored[0].answers['time-deadline']).toBe('2027-01-15');
		await context.close();
	});
});
