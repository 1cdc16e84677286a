import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launch, openPage, waitForValue, worksheetReady } from './support';
import { fillWorksheet, loadWorksheet } from './worksheet-filler';
import { pdfText, positionsInOrder } from './pdf-text';

const grow = loadWorksheet('grow');
let browser: Browser;
beforeAll(async () => {
	browser = await launch();
});
afterAll(() => browser?.close());

describe('the GROW worksheet, from typing to a printed plan', () => {
	it('keeps every answer through a reload, prints them without navigation, and stays on this origin', async () => {
		const context = await browser.newContext({ serviceWorkers: 'block', locale: 'en-US' });
		const { page, watch } = await openPage(context, '/worksheets/grow/');
		await worksheetReady(page);
		await expect.poll(() => page.locator('.ws-save').textContent()).toContain('Nothing saved yet');

		const { typed, printed } = await fillWorksheet(page, 'grow', grow);
		await expect.poll(() => page.locator('.ws-save').textContent()).toBe('Saved on this device');

		await page.reload();
		await worksheetReady(page);
		await waitForValue(page, '#ws-grow--title', 'Plan A title');
		const values = await page.locator('.worksheet input[type=text], .worksheet textarea, .worksheet input[type=date]').evaluateAll((els) =>
			els.map((el) => (el as HTMLInputElement).value),
		);
		for (const text of typed) expect(values).toContain(text);
		expect(values).toContain('2026-12-01');
		expect(await page.locator('[data-field="ws-grow-will-commitment"] input[value="7"]').isChecked()).toBe(true);
		expect(await page.locator('#ws-grow-will-actions-0-done').isChecked()).toBe(true);

		const text = pdfText(await page.pdf({ format: 'A4' }));
		expect(positionsInOrder(text, printed).every((at) => at >= 0), `in order in: ${text}`).toBe(true);
		for (const chrome of ['Print or save as PDF', 'New plan', 'Duplicate', 'Search', 'Skip to content', 'Next', 'Sources', 'Start here'])
			expect(text).not.toContain(chrome);

		expect(watch.errors).toEqual([]);
		expect(watch.foreignRequests).toEqual([]);
		await context.close();
	});

	it('shows an edit made in one tab in another tab of the same browser', async () => {
		const context = await browser.newContext({ serviceWorkers: 'block', locale: 'en-US' });
		const first = await openPage(context, '/worksheets/grow/');
		const second = await openPage(context, '/grow/');
		await worksheetReady(first.page);
		await worksheetReady(second.page);
		await first.page.locator('#ws-grow-goal').focus();
		await first.page.keyboard.type('Run a half marathon');
		await waitForValue(second.page, '#ws-grow-goal', 'Run a half marathon');
		expect(await second.page.locator('#ws-grow-goal').inputValue()).toBe('Run a half marathon');
		await context.close();
	});

	it('deletes a plan with an announced undo that brings back every answer', async () => {
		const context = await browser.newContext({ serviceWorkers: 'block', locale: 'en-US' });
		const { page, watch } = await openPage(context, '/worksheets/grow/');
		await worksheetReady(page);
		await page.locator('#ws-grow--title').fill('Half marathon');
		await page.locator('#ws-grow-goal').fill('Run a half marathon');
		await page.getByRole('button', { name: 'Delete', exact: true }).click();
		// The message lands in a live region that was on the page before the deletion, so it is announced.
		const status = page.locator('.ws-plans [role="status"]');
		await expect.poll(() => status.textContent()).toContain('Deleted “Half marathon”.');
		await expect.poll(() => page.locator('#ws-grow-goal').inputValue()).toBe('');
		await status.getByRole('button', { name: 'Undo' }).click();
		await waitForValue(page, '#ws-grow-goal', 'Run a half marathon');
		await expect.poll(() => status.textContent()).toBe('');
		expect(watch.errors).toEqual([]);
		await context.close();
	});
});
