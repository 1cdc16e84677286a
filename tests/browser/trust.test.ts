import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deflateRawSync } from 'node:zlib';
import qrcode from 'qrcode-generator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launch, openPage, siteUrl, storedPlans, waitForValue, worksheetReady, textValues } from './support';
import { packLinkBytes } from '../../src/plan/link';

let browser: Browser;
beforeAll(async () => {
	browser = await launch();
});
afterAll(() => browser?.close());

/** A GROW plan with every field filled as a person would, in sentences of varied length. */
const answers = {
	goal: 'Run a 10 km race in under 60 minutes by the end of March, without injury',
	'goal-why':
		'I used to run at university and felt sharper at work. Since the move I have let it slide, my sleep is worse, and I promised my sister we would do the Riverside 10k together for the hospice that looked after Dad.',
	'goal-measure': 'Official chip time under 1:00:00 at the Riverside 10k on 29 March; three runs a week logged for eight weeks before it.',
	'reality-now':
		'I run about once a fortnight, 4 to 5 km at 6:40 per km, usually on Sunday mornings. Evenings are taken by late meetings twice a week, and my left knee aches after anything over 6 km.',
	'reality-tried': ['A couch-to-5k app in spring (stopped in week 6 when work got busy)', 'Running to the office on Fridays', 'Joining the Thursday club run once'],
	'reality-resources': ['Good shoes bought in September', 'A physio friend, Priya, who offered to look at my knee', 'Flexible start on Tuesdays and Thursdays'],
	'reality-obstacles': ['Late meetings on Monday and Wednesday', 'Dark, wet evenings until February', 'Losing heart after one missed week'],
	'options-list': [
		'Follow a 10-week beginner 10k plan with three runs a week',
		'Run with the Thursday club and add one long run on Sunday',
		'Hire a coach for four sessions',
		'Swap one run for cycling to protect the knee',
	],
	'options-weighing':
		'Plan: free and structured, but easy to skip alone (7/10). Club: company keeps me honest, only one night fits (8/10). Coach: expensive, £160 (4/10). Cycling: kind to the knee, but not race practice (5/10).',
	'options-chosen':
		'The club on Thursdays plus a plan-based long run on Sundays and a short Tuesday run before work, with Priya checking my knee first.',
	'will-actions': [
		{ what: 'Ask Priya to look at my knee', by: '2026-12-05', support: 'Priya', done: true },
		{ what: 'Sign up for the Riverside 10k with my sister', by: '2026-12-12', support: 'Anna', done: false },
		{ what: 'Put Tuesday, Thursday and Sunday runs in the calendar until March', by: '2026-12-14', support: 'Team calendar', done: false },
	],
	'will-commitment': 8,
	'will-support':
		'A wet week or a late project could knock me off. I need Anna to text me on Sunday mornings, and my manager to keep Thursday evenings free of meetings.',
	'will-check': 'Every Sunday evening I log the week’s runs in the app and review it with Anna on the first Sunday of each month.',
};
const plan = {
	format: 1,
	id: 'fullgrow',
	worksheet: 'grow',
	worksheetVersion: 2,
	title: 'Riverside 10k in under an hour',
	person: 'Sam Okafor',
	date: '2026-12-01',
	created: '2026-12-01T09:00:00.000Z',
	updated: '2026-12-01T09:40:00.000Z',
	answers,
	edited: {},
};

/** Every text a visitor would look for in the opened plan, including each action's what and helper. */
const texts = [
	answers.goal,
	answers['goal-why'],
	answers['goal-measure'],
	answers['reality-now'],
	...answers['reality-tried'],
	...answers['reality-resources'],
	...answers['reality-obstacles'],
	...answers['options-list'],
	answers['options-weighing'],
	answers['options-chosen'],
	...answers['will-actions'].flatMap((row) => [row.what, row.support]),
	answers['will-support'],
	answers['will-check'],
	plan.title,
	plan.person,
];

/** Checks the page shows every answer of the plan: every text, the dates, the ticks and the rating. */
async function expectEveryAnswer(page: Page) {
	await waitForValue(page, '#ws-grow--title', plan.title);
	const values = await textValues(page);
	for (const text of texts) expect(values).toContain(text);
	const dates = await page.locator('.worksheet input[type=date]').evaluateAll((els) => els.map((el) => (el as HTMLInputElement).value));
	for (const day of [plan.date, ...answers['will-actions'].map((row) => row.by)]) expect(dates).toContain(day);
	expect(await page.locator('#ws-grow-will-actions-0-done').isChecked()).toBe(true);
	expect(await page.locator('#ws-grow-will-actions-1-done').isChecked()).toBe(false);
	expect(await page.locator('[data-field="ws-grow-will-commitment"] input[value="8"]').isChecked()).toBe(true);
}

