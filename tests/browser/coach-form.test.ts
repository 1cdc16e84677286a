import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launch, openPage } from './support';

let browser: Browser;
beforeAll(async () => {
	browser = await launch();
});
afterAll(() => browser?.close());

describe('the coach’s link form on a tablet', () => {
	it('keeps what was typed through a reload (not the passphrase), focuses the link it made, and marks it out of date on any change', async () => {
		const context = await browser.newContext({ serviceWorkers: 'block', viewport: { width: 1024, height: 768 }, hasTouch: true });
		const { page, watch } = await openPage(context, '/coach/');
		await page.locator('.coach-form[data-ready="true"]').waitFor();
		await page.locator('#coach-worksheet').selectOption('clear');
		await page.locator('#coach-client').fill('Robin');
		await page.locator('#coach-coach').fill('Dana');
		await page.locator('#coach-note').fill('Ten minutes is plenty.');
		await page.getByRole('checkbox', { name: 'Protect with a passphrase' }).check();
		await page.getByLabel(/^Passphrase/).fill('blue heron at dawn');
		await page.reload();
		await page.locator('.coach-form[data-ready="true"]').waitFor();
		await expect.poll(() => page.locator('#coach-worksheet').inputValue()).toBe('clear');
		await expect.poll(() => page.locator('#coach-client').inputValue()).toBe('Robin');
		await expect.poll(() => page.locator('#coach-coach').inputValue()).toBe('Dana');
		await expect.poll(() => page.locator('#coach-note').inputValue()).toBe('Ten minutes is plenty.');
		expect(await page.evaluate(() => JSON.stringify({ ...sessionStorage, ...localStorage }))).not.toContain('blue heron');

		await page.getByRole('button', { name: 'Make the link' }).click();
		const link = page.locator('#coach-link');
		await link.waitFor();
		await expect.poll(() => link.evaluate((input) => input === document.activeElement)).toBe(true);
		const box = (await link.boundingBox())!;
		expect(box.y + box.height).toBeLessThanOrEqual(768);

		await page.locator('#coach-client').fill('Robin Park');
		await page.getByText('You changed the form after making this link').waitFor();
		await expect.poll(() => page.locator('#coach-link').count()).toBe(0);
		await expect.poll(() => page.getByRole('button', { name: 'Copy link' }).count()).toBe(0);
		await page.getByRole('button', { name: 'Make the link' }).click();
		await page.locator('#coach-link').waitFor();
		await page.getByRole('checkbox', { name: 'Protect with a passphrase' }).check();
		await page.getByText('You changed the form after making this link').waitFor();
		expect(watch.errors).toEqual([]);
		await context.close();
	});
});
