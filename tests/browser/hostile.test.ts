import { deflateRawSync } from 'node:zlib';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { encodeSharePayload, packLinkBytes } from '../../src/plan/link';
import { createRecord } from '../../src/plan/record';
import { planFileText } from '../../src/plan/codecs/plan-file';
import { openPage, launch, waitForValue, worksheetReady } from './support';

let browser: Browser;
beforeAll(async () => {
	browser = await launch();
});
afterAll(() => browser?.close());

// Text a stranger might put in a plan, hoping the page treats it as markup or script.
const HOSTILE = {
	script: '<script>window.__pwned = 1; alert(1)</script>',
	image: '<img src="https://evil.example/pixel.gif" onerror="window.__pwned = 2">',
	link: 'javascript:window.__pwned=3',
	handler: '" autofocus onfocus="window.__pwned=4" x="',
	svg: '<svg onload="window.__pwned=5"><a href="javascript:alert(1)">x</a></svg>',
};

const hostilePlan = () =>
	createRecord({ id: 'grow', version: 2 }, new Date('2026-11-24T10:00:00Z'), {
		title: HOSTILE.script,
		person: HOSTILE.handler,
		answers: {
			goal: HOSTILE.image,
			'goal-why': HOSTILE.svg,
			'reality-tried': [HOSTILE.link, HOSTILE.script],
			'will-actions': [{ what: HOSTILE.image, by: '2026-12-01', support: HOSTILE.link, done: false }],
		},
	});

/** Whether the page ran anything planted in the plan, and everything it tried to fetch elsewhere. */
async function watchHostile(page: Page) {
	const dialogs: string[] = [];
	page.on('dialog', (dialog) => {
		dialogs.push(dialog.message());
		dialog.dismiss();
	});
	return { dialogs, pwned: () => page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned ?? null) };
}

describe('hostile links and files', () => {
	it('shows a plan full of markup as inert text: no dialog, no script, no request elsewhere', async () => {
		const encoded = await encodeSharePayload({
			plan: hostilePlan(),
			worksheet: 'grow',
			context: { coach: HOSTILE.script, note: HOSTILE.image, focus: HOSTILE.link },
		});
		const context = await browser.newContext({ serviceWorkers: 'block' });
		const { page, watch } = await openPage(context, `/worksheets/grow/#plan=${encoded}`);
		const hostile = await watchHostile(page);
		await page.getByText('A shared plan, read-only.').waitFor();
		await waitForValue(page, '#ws-grow--title', HOSTILE.script);
		expect(await page.locator('.ws-coach-note').textContent()).toContain(HOSTILE.script);
		expect(await page.locator('.ws-print-title').textContent()).toBe(HOSTILE.script);
		expect(await page.locator('.worksheet script, .worksheet img, .worksheet a[href^="javascript"], .worksheet [onerror], .worksheet [onfocus]').count()).toBe(0);
		await page.pdf({ format: 'A4' });
		await page.getByRole('button', { name: 'Save a copy on this device' }).click();
		await waitForValue(page, '#ws-grow-goal', HOSTILE.image);
		await page.getByRole('button', { name: 'Copy as Markdown' }).click();
		expect(hostile.dialogs).toEqual([]);
		expect(await hostile.pwned()).toBeNull();
		expect(watch.foreignRequests).toEqual([]);
		await context.close();
	});

	it('refuses a deflate bomb in a link with a message, without freezing the page', async () => {
		const bomb = packLinkBytes(deflateRawSync(Buffer.alloc(20 * 1024 * 1024), { level: 9 }));
		const context = await browser.newContext({ serviceWorkers: 'block' });
		const { page } = await openPage(context, `/worksheets/grow/#plan=${bomb}`);
		await expect.poll(() => page.getByRole('alert').first().textContent()).toContain('unpacks into far more data than any plan');
		await worksheetReady(page);
		await context.close();
	});

	it('refuses an oversized link and a 10 MB file with a message', async () => {
		const context = await browser.newContext({ serviceWorkers: 'block' });
		// Chromium itself refuses addresses over 2 MB, so the largest link a page can receive is tried.
		const { page } = await openPage(context, `/worksheets/grow/#plan=1.${'x'.repeat(1_900_000)}`);
		await expect.poll(() => page.getByRole('alert').first().textContent()).toContain('longer than Coaching Workbook accepts');

		const plan = hostilePlan();
		plan.answers['goal-why'] = 'y'.repeat(10 * 1024 * 1024);
		const path = join(mkdtempSync(join(tmpdir(), 'cw-hostile-')), 'big.json');
		writeFileSync(path, planFileText([plan]));
		const { page: list } = await openPage(context, '/plans/');
		await list.locator('.plans-list[data-ready="true"]').waitFor();
		await list.locator('#plans-file').setInputFiles(path);
		await expect.poll(() => list.locator('.plans-error').textContent()).toMatch(/larger than|too large/i);
		await context.close();
	});

	it('imports a hostile plan file as inert text', async () => {
		const path = join(mkdtempSync(join(tmpdir(), 'cw-hostile-')), 'hostile.json');
		writeFileSync(path, planFileText([hostilePlan()]));
		const context = await browser.newContext({ serviceWorkers: 'block' });
		const { page: list, watch } = await openPage(context, '/plans/');
		const hostile = await watchHostile(list);
		await list.locator('.plans-list[data-ready="true"]').waitFor();
		await list.locator('#plans-file').setInputFiles(path);
		await list.getByRole('button', { name: 'Save on this device' }).click();
		await list.getByRole('rowheader', { name: HOSTILE.script }).waitFor();
		await list.getByRole('link', { name: HOSTILE.script }).click();
		await worksheetReady(list);
		await waitForValue(list, '#ws-grow-goal', HOSTILE.image);
		expect(hostile.dialogs).toEqual([]);
		expect(await hostile.pwned()).toBeNull();
		expect(watch.foreignRequests).toEqual([]);
		await context.close();
	});
});
