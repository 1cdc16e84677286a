import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launch, seedStorage, siteUrl, worksheetReady } from './support';

// What a visitor may never use loads when it is wanted (issue 21): a first visit to a worksheet fetches
// no code for links, salvage, a plan's tools, the checks on stored plans or search. Checked by the files the browser asks for; the
// names are those of the lazily loaded modules, which the build keeps as the start of each file name.
const ON_DEMAND = ['OpenedLink.', 'payload.', 'private.', 'plan-file.', 'DamagedPlans.', 'DamagedPlanItem.', 'plan-parts.', 'plan-checks.', 'ui-core.'];

let browser: Browser;
beforeAll(async () => {
	browser = await launch();
});
afterAll(() => browser?.close());

/** Opens `path` and returns the page with the names of the script files it fetched so far. */
async function visit(context: BrowserContext, path: string): Promise<{ page: Page; fetched: string[] }> {
	const page = await context.newPage();
	const fetched: string[] = [];
	page.on('request', (request) => {
		const file = new URL(request.url()).pathname.split('/').pop() ?? '';
		if (file.endsWith('.js')) fetched.push(file);
	});
	await page.goto(new URL(path.replace(/^\//, ''), siteUrl()).href);
	await worksheetReady(page);
	// Everything loaded after hydration and at idle has been asked for by then.
	for (let i = 0; i < 2; i++) await page.evaluate(() => new Promise((done) => requestIdleCallback(done, { timeout: 5000 })));
	return { page, fetched };
}

const onDemand = (fetched: string[]) => fetched.filter((file) => ON_DEMAND.some((name) => file.startsWith(name)));

describe('code loaded on demand', () => {
	it('a first visit to a worksheet fetches none of it; the first answer brings the plan tools, the next visit the checks', async () => {
		const context = await browser.newContext({ serviceWorkers: 'block', viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
		const { page, fetched } = await visit(context, '/worksheets/clear/');
		expect(onDemand(fetched)).toEqual([]);
		await page.locator('#ws-clear-contract-purpose').fill('Feel ready for the board meeting');
		await page.locator('.ws-share').waitFor();
		expect(onDemand(fetched).map((file) => file.split('.')[0])).toEqual(['plan-parts']);
		await page.close();

		// The plan is stored now: the next visit reads it through the checks, and shows it.
		const again = await visit(context, '/worksheets/clear/');
		expect(onDemand(again.fetched).map((file) => file.split('.')[0]).sort()).toEqual(['plan-checks', 'plan-parts']);
		expect(await again.page.locator('#ws-clear-contract-purpose').inputValue()).toBe('Feel ready for the board meeting');
		await context.close();
	});

	it('a damaged plan brings salvage, and a link in the address its handling', async () => {
		const context = await browser.newContext({ serviceWorkers: 'block' });
		await seedStorage(context, { 'cw:plan:broken1': '{"format":1,"id":"broken1","worksheet":"grow"' });
		const damaged = await visit(context, '/worksheets/grow/');
		await damaged.page.locator('.ws-damaged').waitFor();
		expect(onDemand(damaged.fetched).some((file) => file.startsWith('DamagedPlans.'))).toBe(true);
		expect(onDemand(damaged.fetched).some((file) => file.startsWith('plan-checks.'))).toBe(true);
		expect(onDemand(damaged.fetched).some((file) => file.startsWith('OpenedLink.'))).toBe(false);

		const linked = await visit(context, '/worksheets/grow/#plan=not-a-real-link');
		// The damaged plan's notice stays on this page too: wait for the link's own.
		await linked.page.locator('.ws-banner-error[role="alert"]:not(.ws-damaged)').waitFor();
		expect(onDemand(linked.fetched).some((file) => file.startsWith('OpenedLink.'))).toBe(true);
		await context.close();
	});
});
