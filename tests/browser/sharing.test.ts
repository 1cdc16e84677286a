import { readFileSync } from 'node:fs';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext } from 'playwright-core';
import { launch, openPage, siteUrl, storedPlans, waitForValue, worksheetReady, textValues, shareLinkOf } from './support';
import { fillWorksheet, loadWorksheet, wordFor } from './worksheet-filler';

let browser: Browser;
beforeAll(async () => {
	browser = await launch();
});
afterAll(() => browser?.close());

const grow = loadWorksheet('grow');

async function filledGrow(context: BrowserContext) {
	const { page, watch } = await openPage(context, '/worksheets/grow/');
	await worksheetReady(page);
	const filled = await fillWorksheet(page, 'grow', grow);
	return { page, watch, filled };
}

const tempFile = (name: string, content: string | Buffer) => {
	const path = join(mkdtempSync(join(tmpdir(), 'cw-upload-')), name);
	writeFileSync(path, content);
	return path;
};

describe('plan files', () => {
	it('downloads a filled plan, and after deleting it, opening the file brings every answer back', async () => {
		const context = await browser.newContext({ serviceWorkers: 'block', acceptDownloads: true, locale: 'en-US' });
		const { page, filled, watch } = await filledGrow(context);
		const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download plan' }).first().click()]);
		expect(download.suggestedFilename()).toMatch(/^grow-plan-a-title-.*\.json$/);
		const file = await download.path();
		await page.getByRole('button', { name: 'Delete' }).click();
		await expect.poll(() => storedPlans(page)).toEqual({});

		const { page: list } = await openPage(context, '/plans/');
		await list.locator('.plans-list[data-ready="true"]').waitFor();
		await list.locator('#plans-file').setInputFiles(file);
		await list.getByText('holds this plan').waitFor();
		await list.getByRole('button', { name: 'Save on this device' }).click();
		await list.getByRole('rowheader', { name: /Plan A title/ }).waitFor();

		await list.getByRole('link', { name: 'Plan A title' }).click();
		await worksheetReady(list);
		await waitForValue(list, '#ws-grow--title', 'Plan A title');
		const values = await textValues(list);
		for (const text of filled.typed) expect(values).toContain(text);
		expect(watch.foreignRequests).toEqual([]);
		await context.close();
	});

	it('accepts a dropped file as well as a picked one', async () => {
		const context = await browser.newContext({ serviceWorkers: 'block' });
		const { page } = await openPage(context, '/plans/');
		await page.locator('.plans-list[data-ready="true"]').waitFor();
		const text = JSON.stringify({
			app: 'coaching-workbook',
			kind: 'plans',
			format: 1,
			exported: '2026-11-24T10:00:00.000Z',
			plans: [
				{
					worksheet: { id: 'smart', version: 1 },
					plan: { format: 1, id: 'x1', worksheet: 'smart', worksheetVersion: 1, title: 'Dropped plan', person: '', date: '', created: '2026-11-24T10:00:00.000Z', updated: '2026-11-24T10:00:00.000Z', answers: {}, edited: {} },
				},
			],
		});
		const transfer = await page.evaluateHandle((content) => {
			const data = new DataTransfer();
			data.items.add(new File([content], 'dropped.json', { type: 'application/json' }));
			return data;
		}, text);
		await page.locator('.plans-drop').dispatchEvent('drop', { dataTransfer: transfer });
		await page.getByText('holds this plan').waitFor();
		await page.getByRole('button', { name: 'Save on this device' }).click();
		await page.getByRole('rowheader', { name: /Dropped plan/ }).waitFor();
		await context.close();
	});
});

