/**
 * One test per finding of the attack review (issue 22): crafted links and files, leaks through the
 * share panel, and what a link leaves behind. Each failed on the code before the fix.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deflateRawSync } from 'node:zlib';
import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { encodeSharePayload, packLinkBytes } from '../../src/plan/link';
import fc from 'fast-check';
import { createRecord } from '../../src/plan/record';
import { validateRecord } from '../../src/plan/record-door';
import { arbitraryPlan, loadWorksheets } from '../unit/plan/arbitrary-plan';
import { pdfText } from './pdf-text';
import { launch, openPage, openSearch, seedStorage, siteUrl, storedPlans, waitForValue, worksheetReady } from './support';

let browser: Browser;
beforeAll(async () => {
	browser = await launch();
});
afterAll(() => browser?.close());

const tempDir = () => mkdtempSync(join(tmpdir(), 'cw-hostile-'));
const newContext = (options: Parameters<Browser['newContext']>[0] = {}) => browser.newContext({ serviceWorkers: 'block', ...options });
/** Link data for any JSON, made as the site makes it: a crafted link is only JSON someone chose. */
const linkData = (json: string) => packLinkBytes(deflateRawSync(Buffer.from(json)));

/** A GROW plan typed in: title, person and goal. */
async function typedGrow(context: BrowserContext) {
	const { page, watch } = await openPage(context, '/worksheets/grow/');
	await worksheetReady(page);
	await page.locator('#ws-grow--title').fill('Leaving my job at Acme');
	await page.locator('#ws-grow--person').fill('Sam Rivera');
	await page.locator('#ws-grow-goal').fill('Hand in my notice by March');
	await page.locator('#ws-grow-will-actions-add').click();
	await page.locator('#ws-grow-will-actions-0-what').fill('Talk to HR');
	await page.locator('#ws-grow-will-actions-0-by').fill('2027-01-15');
	return { page, watch };
}

async function protect(page: Page) {
	await page.getByRole('checkbox', { name: 'Protect with a passphrase' }).check();
	await page.getByLabel(/^Passphrase/).fill('blue heron at dawn');
}