/** Opens the worksheet with the plan saved in this browser, as it would be after typing it. */
async function savedPlanPage(context: Awaited<ReturnType<Browser['newContext']>>) {
	const { page, watch } = await openPage(context, '/worksheets/grow/');
	await page.evaluate((record) => {
		localStorage.setItem(`cw:plan:${record.id}`, JSON.stringify(record));
		localStorage.setItem('cw:active:grow', record.id);
	}, plan);
	await page.reload();
	await worksheetReady(page);
	await waitForValue(page, '#ws-grow--title', plan.title);
	return { page, watch };
}

const tempDir = () => mkdtempSync(join(tmpdir(), 'cw-qr-'));

/** The texts zbarimg reads from every page of a PDF rasterised at `dpi`. */
function decodePdf(pdf: Buffer, dpi: number): string[] {
	const dir = process.env.CW_SHOTS ? mkdtempSync(join(process.env.CW_SHOTS, `pdf-${dpi}-`)) : tempDir();
	writeFileSync(join(dir, 'plan.pdf'), pdf);
	execFileSync('pdftoppm', ['-r', String(dpi), '-png', join(dir, 'plan.pdf'), join(dir, 'page')]);
	const found: string[] = [];
	for (const png of readdirSync(dir).filter((name) => name.endsWith('.png')).sort()) {
		try {
			found.push(...execFileSync('zbarimg', ['--raw', '-q', join(dir, png)], { encoding: 'utf8' }).split('\n').filter(Boolean));
		} catch {
			// zbarimg exits 4 when a page holds no code.
		}
	}
	return found;
}

/** How the same plan fared before link format 2 and print sizing: a format-1 link in a 26 mm code at level L. */
function formerFigures(linkBase: string) {
	const data = `1.${packLinkBytes(
		deflateRawSync(
			Buffer.from(JSON.stringify({ w: 'grow', p: { i: plan.id, v: 2, t: plan.title, n: plan.person, d: plan.date, c: plan.created, u: plan.updated, a: answers } })),
		),
	).slice(2)}`;
	const link = `${linkBase}#plan=${data}`;
	const qr = qrcode(0, 'L');
	qr.addData(link, 'Byte');
	qr.make();
	const modules = qr.getModuleCount();
	return { linkLength: link.length, modules, moduleMm: Math.round((26 / (modules + 4)) * 1000) / 1000 };
}

