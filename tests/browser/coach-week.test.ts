/**
 * A coach's week on a 1024×768 tablet: two sessions with one client (GROW, then CLEAR), the client's
 * file on My plans with both, their summaries and private notes, a summary reopened and printed, and
 * a RE-GROW follow-up named for what it is.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launch, openPage, siteUrl, storedPlans, waitForValue, worksheetReady } from './support';
import { pdfText } from './pdf-text';

let browser: Browser;
beforeAll(async () => {
	browser = await launch();
});
afterAll(() => browser?.close());

const onStep = (page: Page, step: string) => page.locator(`.session[data-step="${step}"]`).waitFor();

/** Runs a short session by touch: a goal in the first phase, notes, the close's takeaway and commitment, to the summary. */
async function runSession(page: Page, model: string, sheet: string, goalField: string, goal: string, notes: string, extra?: { measure: string; closeAction: string }) {
	await page.goto(new URL(`session/${model}/`, siteUrl()).href);
	await page.locator('.session[data-ready="true"]').waitFor();
	await page.locator('#session-title').fill(`${model} with Robin`);
	await page.locator('#session-person').fill('Robin');
	await page.locator('#session-length-45').check();
	await page.locator('.session-start').tap();
	await page.locator('.session-screen').waitFor();
	await page.locator(`#ss-${sheet}-${goalField}`).fill(goal);
	if (extra) await page.locator(`#ss-${sheet}-goal-measure`).fill(extra.measure);
	await page.locator('#session-notes').fill(notes);
	// Each tap waits for its step to change: reading the step before the re-render would tap twice, past the close.
	for (let step = await page.locator('.session').getAttribute('data-step'); step !== '@close'; ) {
		await page.locator('.session-moves .ws-primary').tap();
		await page.locator(`.session:not([data-step="${step}"])`).waitFor();
		step = await page.locator('.session').getAttribute('data-step');
	}
	if (extra) {
		await page.locator('#ss-session-close-post-session-actions-add').tap();
		await page.locator('#ss-session-close-post-session-actions-0-what').fill(extra.closeAction);
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
		await runSession(page, 'grow', 'grow', 'goal', 'Speak up in meetings', 'Robin was tired today.', {
			measure: 'Two points made in each weekly meeting',
			closeAction: 'Ask Sam for feedback after Monday',
		});
		const summary = page.locator('.session-highlights');
		await expect.poll(() => summary.textContent()).toContain('Speak up in meetings');
		await expect.poll(() => summary.textContent()).toContain('Takeaway from grow');
		await expect.poll(() => summary.textContent()).toContain('8 out of 10');
		await runSession(page, 'clear', 'clear', 'contract-purpose', 'Lead the new team well', 'Second session: more energy.');

		await page.goto(new URL('plans/', siteUrl()).href);
		await page.locator('.plans-list[data-ready="true"]').waitFor();
		const file = page.locator('.plans-group[data-group="Robin"] .plans-sessions');
		await expect.poll(() => file.locator('h3').textContent()).toMatch(/Sessions with Robin\s*\(2\)/);
		const items = file.locator('.plans-session-list > li');
		await expect.poll(() => items.count()).toBe(2);
		await expect.poll(() => items.nth(1).textContent()).toContain('Speak up in meetings');
		await items.nth(1).getByText('Your private notes').tap();
		await expect.poll(() => items.nth(1).locator('details').textContent()).toContain('Robin was tired today.');
		await expect.poll(() => items.nth(0).textContent()).toContain('Takeaway from clear');
		if (process.env.CW_SHOTS) await page.locator('.plans-group[data-group="Robin"]').screenshot({ path: `${process.env.CW_SHOTS}/client-file.png` });

		await items.nth(1).getByRole('link', { name: /^Open the summary/ }).tap();
		await onStep(page, '@summary');
		await expect.poll(() => page.locator('.session-highlights').textContent()).toContain('Speak up in meetings');
		const printed = pdfText(await page.pdf({ format: 'A4' }));
		expect(printed).toContain('Speak up in meetings');
		expect(printed).not.toContain('Robin was tired today.');

		// The follow-up: the GROW plan continues into RE-GROW, named for whose it is and when, carrying the
		// goal with its measure as the M, and the actions agreed in the session's close into the first round.
		await page.goto(new URL('worksheets/grow/', siteUrl()).href);
		await worksheetReady(page);
		await page.locator('#ws-grow-continue').selectOption({ label: 'RE-GROW session log' });
		await page.getByRole('button', { name: 'Continue this plan' }).tap();
		await page.waitForURL(/\/worksheets\/re-grow\/$/);
		await worksheetReady(page);
		await page.waitForFunction(() => /^Robin: RE-GROW session log after /.test((document.getElementById('ws-re-grow--title') as HTMLInputElement)?.value ?? ''));
		await waitForValue(page, '#ws-re-grow-series-goal-goal', 'Speak up in meetings');
		await waitForValue(page, '#ws-re-grow-series-goal-measurable', 'Two points made in each weekly meeting');
		await expect.poll(() => page.locator('#ws-re-grow-rounds-r0-happened').inputValue()).toContain('Ask Sam for feedback after Monday');
		expect(watch.errors).toEqual([]);
		await context.close();
	}, 120_000);

	it('merges the client’s reply into the plan the link was made for, one plan per client', async () => {
		const coach = await browser.newContext({ serviceWorkers: 'block', viewport: { width: 1024, height: 768 }, hasTouch: true });
		const { page, watch } = await openPage(coach, '/worksheets/grow/');
		await worksheetReady(page);
		await page.locator('#ws-grow--title').fill('Meetings with Robin');
		await page.locator('#ws-grow--person').fill('Robin');
		await page.locator('#ws-grow-goal').fill('Speak up in meetings');
		await page.locator('#ws-grow-goal-why').fill('The coach noted: promotion review in March');

		// The coach's link names the plan it belongs to.
		await page.goto(new URL('coach/', siteUrl()).href);
		await page.locator('.coach-form[data-ready="true"]').waitFor();
		await page.locator('#coach-worksheet').selectOption('grow');
		await page.locator('#coach-client').fill('Robin');
		await page.locator('#coach-coach').fill('Dana');
		await page.locator('#coach-plan').selectOption({ label: 'Robin: Meetings with Robin' });
		await page.getByRole('button', { name: 'Make the link' }).tap();
		const coachLink = await page.locator('#coach-link').inputValue();

		// The client, on a phone, fills in the worksheet and sends it back.
		const phone = await browser.newContext({ serviceWorkers: 'block', viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
		const client = await phone.newPage();
		await client.goto(coachLink);
		await client.getByRole('button', { name: 'Start this worksheet' }).tap();
		await waitForValue(client, '#ws-grow--person', 'Robin');
		await client.locator('#ws-grow-goal').fill('Speak up once in every meeting');
		await client.locator('#ws-grow-reality-now').fill('I prepare points but stay quiet');
		await client.getByRole('button', { name: 'Send back to my coach' }).tap();
		const reply = await client.locator('#ws-grow--link').inputValue();
		await phone.close();

		// The coach opens the reply: it offers to merge, naming what it adds and what it replaces.
		await page.goto(reply);
		const offer = page.getByRole('region', { name: 'Robin’s reply to your plan “Meetings with Robin”' });
		await offer.waitFor();
		await expect.poll(() => offer.textContent()).toContain('it adds one answer and replaces one answer of yours');
		await expect.poll(() => offer.locator('.ws-reply-changes').textContent()).toMatch(/Yours: Speak up in meetings.*Reply: Speak up once in every meeting/);
		await page.getByRole('button', { name: 'Merge into “Meetings with Robin”' }).tap();
		await waitForValue(page, '#ws-grow-reality-now', 'I prepare points but stay quiet');

		const plans = Object.values(await storedPlans(page));
		expect(plans).toHaveLength(1);
		expect(plans[0]).toMatchObject({
			title: 'Meetings with Robin',
			answers: { goal: 'Speak up once in every meeting', 'goal-why': 'The coach noted: promotion review in March', 'reality-now': 'I prepare points but stay quiet' },
		});
		expect(plans[0].context).toBeUndefined();

		// The same reply opened again says the plan holds it, and opens the plan.
		await page.goto(new URL('plans/', siteUrl()).href);
		await page.goto(reply);
		await page.getByText('Your plan already holds every answer in this reply.').waitFor();
		await page.getByRole('button', { name: 'Open “Meetings with Robin”' }).tap();
		await waitForValue(page, '#ws-grow-goal', 'Speak up once in every meeting');
		expect(Object.values(await storedPlans(page))).toHaveLength(1);
		expect(watch.errors).toEqual([]);
		await coach.close();
	}, 120_000);

	it('merges a reply pasted on My plans into the coach’s plan too', async () => {
		const { encodeSharePayload } = await import('../../src/plan/link');
		const { createRecord } = await import('../../src/plan/record');
		const mine = createRecord({ id: 'grow', version: 4 }, new Date('2026-11-20T10:00:00Z'), { title: 'Meetings', person: 'Robin', answers: { goal: 'Speak up' } });
		const reply = createRecord({ id: 'grow', version: 4 }, new Date('2026-11-24T10:00:00Z'), {
			person: 'Robin',
			answers: { 'reality-now': 'I stay quiet' },
			context: { client: 'Robin', plan: mine.id },
		});
		const context = await browser.newContext({ serviceWorkers: 'block', viewport: { width: 1024, height: 768 }, hasTouch: true });
		await context.addInitScript((record) => {
			if (!localStorage.getItem(`cw:plan:${record.id}`)) localStorage.setItem(`cw:plan:${record.id}`, JSON.stringify(record));
		}, mine);
		const { page, watch } = await openPage(context, '/plans/');
		await page.locator('.plans-list[data-ready="true"]').waitFor();
		await page.getByLabel('Paste a share link or a coach’s link').fill(`${siteUrl()}worksheets/grow/#plan=${await encodeSharePayload({ plan: reply, worksheet: 'grow', context: reply.context })}`);
		await page.getByRole('button', { name: 'Open the link' }).tap();
		await page.getByRole('button', { name: 'Merge into “Meetings”' }).tap();
		await page.getByText('Merged the reply into “Meetings” on this device.').waitFor();
		const plans = Object.values(await storedPlans(page));
		expect(plans).toHaveLength(1);
		expect(plans[0].answers).toEqual({ goal: 'Speak up', 'reality-now': 'I stay quiet' });
		expect(watch.errors).toEqual([]);
		await context.close();
	});
});