describe('hostile links, files and leaks', () => {
	it('1. refuses a deeply nested answer with a message naming it, and the worksheet keeps working', async () => {
		const deep = `{"w":"grow","p":{"v":2,"a":{"zz":${'['.repeat(3500)}${']'.repeat(3500)}}}}`;
		const context = await newContext();
		const { page, watch } = await openPage(context, `/worksheets/grow/#plan=${linkData(deep)}`);
		await expect.poll(() => page.getByRole('alert').first().textContent()).toContain('the answer “zz” is nested more than 8 levels deep');
		await page.getByRole('button', { name: 'Show my own plans' }).click();
		await worksheetReady(page);
		await page.locator('#ws-grow-goal').fill('Still works');
		await page.reload();
		await worksheetReady(page);
		await waitForValue(page, '#ws-grow-goal', 'Still works');
		expect(Object.keys(await storedPlans(page))).toHaveLength(1);
		expect(watch.errors).toEqual([]);
		await context.close();
	});

	it('2. never puts the plan’s title or person in an e-mail subject, protected or not', async () => {
		const context = await newContext();
		const { page } = await typedGrow(context);
		for (const protectedLink of [false, true]) {
			if (protectedLink) await protect(page);
			await page.getByRole('button', { name: 'Share link' }).click();
			const mailto = (await page.getByRole('link', { name: 'Email the link' }).getAttribute('href'))!;
			const subject = decodeURIComponent(/subject=([^&]*)/.exec(mailto)![1]);
			expect(subject).toBe('GROW action plan');
			expect(mailto).not.toContain(encodeURIComponent('Acme'));
			expect(mailto).not.toContain(encodeURIComponent('Sam Rivera'));
		}
		await context.close();
	});

	it('3. carries protection to the phone’s code and the printout, and asks before a plain Markdown copy', async () => {
		const context = await newContext({ viewport: { width: 1280, height: 1400 }, permissions: ['clipboard-read', 'clipboard-write'] });
		const { page } = await typedGrow(context);
		await protect(page);
		await page.getByRole('button', { name: 'Open on my phone' }).click();
		const panel = page.locator('.ws-phone-qr');
		await panel.getByText('once you type the passphrase there').waitFor({ timeout: 30_000 });
		const shot = join(tempDir(), 'phone.png');
		await panel.locator('svg').screenshot({ path: shot });
		expect(execFileSync('zbarimg', ['--raw', '-q', shot], { encoding: 'utf8' }).trim()).toMatch(/#plan=3\./);

		const printed = pdfText(await page.pdf({ format: 'A4' }));
		expect(printed).toContain('No QR code: this plan is protected with a passphrase');
		expect(await page.locator('.ws-qr svg').count()).toBe(0);

		await page.getByRole('button', { name: 'Copy as Markdown' }).click();
		await page.getByText('Copy as Markdown is plain text: the passphrase does not protect it').waitFor();
		await page.getByRole('button', { name: 'Cancel' }).click();
		await page.getByRole('checkbox', { name: 'Protect with a passphrase' }).uncheck();
		await page.getByRole('button', { name: 'Copy as Markdown' }).click();
		await page.getByText('Copied the plan as Markdown.').waitFor();
		await page.locator('.ws-qr[data-ready="true"]').waitFor({ state: 'attached' });
		await context.close();
	});

	it('4. stores nothing from a coach link until the client starts, and offers the started plan the second time', async () => {
		const data = await encodeSharePayload({ worksheet: 'grow', context: { client: 'Robin', coach: 'Dana', note: 'Ten minutes is plenty.' } });
		const context = await newContext();
		const { page } = await openPage(context, `/worksheets/grow/#coach=${data}`);
		await page.getByRole('heading', { name: 'Dana sent you the GROW action plan' }).waitFor();
		await expect.poll(() => page.locator('.ws-coach-arrival').textContent()).toContain('Ten minutes is plenty.');
		await expect.poll(() => page.locator('.ws-body').isVisible()).toBe(false);
		await page.getByRole('button', { name: 'Not now' }).click();
		for (let i = 0; i < 3; i++) {
			const { page: again } = await openPage(context, `/worksheets/grow/#coach=${data}`);
			await again.getByRole('button', { name: 'Start this worksheet' }).waitFor();
			await again.close();
		}
		expect(await page.evaluate(() => Object.keys(localStorage).filter((key) => key.startsWith('cw:')))).toEqual([]);

		const { page: start } = await openPage(context, `/worksheets/grow/#coach=${data}`);
		await start.getByRole('button', { name: 'Start this worksheet' }).click();
		await waitForValue(start, '#ws-grow--person', 'Robin');
		const { page: twice } = await openPage(context, `/worksheets/grow/#coach=${data}`);
		await twice.getByText('You started this worksheet from this link on').waitFor();
		await twice.getByRole('button', { name: 'Open the plan I started' }).click();
		await waitForValue(twice, '#ws-grow--person', 'Robin');
		expect(Object.keys(await storedPlans(twice))).toHaveLength(1);
		await context.close();
	});

	it('5. refuses a date that carries Markdown, at the door', async () => {
		const data = linkData(JSON.stringify({ w: 'grow', p: { v: 3, t: 'T', d: '2026-01-01\n\n# INJECTED HEADING' } }));
		const context = await newContext();
		const { page } = await openPage(context, `/worksheets/grow/#plan=${data}`);
		await expect.poll(() => page.getByRole('alert').first().textContent()).toContain('its date is not written YYYY-MM-DD');
		expect(await storedPlans(page)).toEqual({});
		await context.close();
	});

	it('6. writes a calendar file that a real parser reads back value for value', async () => {
		const context = await newContext();
		const { page } = await openPage(context, '/worksheets/grow/');
		await worksheetReady(page);
		const title = 'Plan; with, commas \\ and backslash';
		await page.locator('#ws-grow--title').fill(title);
		await page.locator('#ws-grow-will-actions-add').click();
		await page.locator('#ws-grow-will-actions-0-what').fill('Call Ana, then; rest \\ a bit');
		await page.locator('#ws-grow-will-actions-0-by').fill('2027-01-15');
		const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Add dates to calendar' }).click()]);
		(ICAL.design.icalendar.property as Record<string, unknown>)['x-wr-calname'] = { defaultType: 'text' };
		const calendar = new ICAL.Component(ICAL.parse(readFileSync((await download.path())!, 'utf8')));
		expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe(title);
		const event = calendar.getFirstSubcomponent('vevent')!;
		expect(event.getFirstPropertyValue('summary')).toBe('Call Ana, then; rest \\ a bit');
		expect(event.getFirstSubcomponent('valarm')!.getFirstPropertyValue('description')).toBe('Tomorrow: Call Ana, then; rest \\ a bit');
		await context.close();
	});

	it('7. refuses an answer keyed like a built-in method', async () => {
		const context = await newContext();
		for (const key of ['toString', 'hasOwnProperty']) {
			const { page } = await openPage(context, `/worksheets/grow/#plan=${linkData(JSON.stringify({ w: 'grow', p: { v: 3, a: { [key]: 'x' } } }))}`);
			await expect.poll(() => page.getByRole('alert').first().textContent()).toContain(`it uses “${key}” as a name, which is not allowed`);
			await page.close();
		}
		await context.close();
	});

	it('8. refuses a plan file whose coach context breaks the coach link limits', async () => {
		const plan = { ...createRecord({ id: 'grow', version: 3 }, new Date('2026-11-24T10:00:00Z'), { title: 'T' }), context: { returnBy: 'next week' } };
		const file = join(tempDir(), 'plan.json');
		writeFileSync(file, JSON.stringify({ app: 'coaching-workbook', kind: 'plans', format: 1, exported: plan.created, plans: [{ worksheet: { id: 'grow', version: 3 }, plan }] }));
		const context = await newContext();
		const { page } = await openPage(context, '/plans/');
		await page.locator('.plans-list[data-ready="true"]').waitFor();
		await page.locator('#plans-file').setInputFiles(file);
		await expect.poll(() => page.locator('.plans-error').textContent()).toContain('“returnBy” must be a date written YYYY-MM-DD');
		expect(await storedPlans(page)).toEqual({});
		await context.close();
	});

	it('10. puts a strict CSP first in every page’s head (after the charset), and search still works under it', async () => {
		const context = await newContext();
		for (const path of ['/', '/grow/goal/', '/worksheets/grow/', '/plans/', '/coach/', '/session/grow/']) {
			const html = await (await fetch(new URL(path.slice(1), siteUrl()))).text();
			const head = /<head>([\s\S]*?)<\/head>/.exec(html)![1];
			const [first, second] = head.match(/<[a-z]+\b[^>]*>/g)!;
			expect(first, path).toMatch(/^<meta charset="utf-8"/);
			expect(second, path).toMatch(/^<meta http-equiv="content-security-policy"/);
			for (const directive of ["default-src 'self'", "object-src 'none'", "base-uri 'none'", "form-action 'none'", "connect-src 'self'", "img-src 'self' data:", 'script-src', 'style-src'])
				expect(second, `${path}: ${directive}`).toContain(directive);
		}
		const headers = readFileSync(new URL('../../dist/_headers', import.meta.url), 'utf8');
		expect(headers).toContain("frame-ancestors 'none'");
		const { page, watch } = await openPage(context, '/grow/');
		await (await openSearch(page)).fill('reality');
		await page.locator('.pagefind-ui__result').first().waitFor();
		expect(watch.errors).toEqual([]);
		await context.close();
	});

	it('11. opens a pasted link on My plans without it entering the history', async () => {
		const plan = createRecord({ id: 'grow', version: 3 }, new Date('2026-11-24T10:00:00Z'), { title: 'Pasted plan', answers: { goal: 'Run' } });
		const link = `${siteUrl()}worksheets/grow/#plan=${await encodeSharePayload({ plan, worksheet: 'grow' })}`;
		const context = await newContext();
		const { page } = await openPage(context, '/plans/');
		await page.locator('.plans-list[data-ready="true"]').waitFor();
		const before = await page.evaluate(() => history.length);
		await page.getByLabel('Paste a share link or a coach’s link').fill(link);
		await page.getByRole('button', { name: 'Open the link' }).click();
		await page.getByRole('button', { name: 'Save a copy on this device' }).click();
		await page.getByText('Saved “Pasted plan” on this device.').waitFor();
		expect(await page.evaluate(() => history.length)).toBe(before);
		expect(page.url()).not.toContain('#');
		const saved = Object.values(await storedPlans(page));
		expect(saved).toMatchObject([{ title: 'Pasted plan', answers: { goal: 'Run' } }]);

		await page.getByLabel('Paste a share link or a coach’s link').fill('https://example.org/nothing-here');
		await page.getByRole('button', { name: 'Open the link' }).click();
		await page.getByText('This is not a Coaching Workbook plan or worksheet link.').waitFor();
		await context.close();
	});

	it('says so on the worksheet when a record whose worksheet cannot be read sits in quarantine, pointer damaged too', async () => {
		const context = await newContext();
		await seedStorage(context, { 'cw:plan:k1': '{"format":1,"id":"k1","worksh\u0000', 'cw:active:grow': '"k1' });
		const { page } = await openPage(context, '/worksheets/grow/');
		await worksheetReady(page);
		await page.getByText('A saved plan of this worksheet could not be opened.').waitFor();
		await context.close();
	});

	it('shows and prints every record the door accepts, without an error (fast-check samples, odd extras included)', async () => {
		const worksheets = loadWorksheets().filter((sheet) => ['clear', 're-grow', 'smart'].includes(sheet.id));
		const extras = fc.dictionary(fc.constantFrom('zz', 'old-note', 'x-1'), fc.jsonValue({ maxDepth: 7 }), { maxKeys: 2 });
		for (const sheet of worksheets) {
			const records = fc
				.sample(fc.tuple(arbitraryPlan(sheet), extras), { numRuns: 40, seed: 22 })
				.map(([plan, extra]) => validateRecord(JSON.parse(JSON.stringify({ ...plan, answers: { ...plan.answers, ...extra } }))))
				.flatMap((checked) => (checked.ok ? [checked.record] : []))
				.slice(0, 4);
			expect(records.length).toBeGreaterThan(0);
			const context = await newContext();
			await seedStorage(context, Object.fromEntries(records.map((record) => [`cw:plan:${record.id}`, JSON.stringify(record)])));
			for (const record of records) {
				await seedStorage(context, { [`cw:active:${sheet.id}`]: record.id });
				const { page, watch } = await openPage(context, `/worksheets/${sheet.id}/`);
				await worksheetReady(page);
				await page.locator('.ws-save', { hasText: 'Saved on this device' }).waitFor();
				await page.pdf({ format: 'A4' });
				expect(watch.errors, `${sheet.id} ${JSON.stringify(record).slice(0, 300)}`).toEqual([]);
				await page.close();
			}
			await context.close();
		}
	}, 180_000);

	it('opens the saved plan when a share link already saved is opened again, instead of offering a second copy', async () => {
		const plan = createRecord({ id: 'grow', version: 3 }, new Date('2026-11-24T10:00:00Z'), { title: 'Returned', person: 'Robin', answers: { goal: 'Speak up' } });
		const data = await encodeSharePayload({ plan, worksheet: 'grow' });
		const context = await newContext();
		const { page } = await openPage(context, `/worksheets/grow/#plan=${data}`);
		await page.getByRole('button', { name: 'Save a copy on this device' }).click();
		await waitForValue(page, '#ws-grow--title', 'Returned');
		const { page: again } = await openPage(context, `/worksheets/grow/#plan=${data}`);
		await again.getByText('This plan is already saved on this device').waitFor();
		await again.getByRole('button', { name: 'Open the saved plan' }).click();
		await waitForValue(again, '#ws-grow-goal', 'Speak up');
		await expect.poll(() => again.locator('#ws-grow-goal').isEditable()).toBe(true);
		expect(Object.keys(await storedPlans(again))).toHaveLength(1);
		await context.close();
	});
});
