/**
 * A client's journey on a 390×844 touch phone: the coach's link, the note first, the worksheet
 * filled, the reply sent back through the phone's share sheet, and the mark on My plans after.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { encodeSharePayload } from '../../src/plan/link';
import { launch, openPage, siteUrl, storedPlans, waitForValue } from './support';

let browser: Browser;
beforeAll(async () => {
	browser = await launch();
});
afterAll(() => browser?.close());

describe('a client on a phone', () => {
	it('reads the coach’s note first, fills the worksheet and sends it back through the share sheet', async () => {
		const data = await encodeSharePayload({
			worksheet: 'grow',
			context: { client: 'Robin', coach: 'Dana', focus: 'Confidence in meetings', returnBy: '2026-12-10', note: 'Ten minutes is plenty.' },
		});
		const context = await browser.newContext({ serviceWorkers: 'block', viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
		// The phone's share sheet, stubbed: it records what it was given, as a real one would receive it.
		await context.addInitScript(() => {
			(window as unknown as { shared: ShareData[] }).shared = [];
			navigator.share = async (data?: ShareData) => {
				(window as unknown as { shared: ShareData[] }).shared.push(data ?? {});
			};
		});
		const { page, watch } = await openPage(context, `/worksheets/grow/#coach=${data}`);

		// The note, who sent it and the return date are on the first screen, readable before anything else.
		const arrival = page.locator('.ws-coach-arrival');
		await arrival.waitFor();
		await expect.poll(() => page.getByRole('heading', { name: 'Dana sent you the GROW action plan' }).evaluate((h) => h === document.activeElement)).toBe(true);
		const box = (await arrival.boundingBox())!;
		expect(box.y).toBeGreaterThanOrEqual(0);
		expect(box.y).toBeLessThan(844 / 2);
		await expect.poll(() => arrival.textContent()).toContain('10 December 2026');
		await page.getByRole('button', { name: 'Start this worksheet' }).tap();
		await waitForValue(page, '#ws-grow--person', 'Robin');

		// A client's form carries no hint meant for the coach.
		await expect.poll(() => page.locator('#ws-grow-will-commitment-hint').textContent()).not.toContain('ask what would raise it');
		// The phone's own QR code and the blank copy are not offered on a phone.
		await expect.poll(() => page.getByRole('button', { name: 'Open on my phone' }).isVisible()).toBe(false);
		await expect.poll(() => page.getByRole('link', { name: 'Print a blank copy' }).isVisible()).toBe(false);
		const footer = (await page.locator('.ws-footer').boundingBox())!;
		expect(footer.height).toBeLessThan(70);

		await page.locator('#ws-grow-goal').fill('Speak up once in every team meeting');
		await page.getByRole('button', { name: 'Send back to my coach' }).tap();
		const link = page.locator('#ws-grow--link');
		await link.waitFor();
		// The link it made is in view, above the sticky bar, and focused.
		await expect.poll(() => link.evaluate((input) => input === document.activeElement)).toBe(true);
		const linkBox = (await link.boundingBox())!;
		const footerNow = (await page.locator('.ws-footer').boundingBox())!;
		expect(linkBox.y).toBeGreaterThan(0);
		expect(linkBox.y + linkBox.height).toBeLessThanOrEqual(footerNow.y);

		await page.getByRole('button', { name: 'Send with…' }).tap();
		const shared = await page.evaluate(() => (window as unknown as { shared: ShareData[] }).shared);
		const returnLink = await link.inputValue();
		expect(shared).toEqual([{ title: 'My GROW action plan', text: expect.stringContaining('Here is my filled worksheet'), url: returnLink }]);
		expect(returnLink.startsWith(`${siteUrl()}worksheets/grow/#plan=2.`)).toBe(true);

		const [plan] = Object.values(await storedPlans(page));
		expect(plan.sentBack).toMatch(/^\d{4}-\d{2}-\d{2}T/);
		const { page: list } = await openPage(context, '/plans/');
		await list.locator('.plans-list[data-ready="true"]').waitFor();
		await expect.poll(() => list.locator('.plans-sent').textContent()).toContain('Sent back to the coach');
		expect(watch.errors).toEqual([]);
		await context.close();
	});
});
