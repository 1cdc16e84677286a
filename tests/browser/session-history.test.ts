import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launch, openPage, siteUrl } from './support';

let browser: Browser;
beforeAll(async () => {
	browser = await launch();
});
afterAll(() => browser?.close());

const onStep = (page: Page, step: string) => page.locator(`.session[data-step="${step}"]`).waitFor();

/** The session's top (progress and steps) sits below Starlight's sticky header. */
async function clearOfHeader(page: Page) {
	const header = (await page.locator('header.header').boundingBox())!;
	const top = (await page.locator('.session').boundingBox())!;
	expect(top.y).toBeGreaterThanOrEqual(header.y + header.height - 1);
}

describe('a session on a coach’s tablet', () => {
	it('keeps each step clear of the sticky header, goes back a step with the browser’s Back, and leaves with the last Back', async () => {
		const context = await browser.newContext({ serviceWorkers: 'block', viewport: { width: 1024, height: 768 }, hasTouch: true });
		// From the GROW overview, so the last Back has a page to return to.
		const { page, watch } = await openPage(context, '/grow/');
		await page.goto(new URL('session/grow/', siteUrl()).href);
		await page.locator('.session[data-ready="true"]').waitFor();
		await page.locator('#session-person').fill('Robin');
		await page.locator('#session-length-45').check();
		await page.locator('.session-start').click();
		await onStep(page, 'goal');
		await clearOfHeader(page);
		await expect.poll(() => page.locator('.session-clock').textContent()).toContain('of 11 min 29 s');
		for (const step of ['reality', 'options']) {
			await page.locator('.session-moves .ws-primary').click();
			await onStep(page, step);
			await clearOfHeader(page);
		}
		await page.goBack();
		await onStep(page, 'reality');
		await page.goBack();
		await onStep(page, 'goal');
		await page.goForward();
		await onStep(page, 'reality');
		await page.goBack();
		await onStep(page, 'goal');
		await page.goBack();
		await page.waitForURL(/\/grow\/$/);
		expect(watch.errors).toEqual([]);
		await context.close();
	});
});
