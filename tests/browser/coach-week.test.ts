/**
 * A coach's week on a 1024×768 tablet: two sessions with one client (GROW, then CLEAR), the client's
 * file on My plans with both, their summaries and private notes, a summary reopened and printed, and
 * a RE-GROW follow-up named for what it is.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launch, openPage, siteUrl, waitForValue, worksheetReady } from './support';
import { pdfText } from './pdf-text';

let browser: Browser;
beforeAll(async () => {
	browser = await launch();
});
afterAll(() => browser?.close());

const onStep = (page: Page, step: string) => page.locator(`.session[data-step="${step}"]`).waitFor();

/** Runs a short session by touch: a goal in the first phase, notes, the close's takeaway and commitment, to the summary. */
async function runSession(page: Page, model: string, sheet: string, goalField: string, goal: string, notes: string) {
	await page.goto(new URL(`session/${model}/`, siteUrl()).href);
	await page.locator('.session[data-ready="true"]').waitFor();
	await page.locator('#session-title').fill(`${model} with Robin`);
	await page.locator('#session-person').fill('Robin');
	await page.locator('#session-length-45').check();
	await page.locator('.session-start').tap();
	await page.locator('.session-screen').waitFor();
	await page.locator(`#ss-${sheet}-${goalField}`).fill(goal);
	await page.locator('#session-notes').fill(notes);
	// Each tap waits for its step to change: reading the step before the re-render would tap twice, past the close.
	for (let step = await page.locator('.session').getAttribute('data-step'); step !== '@close'; ) {
		await page.locator('.session-moves .ws-primary').tap();
		await page.locator(`.session:not([data-step="${step}"])`).waitFor();
		step = await page.locator('.session').getAttribute('data-step');
	}
	await page.locator('#ss-session-close-closing-takeaway').fill(`Takeaway from ${model}`);
	await page.locator('input[name="ss-session-close-accountability-commitment"][value="8"]').check();
	await page.locator('.session-moves .ws-primary').tap();
	await onStep(page, '@summary');
}

describe('a coach’s week', () => {
	it('finds both sessions with one client in their file, reopens and prints a summary, and continues into RE-GROW', async () => {
		const context = await browser.newContext({ serviceWorkers: 'block', viewport: { width: 1024, height: 768 }, hasTouch: true });
		const { page, watch } = await openPage(context, '/plans/');
		await runSession(page, 'grow', 'grow', 'goal', 'Speak up in meetings', 'Robin was tired today.');
		const summary = page.locator('.session-highlights');
		await expect(summary.textContent()).resolves.toContain('Speak up in meetings');
		await expect(summary.textContent()).resolves.toContain('Takeaway from grow');
		await expect(summary.textContent()).resolves.toContain('8 out of 10');
		await runSession(page, 'clear', 'clear', 'contract-purpose', 'Lead the new team well', 'Second session: more energy.');

		await page.goto(new URL('plans/', siteUrl()).href);
		await page.locator('.plans-list[data-ready="true"]').waitFor();
		const file = page.locator('.plans-group[data-group="Robin"] .plans-sessions');
		await expect(file.locator('h3').textContent()).resolves.toMatch(/Sessions with Robin\s*\(2\)/);
		const items = file.locator('.plans-session-list > li');
		await expect(items.count()).resolves.toBe(2);
		await expect(items.nth(1).textContent()).resolves.toContain('Speak up in meetings');
		await items.nth(1).getByText('Your private notes').tap();
		await expect(items.nth(1).locator('details').textContent()).resolves.toContain('Robin was tired today.');
		await expect(items.nth(0).textContent()).resolves.toContain('Takeaway from clear');
		if (process.env.CW_SHOTS) await page.locator('.plans-group[data-group="Robin"]').screenshot({ path: `${process.env.CW_SHOTS}/client-file.png` });

		await items.nth(1).getByRole('link', { name: /^Open the summary/ }).tap();
		await onStep(page, '@summary');
		await expect(page.locator('.session-highlights').textContent()).resolves.toContain('Speak up in meetings');
		const printed = pdfText(await page.pdf({ format: 'A4' }));
		expect(printed).toContain('Speak up in meetings');
		expect(printed).not.toContain('Robin was tired today.');

		// The follow-up: the GROW plan continues into RE-GROW, named for whose it is and when.
		await page.goto(new URL('worksheets/grow/', siteUrl()).href);
		await worksheetReady(page);
		await page.locator('#ws-grow-continue').selectOption({ label: 'RE-GROW session log' });
		await page.getByRole('button', { name: 'Continue this plan' }).tap();
		await page.waitForURL(/\/worksheets\/re-grow\/$/);
		await worksheetReady(page);
		await page.waitForFunction(() => /^Robin: RE-GROW session log after /.test((document.getElementById('ws-re-grow--title') as HTMLInputElement)?.value ?? ''));
		await waitForValue(page, '#ws-re-grow-series-goal-goal', 'Speak up in meetings');
		expect(watch.errors).toEqual([]);
		await context.close();
	}, 120_000);
});