describe('share links', () => {
	it('opens a shared plan read-only in a fresh browser, with the same answers, and saves a copy', async () => {
		const context = await browser.newContext({ serviceWorkers: 'block', locale: 'en-US' });
		const { page, filled } = await filledGrow(context);
		const link = await shareLinkOf(page);
		expect(link.startsWith(new URL('worksheets/grow/#plan=2.', siteUrl()).href)).toBe(true);
		await context.close();

		const fresh = await browser.newContext({ serviceWorkers: 'block' });
		const { page: other, watch } = await openPage(fresh, link.replace(siteUrl(), '/'));
		await other.getByText('A shared plan, read-only.').waitFor();
		await waitForValue(other, '#ws-grow--title', 'Plan A title');
		const values = await textValues(other);
		for (const text of filled.typed) expect(values).toContain(text);
		expect(await other.locator('#ws-grow-goal').isDisabled()).toBe(true);
		await expect.poll(() => storedPlans(other)).toEqual({});

		await other.getByRole('button', { name: 'Save a copy on this device' }).click();
		await waitForValue(other, '#ws-grow--title', 'Plan A title');
		expect(await other.locator('#ws-grow-goal').isDisabled()).toBe(false);
		const saved = Object.values(await storedPlans(other));
		expect(saved).toHaveLength(1);
		const word = wordFor(grow, 'options-list');
		expect(saved[0].answers['options-list']).toEqual([`Item ${word} 1`, `Item ${word} 2`]);
		expect(new URL(other.url()).hash).toBe('');
		expect(watch.errors).toEqual([]);
		expect(watch.foreignRequests).toEqual([]);
		await fresh.close();
	});

	it('copies the plan as Markdown through the real clipboard', async () => {
		const context = await browser.newContext({ serviceWorkers: 'block', locale: 'en-US', permissions: ['clipboard-read', 'clipboard-write'] });
		const { page } = await filledGrow(context);
		await page.getByRole('button', { name: 'Copy as Markdown' }).click();
		await page.getByText('Copied the plan as Markdown').waitFor();
		const markdown = await page.evaluate(() => navigator.clipboard.readText());
		expect(markdown).toMatch(/^# Plan A title/);
		expect(markdown).toContain('## Goal');
		expect(markdown).toContain('| What | By when | Who helps | Done |');
		expect(markdown).toContain(`- Item ${wordFor(grow, 'options-list')} 1`);
		await context.close();
	});

	it('downloads a calendar file whose events carry the plan’s dates', async () => {
		const context = await browser.newContext({ serviceWorkers: 'block', acceptDownloads: true, locale: 'en-US' });
		const { page } = await filledGrow(context);
		const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Add dates to calendar' }).click()]);
		expect(download.suggestedFilename()).toMatch(/\.ics$/);
		const ics = readFileSync((await download.path())!, 'utf8');
		const starts = [...ics.matchAll(/DTSTART;VALUE=DATE:(\d{8})/g)].map((m) => m[1]);
		expect(starts).toContain('20270220');
		expect(ics).toMatch(/SUMMARY:Action A\d+ what/);
		await context.close();
	});
});

describe('the coach and client round trip', () => {
	it('goes from coach to client and back across two browsers', async () => {
		const coachContext = await browser.newContext({ serviceWorkers: 'block', permissions: ['clipboard-read', 'clipboard-write'] });
		const { page: coach } = await openPage(coachContext, '/coach/');
		await coach.locator('.coach-form[data-ready="true"]').waitFor();
		await coach.locator('#coach-worksheet').selectOption('grow');
		await coach.locator('#coach-client').fill('Robin');
		await coach.locator('#coach-coach').fill('Dana');
		await coach.locator('#coach-focus').fill('Confidence in meetings');
		await coach.locator('#coach-returnBy').fill('2026-12-10');
		await coach.locator('#coach-note').fill('Ten minutes is plenty.');
		await coach.getByRole('button', { name: 'Make the link' }).click();
		const coachLink = await coach.locator('#coach-link').inputValue();
		expect(coachLink).toContain('/worksheets/grow/#coach=2.');

		const clientContext = await browser.newContext({ serviceWorkers: 'block' });
		const { page: client, watch } = await openPage(clientContext, coachLink.replace(siteUrl(), '/'));
		await worksheetReady(client);
		await client.getByRole('heading', { name: 'Dana sent you the GROW action plan' }).waitFor();
		await client.locator('.ws-coach-note').getByText('Confidence in meetings').waitFor();
		await expect.poll(() => client.locator('.ws-coach-note').textContent()).toContain('10 December 2026');
		expect(await storedPlans(client)).toEqual({});
		await client.getByRole('button', { name: 'Start this worksheet' }).click();
		await waitForValue(client, '#ws-grow--person', 'Robin');
		await client.locator('#ws-grow-goal').fill('Speak up once in every team meeting');
		await client.reload();
		await worksheetReady(client);
		await client.locator('.ws-coach-note').getByText('Dana').waitFor();
		await waitForValue(client, '#ws-grow-goal', 'Speak up once in every team meeting');
		await client.getByRole('button', { name: 'Send back to my coach' }).click();
		await expect.poll(() => client.locator('#ws-grow--link').inputValue()).toContain('#plan=');
		const returnLink = await client.locator('#ws-grow--link').inputValue();
		await expect.poll(() => client.getByRole('link', { name: 'Email the link' }).getAttribute('href')).toContain(encodeURIComponent(returnLink));
		expect(watch.foreignRequests).toEqual([]);

		const { page: back } = await openPage(coachContext, returnLink.replace(siteUrl(), '/'));
		await back.getByText('A shared plan, read-only.').waitFor();
		await waitForValue(back, '#ws-grow-goal', 'Speak up once in every team meeting');
		await back.locator('.ws-coach-note').getByText('Robin').waitFor();
		await back.getByRole('button', { name: 'Save a copy on this device' }).click();
		const saved = Object.values(await storedPlans(back));
		expect(saved).toHaveLength(1);
		expect(saved[0]).toMatchObject({ person: 'Robin', answers: { goal: 'Speak up once in every team meeting' }, context: { coach: 'Dana' } });
		await coachContext.close();
		await clientContext.close();
	});
});

describe('bad input gets a clear message and changes nothing', () => {
	const planFile = (plan: Record<string, unknown>, extra: Record<string, unknown> = {}) =>
		JSON.stringify({
			app: 'coaching-workbook',
			kind: 'plans',
			format: 1,
			exported: '2026-11-24T10:00:00.000Z',
			plans: [{ worksheet: { id: plan.worksheet, version: plan.worksheetVersion }, plan }],
			...extra,
		});
	const plan = { format: 1, id: 'p1', worksheet: 'grow', worksheetVersion: 2, title: 'T', person: '', date: '', created: '2026-11-24T10:00:00.000Z', updated: '2026-11-24T10:00:00.000Z', answers: {}, edited: {} };
	const files: [string, string | Buffer, RegExp][] = [
		['notes.txt', 'Dear diary', /not JSON/],
		['other.json', '{"hello": "world"}', /not a plan file from Coaching Workbook/],
		['unknown.json', planFile({ ...plan, worksheet: 'feelings-wheel', worksheetVersion: 1 }), /worksheet called “feelings-wheel” that this site does not have/],
		['newer.json', planFile(plan, { format: 7 }), /newer version of Coaching Workbook \(format 7\)/],
		['huge.json', Buffer.alloc(6 * 1024 * 1024, 'a'), /too large|larger/i],
	];

	it.each(files)('a file %s is refused with a message; saved plans are untouched', async (name, content, message) => {
		const context = await browser.newContext({ serviceWorkers: 'block' });
		const { page } = await openPage(context, '/worksheets/smart/');
		await worksheetReady(page);
		await page.locator('#ws-smart--title').fill('Keep me');
		const before = await storedPlans(page);
		const { page: list } = await openPage(context, '/plans/');
		await list.locator('.plans-list[data-ready="true"]').waitFor();
		await list.locator('#plans-file').setInputFiles(tempFile(name, content));
		await expect.poll(() => list.locator('.plans-error').textContent()).toMatch(message);
		expect(await storedPlans(list)).toEqual(before);
		await context.close();
	});

	it('refuses links that were cut short, altered, too long or from a newer version', async () => {
		const context = await browser.newContext({ serviceWorkers: 'block', locale: 'en-US' });
		const { page } = await filledGrow(context);
		const link = await shareLinkOf(page);
		const before = await storedPlans(page);
		const data = link.split('#plan=')[1];
		const altered = data.slice(0, 20) + (data[20] === 'A' ? 'B' : 'A') + data.slice(21);
		const cases: [string, RegExp][] = [
			[`#plan=${data.slice(0, Math.floor(data.length / 2))}`, /incomplete or has been changed/],
			[`#plan=${altered}`, /incomplete or has been changed/],
			[`#plan=1.${'A'.repeat(40_000)}`, /longer than Coaching Workbook accepts/],
			['#plan=9.abc', /newer version of Coaching Workbook/],
			['#coach=hello', /incomplete or has been changed/],
		];
		for (const [hash, message] of cases) {
			const { page: opened } = await openPage(context, `/worksheets/grow/${hash}`);
			await expect.poll(() => opened.getByRole('alert').first().textContent()).toMatch(message);
			await expect.poll(() => opened.getByRole('alert').first().textContent()).toContain('Your saved plans have not been changed.');
			await opened.close();
		}
		expect(await storedPlans(page)).toEqual(before);
		await context.close();
	});
});
