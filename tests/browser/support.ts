import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { inject } from 'vitest';
import { CHROMIUM_ARGS } from './setup/chromium';

export const siteUrl = () => inject('siteUrl');

/** Starts Debian's Chromium; each test file gets its own browser. */
export function launch(): Promise<Browser> {
	return chromium.launch({ executablePath: inject('chromium'), args: CHROMIUM_ARGS });
}

/** What a page did that a visitor should never see: console errors and requests to other origins. */
export interface Watch {
	errors: string[];
	foreignRequests: string[];
}

/** Opens a page of the site and records console errors, page errors and requests leaving the origin. */
export async function openPage(context: BrowserContext, path: string): Promise<{ page: Page; watch: Watch }> {
	const page = await context.newPage();
	const watch: Watch = { errors: [], foreignRequests: [] };
	const origin = new URL(siteUrl()).origin;
	page.on('console', (message) => {
		if (message.type() === 'error') watch.errors.push(message.text());
	});
	page.on('pageerror', (error) => watch.errors.push(error.message));
	page.on('request', (request) => {
		const url = request.url();
		if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) watch.foreignRequests.push(url);
	});
	await page.goto(new URL(path.replace(/^\//, ''), siteUrl()).href);
	return { page, watch };
}

/**
 * Opens the header's search and returns its input. Starlight builds Pagefind's box when the page is
 * idle after load, which on a loaded machine can take a while after the dialog opens.
 */
export async function openSearch(page: Page) {
	await page.getByRole('button', { name: 'Search' }).first().click();
	const input = page.locator('dialog[open] .pagefind-ui__search-input');
	await input.waitFor({ timeout: 60_000 });
	return input;
}

/** Seeds localStorage for the site's origin, from its 404 page, before any worksheet script runs. */
export async function seedStorage(context: BrowserContext, entries: Record<string, string>) {
	const page = await context.newPage();
	await page.goto(new URL('404.html', siteUrl()).href);
	await page.evaluate((all) => {
		for (const [key, value] of Object.entries(all)) localStorage.setItem(key, value);
	}, entries);
	await page.close();
}

/** Waits until the worksheet island has hydrated and accepts typing. */
export async function worksheetReady(page: Page) {
	await page.locator('.worksheet[data-ready="true"]').first().waitFor();
}

/** Waits until a form control holds `value` (Preact sets the property, not the attribute). */
export async function waitForValue(page: Page, selector: string, value: string) {
	await page.waitForFunction(
		([sel, expected]) => (document.querySelector(sel) as HTMLInputElement | null)?.value === expected,
		[selector, value] as const,
		{ timeout: 30_000 },
	);
}

/** Focuses a field and replaces its text by typing, as a keyboard user does. */
export async function typeInto(page: Page, selector: string, text: string) {
	await page.locator(selector).focus();
	await page.keyboard.press('ControlOrMeta+a');
	await page.keyboard.type(text);
}

/** Every plan record in this browser's localStorage, by plan id. */
export const storedPlans = (page: Page): Promise<Record<string, Record<string, any>>> =>
	page.evaluate(() =>
		Object.fromEntries(
			Object.keys(localStorage)
				.filter((key) => key.startsWith('cw:plan:'))
				.map((key) => [key.slice('cw:plan:'.length), JSON.parse(localStorage.getItem(key)!)]),
		),
	);

/**
 * Records the layout shifts a page reports (what CLS adds up), from before its first paint: pass it
 * to `context.addInitScript`, then read the total with `layoutShiftTotal`.
 */
export function recordLayoutShifts() {
	const shifts: number[] = [];
	(window as unknown as { layoutShifts: number[] }).layoutShifts = shifts;
	new PerformanceObserver((list) => {
		for (const entry of list.getEntries() as (PerformanceEntry & { value: number })[]) shifts.push(entry.value);
	}).observe({ type: 'layout-shift', buffered: true });
}

/** The page's layout shifts so far, added up, after a frame for the browser to hand over the last ones. */
export async function layoutShiftTotal(page: Page): Promise<number> {
	await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => setTimeout(done, 100))));
	const shifts = await page.evaluate(() => (window as unknown as { layoutShifts: number[] }).layoutShifts);
	return shifts.reduce((sum, value) => sum + value, 0);
}

/** Every value in the worksheet's text boxes, in page order. */
export const textValues = (page: Page) =>
	page.locator('.worksheet :is(input[type=text], textarea)').evaluateAll((els) => els.map((el) => (el as HTMLInputElement).value));

/** Presses the GROW worksheet's share button (named in the page's language) and reads the link it made. */
export async function shareLinkOf(page: Page, button = 'Share link') {
	await page.getByRole('button', { name: button, exact: true }).click();
	const input = page.locator('#ws-grow--link');
	await input.waitFor();
	return input.inputValue();
}

/**
 * Records every element taken out of the elements matching `inside` until `until` matches: pass it to
 * `context.addInitScript` with both, before the page's scripts run, then read them with `removals`.
 * Hydration that takes the server's HTML as it is removes none.
 */
export function recordRemovals({ inside, until }: { inside: string; until: string }) {
	const removed: string[] = [];
	(window as unknown as { removals: string[] }).removals = removed;
	new MutationObserver((records) => {
		if (document.querySelector(until)) return;
		for (const record of records)
			for (const node of record.removedNodes)
				if (node instanceof Element && (record.target as Element).closest?.(inside)) removed.push(node.outerHTML.slice(0, 120));
	}).observe(document, { childList: true, subtree: true });
}

/** What `recordRemovals` recorded on this page. */
export const removals = (page: Page): Promise<string[]> => page.evaluate(() => (window as unknown as { removals: string[] }).removals);
