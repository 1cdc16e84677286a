import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launch, openPage, seedStorage, siteUrl, storedPlans } from './support';

let browser: Browser;
beforeAll(async () => {
	browser = await launch();
});
afterAll(() => browser?.close());

const PASS = 'tablet in the clinic';
const t = (minute: number) => Date.UTC(2026, 10, 20, 10, minute);
const iso = (minute: number) => new Date(t(minute)).toISOString();
const plan = (id: string, worksheet: string, answers: Record<string, string>, edited: Record<string, number>, extra: object = {}) => ({
	format: 1,
	id,
	worksheet,
	worksheetVersion: 1,
	title: `Plan ${id}`,
	person: 'Sam',
	date: '2026-11-20',
	created: iso(0),
	updated: new Date(Math.max(...Object.values(edited), t(0))).toISOString(),
	answers,
	edited,
	...extra,
});

/** Device A: three worksheets, one plan continued into another, a session with the coach's notes. */
const deviceA = {
	'cw:plan:growA': JSON.stringify(plan('growA', 'grow', { goal: 'Run a 10k (A, older)', 'goal-why': 'Health (A, newer)' }, { goal: t(1), 'goal-why': t(30) })),
	'cw:plan:smartA': JSON.stringify(plan('smartA', 'smart', { specific: 'Three runs a week' }, { specific: t(2) }, { from: { plan: 'growA', worksheet: 'grow' } })),
	'cw:plan:clearA': JSON.stringify(plan('clearA', 'clear', { contract: 'Weekly calls' }, { contract: t(3) })),
	'cw:session:s1': JSON.stringify({
		format: 1, id: 's1', model: 'grow', worksheet: 'grow', plan: 'growA', length: 60, step: 'goal', running: null,
		spent: {}, asked: {}, notes: 'Coach only: Sam is nervous about races', created: iso(0), updated: iso(5),
	}),
	// The learner's drills: one item known on A, answered later on B.
	'cw:practice': JSON.stringify({ format: 1, items: { 'order-grow': { box: 3, due: 9e12, right: 2, wrong: 0, last: 1000 }, 'order-clear': { box: 2, due: 9e12, right: 1, wrong: 0, last: 1000 } } }),
};
/** Device B already holds growA: a newer goal, an older why. */
const deviceB = {
	'cw:plan:growA': JSON.stringify(plan('growA', 'grow', { goal: 'Run a half marathon (B, newer)', 'goal-why': 'Health (B, older)' }, { goal: t(20), 'goal-why': t(10) })),
	'cw:practice': JSON.stringify({ format: 1, items: { 'order-clear': { box: 1, due: 2000, right: 1, wrong: 1, last: 2000 } } }),
};

async function device(entries: Record<string, string>): Promise<{ context: BrowserContext; page: Page }> {
	const context = await browser.newContext({ serviceWorkers: 'block', acceptDownloads: true });
	await seedStorage(context, entries);
	const { page } = await openPage(context, '/plans/');
	await page.locator('.plans-list[data-ready="true"]').waitFor();
	return { context, page };
}

