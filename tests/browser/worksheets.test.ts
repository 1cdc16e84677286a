import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launch, openPage, recordRemovals, removals, siteUrl, waitForValue, worksheetReady } from './support';
import { fillWorksheet, loadWorksheet } from './worksheet-filler';
import { pdfText, positionsInOrder } from './pdf-text';

const worksheetIds = readdirSync(fileURLToPath(new URL('../../content/worksheets', import.meta.url)))
	.filter((name) => name.endsWith('.yaml'))
	.map((name) => name.replace(/\.yaml$/, ''))
	.sort();

/** Words of the screen's controls and the site's chrome that must never reach paper. */
const SCREEN_ONLY = [
	'Print or save as PDF',
	'Print a blank copy',
	'New plan',
	'Duplicate',
	'+ Add',
	'Remove ',
	'Move ',
	'Clear rating',
	'Saved on this device',
	'Skip to content',
	'On this page',
	'Start here',
	'Search',
];

let browser: Browser;
beforeAll(async () => {
	browser = await launch();
});
afterAll(() => browser?.close());

describe.each(worksheetIds)('the %s worksheet', (id) => {
	const sheet = loadWorksheet(id);

	it('keeps every answer typed by keyboard through a reload, and prints them in order without controls', async () => {
		const context = await browser.newContext({ serviceWorkers: 'block', locale: 'en-US' });
		const { page, watch } = await openPage(context, `/worksheets/${id}/`);
		await worksheetReady(page);
		const { typed, printed } = await fillWorksheet(page, id, sheet);

		await page.reload();
		await worksheetReady(page);
		await page.waitForFunction((title) => (document.getElementById(`ws-${title}--title`) as HTMLInputElement)?.value === 'Plan A title', id);
		const values = await page
			.locator('.worksheet :is(input[type=text], textarea)')
			.evaluateAll((els) => els.map((el) => (el as HTMLInputElement).value));
		for (const text of typed) expect(values, text).toContain(text);

		const text = pdfText(await page.pdf({ format: 'A4' }));
		const positions = positionsInOrder(text, printed);
		const missing = printed.filter((_, i) => positions[i] < 0);
		expect(missing, `not found in order in the PDF text: ${text}`).toEqual([]);
		for (const words of SCREEN_ONLY) expect(text).not.toContain(words);
		expect(watch.errors).toEqual([]);
		expect(watch.foreignRequests).toEqual([]);
		await context.close();
	});

	it('hydrates section by section onto the HTML the server sent, first visit and return alike: no element of the form is made again', async () => {
		const context = await browser.newContext({ serviceWorkers: 'block', locale: 'en-US' });
		await context.addInitScript(recordRemovals, { inside: '.ws-body', until: '.worksheet[data-ready="true"]' });
		const { page, watch } = await openPage(context, `/worksheets/${id}/`);
		await worksheetReady(page);
		expect(await removals(page)).toEqual([]);
		// A returning visitor: the plan, the last text answer too, shows once every section has hydrated.
		const lastAnswer = page.locator('.ws-section :is(textarea, input[type=text])').last();
		const lastId = await lastAnswer.getAttribute('id');
		await page.locator(`#ws-${id}--title`).fill('Back again');
		await lastAnswer.fill('Still here');
		await page.waitForFunction(() => Object.values(localStorage).some((value) => value.includes('Still here')));
		await page.reload();
		await worksheetReady(page);
		await waitForValue(page, `#ws-${id}--title`, 'Back again');
		await waitForValue(page, `#${lastId}`, 'Still here');
		expect(await removals(page)).toEqual([]);
		expect(watch.errors).toEqual([]);
		await context.close();
	});

	it('prints a blank copy with every prompt and ruled space, in Letter size too', async () => {
		const context = await browser.newContext({ serviceWorkers: 'block', locale: 'en-US' });
		const { page } = await openPage(context, `/worksheets/${id}/blank/`);
		await worksheetReady(page);
		// It says one true thing about saving: nothing here is saved (the worksheet's intro, which promises
		// answers stay in this browser, belongs to the fillable page only).
		const shown = (await page.locator('main').innerText()).replace(/\s+/g, ' ');
		expect(shown).toContain('nothing you do here is saved');
		expect(shown).not.toMatch(/stays in this browser/i);
		// One way to print it: the note's own button.
		expect(await page.getByRole('button', { name: /print/i }).count()).toBe(1);
		const text = pdfText(await page.pdf({ format: 'Letter' }));
		const labels = sheet.sections.flatMap((section) => section.fields.map((field) => field.label.replace(/\s+/g, ' ')));
		const missing = labels.filter((label) => !text.includes(label));
		expect(missing, text).toEqual([]);
		expect(await page.locator('.ws-print .ws-ruled').count()).toBeGreaterThan(0);
		for (const words of SCREEN_ONLY) expect(text).not.toContain(words);
		await context.close();
	});
});

describe('the day a round is dated', () => {
	it('is the visitor’s own day: a round added at 20:30 in New York is dated that day, not the UTC day after', async () => {
		const context = await browser.newContext({ serviceWorkers: 'block', timezoneId: 'America/New_York' });
		const page = await context.newPage();
		// 01:30 UTC on 11 November is 20:30 on 10 November in New York.
		await page.clock.install({ time: new Date('2026-11-11T01:30:00Z') });
		await page.goto(new URL('worksheets/re-grow/', siteUrl()).href);
		await worksheetReady(page);
		await expect(page.evaluate(() => new Date().getHours())).resolves.toBe(20);
		await page.locator('#ws-re-grow-rounds-add').focus();
		await page.keyboard.press('Enter');
		await waitForValue(page, '#ws-re-grow-rounds-r0-date', '2026-11-10');
		await context.close();
	});
});