describe('the printed QR code', () => {
	it('of a fully filled GROW plan scans at 150 dpi on A4 and Letter and opens every answer in a fresh browser', async () => {
		const context = await browser.newContext({ serviceWorkers: 'block', locale: 'en-GB' });
		const { page, watch } = await savedPlanPage(context);
		const figure = page.locator('figure.ws-qr[data-ready="true"]');
		await figure.waitFor({ state: 'attached' });
		const figures = {
			modules: Number(await figure.getAttribute('data-modules')),
			moduleMm: Number(await figure.getAttribute('data-module-mm')),
			linkLength: Number(await figure.getAttribute('data-link-length')),
			level: await figure.getAttribute('data-level'),
		};
		expect(figures.moduleMm).toBeGreaterThanOrEqual(0.4);
		const former = formerFigures(new URL('worksheets/grow/', siteUrl()).href);
		console.log(`QR for a full GROW plan: before ${JSON.stringify(former)}, after ${JSON.stringify(figures)}`);
		expect(figures.linkLength).toBeLessThan(former.linkLength);

		const decoded: Record<string, string[]> = {};
		for (const format of ['A4', 'Letter'] as const) {
			const pdf = await page.pdf({ format, printBackground: false });
			decoded[`${format} 150 dpi`] = decodePdf(pdf, 150);
			decoded[`${format} 300 dpi`] = decodePdf(pdf, 300);
		}
		console.log(`Decoded: ${JSON.stringify(Object.fromEntries(Object.entries(decoded).map(([k, v]) => [k, v.length])))}`);
		for (const [run, found] of Object.entries(decoded)) {
			expect(found, run).toHaveLength(1);
			expect(found[0], run).toMatch(new RegExp(`^${siteUrl().replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}worksheets/grow/#plan=2\\.`));
		}
		expect(watch.errors).toEqual([]);
		await context.close();

		const fresh = await browser.newContext({ serviceWorkers: 'block' });
		const { page: other, watch: otherWatch } = await openPage(fresh, decoded['A4 150 dpi'][0].replace(siteUrl(), '/'));
		await other.getByText('A shared plan, read-only.').waitFor();
		await expectEveryAnswer(other);
		expect(otherWatch.errors).toEqual([]);
		await fresh.close();
	}, 240_000);

	it('shows the same code on screen with “Open on my phone”', async () => {
		// Tall enough that the worksheet's sticky footer does not cover the code.
		const context = await browser.newContext({ serviceWorkers: 'block', viewport: { width: 1280, height: 1400 } });
		const { page } = await savedPlanPage(context);
		await page.getByRole('button', { name: 'Open on my phone' }).click();
		const panel = page.locator('.ws-phone-qr');
		await panel.getByText('Open this plan on your phone.').waitFor();
		await expect.poll(() => panel.getByRole('img', { name: "QR code of this plan's share link" }).isVisible()).toBe(true);
		const shot = join(tempDir(), 'screen.png');
		await panel.locator('svg').screenshot({ path: shot });
		if (process.env.CW_SHOTS) await panel.screenshot({ path: join(process.env.CW_SHOTS, 'phone-qr.png') });
		const found = execFileSync('zbarimg', ['--raw', '-q', shot], { encoding: 'utf8' }).trim();
		expect(found).toMatch(/#plan=2\./);
		await page.getByRole('button', { name: 'Hide the code' }).click();
		await expect.poll(() => panel.count()).toBe(0);
		await context.close();
	});
});

describe('a damaged plan', () => {
	it('is announced on its worksheet page, and salvage makes a recovered plan with what can be read', async () => {
		const context = await browser.newContext({ serviceWorkers: 'block', acceptDownloads: true });
		const { page, watch } = await openPage(context, '/worksheets/grow/');
		const whole = JSON.stringify(plan);
		const cut = whole.slice(0, whole.indexOf('"options-weighing"') + 40);
		await page.evaluate((raw) => {
			localStorage.setItem('cw:plan:damaged', raw);
			localStorage.setItem('cw:active:grow', 'damaged');
		}, cut);
		await page.reload();
		await worksheetReady(page);
		const alert = page.locator('.ws-damaged[role="alert"]');
		await alert.getByText('A saved plan of this worksheet could not be opened.').waitFor();
		expect(await alert.getByRole('link', { name: 'My plans' }).getAttribute('href')).toBe(new URL('plans/', siteUrl()).pathname);
		const [download] = await Promise.all([page.waitForEvent('download'), alert.getByRole('button', { name: 'Download “damaged”' }).click()]);
		expect(download.suggestedFilename()).toBe('coaching-workbook-unreadable-damaged.json');

		await alert.getByRole('button', { name: 'Recover what can be read from “damaged”' }).click();
		await alert.getByText('Saved what could be read as a new plan').waitFor();
		await expect.poll(() => alert.locator('.ws-salvage-report').textContent()).toContain('What have you tried so far?');
		await expect.poll(() => alert.locator('.ws-salvage-report').textContent()).toContain('Could not be read (1):What speaks for and against');
		await waitForValue(page, '#ws-grow--title', `Recovered: ${plan.title}`);
		await waitForValue(page, '#ws-grow-goal', answers.goal);
		const saved = Object.values(await storedPlans(page));
		expect(saved).toHaveLength(1);
		expect(saved[0]).toMatchObject({ recovered: 'damaged', person: plan.person, date: plan.date });
		const expected = Object.fromEntries(Object.entries(answers).slice(0, Object.keys(answers).indexOf('options-weighing')));
		expect(saved[0].answers).toEqual(expected);
		const quarantined = await page.evaluate(() => JSON.parse(localStorage.getItem('cw:quarantine:damaged')!));
		expect(quarantined.raw).toBe(cut);

		// My plans lists it with its own salvage button.
		const { page: list } = await openPage(context, '/plans/');
		await list.locator('.plans-quarantine').getByRole('button', { name: 'Recover what can be read from “damaged”' }).waitFor();
		expect(watch.errors).toEqual([]);
		await context.close();
	});
});

describe('a private link', () => {
	it('asks for the passphrase, refuses a wrong one, opens with the right one and keeps the passphrase nowhere', async () => {
		const passphrase = 'kettle under the stairs';
		const context = await browser.newContext({ serviceWorkers: 'block' });
		const { page } = await savedPlanPage(context);
		await page.getByRole('checkbox', { name: 'Protect with a passphrase' }).check();
		await page.getByText('Anyone who has both the link and the passphrase').waitFor();
		await page.getByLabel(/^Passphrase/).fill('short');
		await page.getByRole('button', { name: 'Share link' }).click();
		await page.getByText('Choose a passphrase of at least 8 characters.').waitFor();
		await page.getByLabel(/^Passphrase/).fill(passphrase);
		await page.getByRole('button', { name: 'Share link' }).click();
		const input = page.locator('#ws-grow--link');
		await input.waitFor();
		const link = await input.inputValue();
		expect(link).toMatch(/#plan=3\.[A-Za-z0-9_-]+$/);
		expect(link).not.toContain(encodeURIComponent(passphrase).slice(0, 8));
		expect(await page.getByLabel(/^Passphrase/).inputValue()).toBe('');
		await context.close();

		const fresh = await browser.newContext({ serviceWorkers: 'block' });
		const { page: other, watch } = await openPage(fresh, link.replace(siteUrl(), '/'));
		await other.getByText('This plan is protected with a passphrase.').waitFor();
		await other.screenshot({ path: join(process.env.CW_SHOTS ?? tempDir(), 'passphrase-prompt.png'), fullPage: false });
		const field = other.getByLabel('Passphrase', { exact: true });
		await field.fill('kettle under the stair');
		await other.getByRole('button', { name: 'Unlock' }).click();
		await other.getByText('That passphrase does not open this link.').waitFor({ timeout: 30_000 });
		// The wrong try stays in the field, to be mended rather than typed again; nothing is stored.
		expect(await field.inputValue()).toBe('kettle under the stair');
		await expect.poll(() => storedPlans(other)).toEqual({});
		await field.fill(passphrase);
		await other.getByRole('button', { name: 'Unlock' }).click();
		await other.getByText('A shared plan, read-only.').waitFor({ timeout: 30_000 });
		await expectEveryAnswer(other);

		// Nothing decrypted is stored until the visitor saves, and the passphrase never is.
		await expect.poll(() => storedPlans(other)).toEqual({});
		const everything = () =>
			other.evaluate(() => JSON.stringify({ local: { ...localStorage }, session: { ...sessionStorage }, href: location.href }));
		expect(await everything()).not.toContain(passphrase);
		expect(other.url()).not.toContain(passphrase);
		await other.getByRole('button', { name: 'Save a copy on this device' }).click();
		await waitForValue(other, '#ws-grow--title', plan.title);
		expect(Object.values(await storedPlans(other))).toHaveLength(1);
		expect(await everything()).not.toContain(passphrase);
		expect(watch.errors).toEqual([]);
		await fresh.close();
	});

	it('a protected coach link opens for the client with the passphrase, and a changed one is refused', async () => {
		const coachContext = await browser.newContext({ serviceWorkers: 'block' });
		const { page: coach } = await openPage(coachContext, '/coach/');
		await coach.locator('.coach-form[data-ready="true"]').waitFor();
		await coach.locator('#coach-worksheet').selectOption('grow');
		await coach.locator('#coach-client').fill('Robin');
		await coach.locator('#coach-focus').fill('Confidence in meetings');
		await coach.getByRole('checkbox', { name: 'Protect with a passphrase' }).check();
		await coach.getByLabel(/^Passphrase/).fill('blue heron at dawn');
		await coach.getByRole('button', { name: 'Make the link' }).click();
		const coachLink = await coach.locator('#coach-link').inputValue();
		expect(coachLink).toMatch(/#coach=3\./);
		await coachContext.close();

		const clientContext = await browser.newContext({ serviceWorkers: 'block' });
		const { page: client } = await openPage(clientContext, coachLink.replace(siteUrl(), '/'));
		await client.getByText('This worksheet link is protected with a passphrase.').waitFor();
		await client.getByLabel('Passphrase', { exact: true }).fill('blue heron at dawn');
		await client.getByRole('button', { name: 'Unlock' }).click();
		await client.locator('.ws-coach-note').getByText('Confidence in meetings').waitFor({ timeout: 30_000 });
		await client.getByRole('button', { name: 'Start this worksheet' }).click();
		await waitForValue(client, '#ws-grow--person', 'Robin');
		// The reply to a private link is protected unless the client unticks it.
		await expect.poll(() => client.getByRole('checkbox', { name: 'Protect with a passphrase' }).isChecked()).toBe(true);
		await client.getByRole('button', { name: 'Send back to my coach' }).click();
		await client.getByText('Choose a passphrase of at least 8 characters.').waitFor();

		const data = coachLink.split('#coach=')[1];
		const changed = `${data.slice(0, 30)}${data[30] === 'A' ? 'B' : 'A'}${data.slice(31)}`;
		const { page: tampered } = await openPage(clientContext, `/worksheets/grow/#coach=${changed}`);
		await tampered.getByLabel('Passphrase', { exact: true }).fill('blue heron at dawn');
		await tampered.getByRole('button', { name: 'Unlock' }).click();
		await tampered.getByText('This link is incomplete or has been changed').waitFor({ timeout: 30_000 });
		await clientContext.close();
	});
});