async function makeBundle(page: Page): Promise<Buffer> {
	await page.getByLabel(/^Passphrase \(at least/).fill(PASS);
	const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Make the protected file' }).click()]);
	expect(download.suggestedFilename()).toMatch(/^coaching-workbook-all-\d{4}-\d\d-\d\d\.cwbundle\.json$/);
	const chunks: Buffer[] = [];
	for await (const chunk of await download.createReadStream()) chunks.push(chunk as Buffer);
	return Buffer.concat(chunks);
}

async function openBundleFile(page: Page, buffer: Buffer, passphrase = PASS) {
	await page.locator('#plans-file').setInputFiles({ name: 'moved.cwbundle.json', mimeType: 'application/json', buffer });
	await page.getByLabel('Passphrase', { exact: true }).fill(passphrase);
	await page.getByRole('button', { name: 'Open', exact: true }).click();
}

describe('moving every plan to another device', () => {
	it('merges on device B: every plan once, the newer field from each side, and a second restore changes nothing', async () => {
		const a = await device(deviceA);
		const bundle = await makeBundle(a.page);
		expect(bundle.toString()).not.toContain('Sam');
		await expect.poll(() => a.page.locator('[data-backup="last"]').textContent()).toContain('today');

		const b = await device(deviceB);
		await openBundleFile(b.page, bundle);
		const summary = b.page.locator('[data-bundle-summary]');
		await expect.poll(() => summary.textContent()).toContain('3 plans');
		expect(await summary.textContent()).toContain('For: Sam');
		expect(await summary.textContent()).toContain('1 coaching session');
		expect(await summary.textContent()).toContain('Your practice progress');
		await b.page.getByRole('button', { name: 'Restore on this device' }).click();
		await expect.poll(() => b.page.locator('[data-bundle-outcome]').textContent()).toBe('Restored: added 2, updated 1, unchanged 0.');

		const stored = await storedPlans(b.page);
		expect(Object.keys(stored).sort()).toEqual(['clearA', 'growA', 'smartA']);
		expect(stored.growA.answers).toEqual({ goal: 'Run a half marathon (B, newer)', 'goal-why': 'Health (A, newer)' });
		expect(stored.smartA.from).toEqual({ plan: 'growA', worksheet: 'grow' });
		const notes = await b.page.evaluate(() => JSON.parse(localStorage.getItem('cw:session:s1')!).notes);
		expect(notes).toBe('Coach only: Sam is nervous about races');
		await expect.poll(() => b.page.locator('tr[data-plan]').count()).toBe(3);
		// Practice merged per item: A's item added, B's later answer kept.
		const practice = await b.page.evaluate(() => JSON.parse(localStorage.getItem('cw:practice')!).items);
		expect(practice).toEqual({ 'order-grow': expect.objectContaining({ box: 3 }), 'order-clear': expect.objectContaining({ box: 1, last: 2000 }) });

		await b.page.getByRole('button', { name: 'Done' }).click();
		await openBundleFile(b.page, bundle);
		await b.page.getByRole('button', { name: 'Restore on this device' }).click();
		await expect.poll(() => b.page.locator('[data-bundle-outcome]').textContent()).toBe('Restored: added 0, updated 0, unchanged 3.');
		expect(await storedPlans(b.page)).toEqual(stored);
		await a.context.close();
		await b.context.close();
	});

	it('says so for a wrong passphrase (and opens on retry), a truncated bundle, and storage filling up half-way', async () => {
		const a = await device(deviceA);
		const bundle = await makeBundle(a.page);
		await a.context.close();

		const b = await device(deviceB);
		const before = await storedPlans(b.page);
		await openBundleFile(b.page, bundle, 'not the passphrase');
		await expect.poll(() => b.page.locator('#plans-bundle-pass-error').textContent()).toContain('That passphrase does not open this bundle');
		await b.page.getByLabel('Passphrase', { exact: true }).fill(PASS);
		await b.page.getByRole('button', { name: 'Open', exact: true }).click();
		await b.page.locator('[data-bundle-summary]').waitFor();
		await b.page.getByRole('button', { name: 'Cancel' }).click();

		await openBundleFile(b.page, bundle.subarray(0, Math.floor(bundle.length * 0.6)));
		await expect.poll(() => b.page.getByRole('alert').first().textContent()).toContain('This bundle is damaged: it was cut short or changed');
		await b.page.getByRole('button', { name: 'Close' }).click();

		// Storage fills up half-way: room for about one more plan record, as a browser's quota would leave.
		await b.page.evaluate(() => {
			const original = Storage.prototype.setItem;
			const size = () => Object.keys(localStorage).reduce((sum, key) => sum + key.length + localStorage.getItem(key)!.length, 0);
			const limit = size() + 600;
			Storage.prototype.setItem = function (key: string, value: string) {
				const old = localStorage.getItem(key);
				const total = size() - (old === null ? 0 : key.length + old.length) + key.length + value.length;
				if (total > limit) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
				return original.call(this, key, value);
			};
		});
		await openBundleFile(b.page, bundle);
		await b.page.getByRole('button', { name: 'Restore on this device' }).click();
		await expect.poll(() => b.page.locator('[data-bundle-outcome]').textContent()).toContain(
			'storage for the site filled up while restoring, so nothing was restored',
		);
		expect(await storedPlans(b.page)).toEqual(before);
		expect(await b.page.evaluate(() => localStorage.getItem('cw:session:s1'))).toBeNull();
		await b.context.close();
	});
});

describe('keeping a copy', () => {
	it('shows the last backup in words and, after 14 days with changes, a dismissible reminder', async () => {
		const context = await browser.newContext({ serviceWorkers: 'block' });
		await seedStorage(context, { ...deviceB, 'cw:backup-made': iso(0) });
		const page = await context.newPage();
		await page.clock.setFixedTime(new Date(t(0) + 12 * 24 * 3600 * 1000));
		await page.goto(new URL('plans/', siteUrl()).href);
		await expect.poll(() => page.locator('[data-backup="last"]').textContent()).toContain('12 days ago');
		// The plan changed after that backup (minute 20), but only 12 days passed: no reminder yet.
		expect(await page.locator('.plans-backup-reminder').count()).toBe(0);

		await page.clock.setFixedTime(new Date(t(0) + 15 * 24 * 3600 * 1000));
		await page.reload();
		await expect.poll(() => page.locator('[data-backup="last"]').textContent()).toContain('15 days ago');
		const reminder = page.getByRole('note', { name: 'Backup reminder' });
		await expect.poll(() => reminder.textContent()).toContain('Your plans changed since your last backup');
		await reminder.getByRole('button', { name: 'Not now' }).click();
		// Preact renders the dismissal on its next frame: wait for it rather than count at once.
		await page.locator('.plans-backup-reminder').waitFor({ state: 'detached' });
		await page.reload();
		await page.locator('[data-backup="last"]').waitFor();
		expect(await page.locator('.plans-backup-reminder').count()).toBe(0);
		await context.close();
	});

	it('says "never" before any backup', async () => {
		const context = await browser.newContext({ serviceWorkers: 'block' });
		await seedStorage(context, deviceB);
		const { page } = await openPage(context, '/plans/');
		await expect.poll(() => page.locator('[data-backup="last"]').textContent()).toContain('never');
		await context.close();
	});
});

describe('keeping a copy in a file the visitor chose', () => {
	it('rewrites the file a few seconds after a change, and says so when the browser stops allowing it', async () => {
		const context = await browser.newContext({ serviceWorkers: 'block' });
		await context.addInitScript(() => {
			const w = window as unknown as { written: string[]; allowed: boolean; showSaveFilePicker: unknown };
			w.written = [];
			w.allowed = true;
			w.showSaveFilePicker = async () => ({
				name: 'plans-backup.json',
				createWritable: async () => {
					if (!w.allowed) throw new DOMException('Permission lost', 'NotAllowedError');
					let text = '';
					return { write: async (data: string) => void (text += data), close: async () => void w.written.push(text) };
				},
			});
		});
		await seedStorage(context, deviceB);
		const page = await context.newPage();
		await page.clock.install();
		await page.goto(new URL('plans/', siteUrl()).href);
		await page.locator('.plans-list[data-ready="true"]').waitFor();
		await page.getByRole('button', { name: 'Choose a file to keep updated' }).click();
		await expect.poll(() => page.getByText('Keeping a plain copy in plans-backup.json').textContent()).toContain('last written');
		const written = () => page.evaluate(() => (window as unknown as { written: string[] }).written);
		expect(JSON.parse((await written())[0]).plans).toHaveLength(1);

		await page.getByRole('button', { name: /^Duplicate/ }).click();
		await page.clock.runFor(1000);
		expect(await written()).toHaveLength(1);
		await page.clock.runFor(3000);
		await page.waitForFunction(() => (window as unknown as { written: string[] }).written.length === 2);
		expect(JSON.parse((await written())[1]).plans).toHaveLength(2);

		await page.evaluate(() => ((window as unknown as { allowed: boolean }).allowed = false));
		await page.getByRole('button', { name: /^Duplicate/ }).first().click();
		await page.clock.runFor(4000);
		await expect.poll(() => page.getByRole('alert').filter({ hasText: 'no longer lets the site write' }).textContent()).toContain('Choose the file again');
		await page.getByRole('button', { name: 'Choose the file again' }).waitFor();
		await context.close();
	});
});

describe('the truth about this browser', () => {
	it('tells a Safari visitor about the seven days and the Home Screen, and an installed app nothing of it', async () => {
		const safari = 'Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.0 Mobile/15E148 Safari/604.1';
		const context = await browser.newContext({ serviceWorkers: 'block', userAgent: safari, viewport: { width: 390, height: 844 } });
		await context.addInitScript(() => {
			Object.defineProperty(navigator.storage, 'persisted', { value: async () => false });
			Object.defineProperty(navigator.storage, 'persist', { value: async () => false });
		});
		const { page } = await openPage(context, '/plans/');
		const line = page.locator('[data-health="truth"]');
		await page.locator('[data-health="usage"]', { hasText: 'Space used' }).waitFor();
		await expect.poll(() => line.textContent()).toContain('Safari deletes everything this site keeps, your plans included, after seven days without a visit');
		console.log(`Safari visitor is told: ${await line.textContent()}`);
		await context.close();

		const installed = await browser.newContext({ serviceWorkers: 'block', userAgent: safari });
		await installed.addInitScript(() => {
			Object.defineProperty(navigator.storage, 'persisted', { value: async () => false });
			Object.defineProperty(navigator.storage, 'persist', { value: async () => false });
			const original = window.matchMedia.bind(window);
			window.matchMedia = (query: string) => (query.includes('standalone') ? ({ matches: true } as MediaQueryList) : original(query));
		});
		const app = (await openPage(installed, '/plans/')).page;
		await app.locator('[data-health="usage"]', { hasText: 'Space used' }).waitFor();
		const text = await app.locator('[data-health="truth"]').textContent();
		expect(text).not.toMatch(/delete/);
		await installed.close();
	});
});
