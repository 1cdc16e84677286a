import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import {
	launch,
	layoutShiftTotal,
	openPage,
	recordLayoutShifts,
	recordRemovals,
	removals,
	seedStorage,
	siteUrl,
	storedPlans,
	typeInto,
	waitForValue,
	worksheetReady,
} from './support';

let browser: Browser;
beforeAll(async () => {
	browser = await launch();
});
afterAll(() => browser?.close());

describe('many plans per worksheet', () => {
	it('keeps two plans of one worksheet apart', async () => {
		const context = await browser.newContext({ serviceWorkers: 'block' });
		const { page } = await openPage(context, '/worksheets/grow/');
		await worksheetReady(page);
		await typeInto(page, '#ws-grow--title', 'For Alex');
		await typeInto(page, '#ws-grow-goal', 'Alex wants a promotion');

		await page.getByRole('button', { name: 'New plan' }).click();
		await waitForValue(page, '#ws-grow--title', '');
		expect(await page.locator('#ws-grow-goal').inputValue()).toBe('');
		await typeInto(page, '#ws-grow--title', 'For Bo');
		await typeInto(page, '#ws-grow-goal', 'Bo wants to sleep more');

		const plans = Object.values(await storedPlans(page)) as { title: string; answers: Record<string, unknown> }[];
		expect(plans.map((p) => [p.title, p.answers.goal]).sort()).toEqual([
			['For Alex', 'Alex wants a promotion'],
			['For Bo', 'Bo wants to sleep more'],
		]);

		await page.locator('#ws-grow--plan').selectOption({ label: 'For Alex' });
		await waitForValue(page, '#ws-grow-goal', 'Alex wants a promotion');
		await page.reload();
		await worksheetReady(page);
		await waitForValue(page, '#ws-grow-goal', 'Alex wants a promotion');
		await context.close();
	});

	it('brings a deleted plan back whole with undo', async () => {
		const context = await browser.newContext({ serviceWorkers: 'block' });
		const { page } = await openPage(context, '/worksheets/smart/');
		await worksheetReady(page);
		await typeInto(page, '#ws-smart--title', 'Marathon');
		await typeInto(page, '#ws-smart--person', 'Kim');
		const before = await storedPlans(page);
		expect(Object.keys(before)).toHaveLength(1);

		await page.getByRole('button', { name: 'Delete' }).click();
		await expect.poll(() => storedPlans(page)).toEqual({});
		await page.getByRole('status').getByText('Deleted “Marathon”.').waitFor();
		await page.getByRole('button', { name: 'Undo' }).click();
		await waitForValue(page, '#ws-smart--title', 'Marathon');
		expect(await storedPlans(page)).toEqual(before);
		await context.close();
	});

	it('lists on "My plans" exactly what is stored, and opens, duplicates and deletes from there', async () => {
		const context = await browser.newContext({ serviceWorkers: 'block' });
		const { page } = await openPage(context, '/worksheets/grow/');
		await worksheetReady(page);
		await typeInto(page, '#ws-grow--title', 'Grow plan');
		const clear = await openPage(context, '/worksheets/clear/');
		await worksheetReady(clear.page);
		await typeInto(clear.page, '#ws-clear--title', 'Clear plan');

		const { page: list, watch } = await openPage(context, '/plans/');
		await list.locator('.plans-list[data-ready="true"]').waitFor();
		const rowIds = async () => (await list.locator('tbody tr').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-plan')))).sort();
		expect(await rowIds()).toEqual(Object.keys(await storedPlans(list)).sort());
		const listed = await list.locator('tbody').textContent();
		expect(listed).toMatch(/Grow plan[\s\S]*GROW action plan/);
		expect(listed).toContain('Clear plan');

		await list.getByRole('button', { name: 'Duplicate Grow plan' }).click();
		await list.getByRole('rowheader', { name: /Copy of Grow plan/ }).waitFor();
		expect(await rowIds()).toEqual(Object.keys(await storedPlans(list)).sort());
		expect(await rowIds()).toHaveLength(3);

		await list.getByRole('button', { name: 'Delete Clear plan' }).click();
		await list.getByRole('button', { name: 'Undo' }).waitFor();
		expect(await rowIds()).toEqual(Object.keys(await storedPlans(list)).sort());
		expect(await rowIds()).toHaveLength(2);

		await list.getByRole('link', { name: 'Copy of Grow plan' }).click();
		await worksheetReady(list);
		await waitForValue(list, '#ws-grow--title', 'Copy of Grow plan');
		expect(watch.errors).toEqual([]);
		await context.close();
	});
});

describe('My plans while it loads', () => {
	it.each([390, 1280])('does not move its content when the saved plans and storage figures arrive, at %i px', async (width) => {
		const context = await browser.newContext({ serviceWorkers: 'block', viewport: { width, height: 844 } });
		await context.addInitScript(recordLayoutShifts);
		const { page } = await openPage(context, '/plans/');
		await page.locator('.plans-list[data-ready="true"]').waitFor();
		await page.locator('[data-health="usage"]', { hasText: 'Space used by this site' }).waitFor();
		await expect.poll(() => page.locator('.plans-empty').textContent()).toContain('No plans yet');
		await expect(layoutShiftTotal(page)).resolves.toBeLessThan(0.01);
		await context.close();
	});

	// The rows come after the first paint (the record checks load first): what lies under the list waits unseen till then.
	it.each([
		[390, 3],
		[390, 500],
		[1280, 3],
		[1280, 500],
	])('does not move the tools or the footer when the rows arrive, at %i px with %i plans stored', async (width, count) => {
		const context = await browser.newContext({ serviceWorkers: 'block', viewport: { width, height: 844 } });
		const plans = Array.from({ length: count }, (_, i) => {
			const stamp = new Date(Date.UTC(2026, 0, 1) + i * 60_000).toISOString();
			const record = { format: 1, id: `row${i}`, worksheet: 'grow', worksheetVersion: 3, title: `Plan ${i}`, person: `Client ${i % 5}`, date: '', created: stamp, updated: stamp, answers: { goal: `Goal ${i}` }, edited: {} };
			return [`cw:plan:row${i}`, JSON.stringify(record)];
		});
		await seedStorage(context, Object.fromEntries(plans));
		await context.addInitScript(recordLayoutShifts);
		const { page, watch } = await openPage(context, '/plans/');
		await page.locator('.plans-list[data-ready="true"]').waitFor();
		await expect.poll(() => page.locator('tbody tr').count()).toBe(count);
		await expect(layoutShiftTotal(page)).resolves.toBeLessThan(0.01);
		// Seen again once the rows are in.
		expect(await page.evaluate(() => 'readingPlans' in document.documentElement.dataset)).toBe(false);
		for (const below of ['#plans-tools', 'main footer']) await expect(page.locator(below).evaluate((e) => getComputedStyle(e).visibility)).resolves.toBe('visible');
		expect(watch.errors).toEqual([]);
		await context.close();
	});

	it('shows the tools and footer anyway when the list’s code never arrives', async () => {
		const context = await browser.newContext({ serviceWorkers: 'block' });
		await seedStorage(context, { 'cw:plan:row0': JSON.stringify({ format: 1, id: 'row0', worksheet: 'grow', worksheetVersion: 3, title: 'Plan 0', person: '', date: '', created: '2026-01-01T00:00:00.000Z', updated: '2026-01-01T00:00:00.000Z', answers: {}, edited: {} }) });
		const page = await context.newPage();
		await page.route(/plans\.astro_astro_type_script/, (route) => route.abort());
		await page.goto(new URL('plans/', siteUrl()).href);
		const visibility = () => page.locator('#plans-tools').evaluate((tools) => getComputedStyle(tools).visibility);
		expect(await visibility()).toBe('hidden');
		await expect.poll(visibility, { timeout: 15_000 }).toBe('visible');
		await expect(page.locator('main footer').evaluate((footer) => getComputedStyle(footer).visibility)).resolves.toBe('visible');
		await context.close();
	});
});

describe('My plans’ tools', () => {
	it('wake on the HTML the server sent, each in its turn: no element is made again', async () => {
		const context = await browser.newContext({ serviceWorkers: 'block' });
		await context.addInitScript(recordRemovals, { inside: '.plans-tools-set', until: '.plans-tools-set:not([disabled])' });
		const { page, watch } = await openPage(context, '/plans/');
		await page.locator('.plans-tools-set:not([disabled])').waitFor();
		expect(await removals(page)).toEqual([]);
		expect(await page.locator('.plans-tools-set > section').count()).toBe(4);
		expect(watch.errors).toEqual([]);
		await context.close();
	});
});

describe('viewing plans of older worksheet versions', () => {
	// 500 plans saved under older versions, with the kind of answers each version asked.
	const older: [string, number, (i: number) => Record<string, unknown>][] = [
		['grow', 2, (i) => ({ goal: `Run a 10k by spring, plan ${i}`, 'goal-measure': 'Finish under an hour', reality: 'I run twice a week, 5k at most.' })],
		['clear', 1, (i) => ({ 'contract-purpose': `Lead the new team, plan ${i}`, 'contract-cadence': 'Monthly', 'action-accountability': 'A shared tracker' })],
		['smart', 1, (i) => ({ 'specific-first-draft': `Grow the practice, plan ${i}`, 'specific-what': 'More clients', 'measurable-target': 'Ten clients' })],
		['so-i-grow', 1, (i) => ({ 'opportunities-list': [`The new project ${i}`, 'Mentoring'], 'opportunities-timing': 'This week' })],
	];
	const seeded = Object.fromEntries(
		Array.from({ length: 500 }, (_, i) => {
			const [worksheet, version, answers] = older[i % older.length];
			const stamp = new Date(Date.UTC(2025, 0, 1) + i * 60_000).toISOString();
			const id = `old${String(i).padStart(3, '0')}`;
			const record = { format: 1, id, worksheet, worksheetVersion: version, title: `Plan ${i}`, person: `Client ${i % 7}`, date: '', created: stamp, updated: stamp, answers: answers(i), edited: {} };
			return [`cw:plan:${id}`, JSON.stringify(record)];
		}),
	);

	it('writes nothing to storage on My plans or a worksheet, and lists all 500', async () => {
		const context = await browser.newContext({ serviceWorkers: 'block' });
		// A visitor with 500 plans was asked about persistent storage long ago (the one write a first visit makes).
		await seedStorage(context, { ...seeded, 'cw:persist-asked': '2025-01-01T00:00:00.000Z', 'cw:active:grow': 'old000' });
		await context.addInitScript(() => {
			const writes: string[] = ((window as any).__writes = []);
			const setItem = Storage.prototype.setItem;
			Storage.prototype.setItem = function (key: string, value: string) {
				writes.push(key);
				return setItem.call(this, key, value);
			};
		});
		// The site's own keys only: Starlight's theme picker stores its (unchanged) choice on every page.
		const writes = (page: import('playwright-core').Page) =>
			page.evaluate(() => ((window as any).__writes as string[]).filter((key) => key !== 'starlight-theme'));

		const { page, watch } = await openPage(context, '/plans/');
		await page.waitForFunction(() => document.querySelectorAll('.plans-table tbody tr').length === 500, null, { timeout: 60_000 });
		expect(await page.getByRole('button', { name: /more plan/ }).count()).toBe(0);
		expect(await page.getByRole('status').filter({ hasText: '500 plans' }).count()).toBe(1);
		await page.waitForTimeout(500);
		expect(await writes(page)).toEqual([]);

		const sheet = await openPage(context, '/worksheets/grow/');
		await worksheetReady(sheet.page);
		// Shown migrated to the current version (the measure kept), still without a write.
		await waitForValue(sheet.page, '#ws-grow-goal-measure', 'Finish under an hour');
		await sheet.page.waitForTimeout(500);
		expect(await writes(sheet.page)).toEqual([]);
		expect(JSON.parse((await sheet.page.evaluate(() => localStorage.getItem('cw:plan:old000')))!).worksheetVersion).toBe(2);
		expect([...watch.errors, ...sheet.watch.errors]).toEqual([]);
		await context.close();
	});
});

describe('My plans with more plans than one page', () => {
	it('shows 500 rows, then 500 more on each "Show more", and filters over every plan', async () => {
		const context = await browser.newContext({ serviceWorkers: 'block' });
		const many = Object.fromEntries(
			Array.from({ length: 1200 }, (_, i) => {
				const id = `many${String(i).padStart(4, '0')}`;
				const stamp = new Date(Date.UTC(2026, 0, 1) + i * 60_000).toISOString();
				const record = { format: 1, id, worksheet: 'grow', worksheetVersion: 3, title: `Plan ${i}`, person: 'Ana', date: '', created: stamp, updated: stamp, answers: { goal: `Goal ${i}` }, edited: {} };
				return [`cw:plan:${id}`, JSON.stringify(record)];
			}),
		);
		await seedStorage(context, many);
		const { page, watch } = await openPage(context, '/plans/');
		const rows = (n: number) => page.waitForFunction((count) => document.querySelectorAll('.plans-table tbody tr').length === count, n, { timeout: 60_000 });
		await rows(500);
		await page.getByRole('button', { name: 'Show 500 more plans' }).click();
		await rows(1000);
		await page.getByRole('button', { name: 'Show 200 more plans' }).click();
		await rows(1200);
		expect(await page.getByRole('button', { name: /more plan/ }).count()).toBe(0);
		// The filter searches every plan, not only the rows on the page.
		await typeInto(page, '#plans-filter', 'Plan 7');
		await page.getByRole('status').filter({ hasText: '111 of 1200 plans match' }).waitFor();

		// Downloading all of them says it is working while the file is built, then is ready again.
		const button = page.getByRole('button', { name: 'Download all plans' });
		await button.evaluate((el) => {
			new MutationObserver(() => {
				if (el.getAttribute('aria-busy') === 'true') (window as any).__wasBusy = true;
			}).observe(el, { attributes: true });
		});
		const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
		expect(download.suggestedFilename()).toMatch(/\.json$/);
		await page.waitForFunction(() => (window as any).__wasBusy === true);
		await page.getByRole('button', { name: 'Download all plans' }).and(page.locator(':not([aria-busy])')).waitFor();
		expect(watch.errors).toEqual([]);
		await context.close();
	});
});
