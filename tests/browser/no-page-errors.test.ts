import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launch, openPage, worksheetReady } from './support';
import { STORED_KEYS } from '../../src/store/keys';

/**
 * No script on the page, ours or Starlight's, may throw when the browser's storage misbehaves: full,
 * disabled, or holding values this site never wrote. Each fault is put in place by an init script, so
 * it is there before the first page script runs (the theme script in the head included).
 */

let browser: Browser;
beforeAll(async () => {
	browser = await launch();
});
afterAll(() => browser?.close());

/** A reading page, a worksheet, My plans, a session, the coach's form and practice: between them they run every script the site has. */
const pages: { path: string; ready: (page: Page) => Promise<void> }[] = [
	{ path: '/grow/', ready: async () => {} },
	{ path: '/worksheets/grow/', ready: worksheetReady },
	{ path: '/plans/', ready: (page) => page.locator('.plans-list[data-ready="true"]').waitFor() },
	{ path: '/session/grow/', ready: (page) => page.locator('.session[data-ready="true"]').waitFor() },
	{ path: '/coach/', ready: (page) => page.locator('.coach-form[data-ready="true"]').waitFor() },
	{ path: '/practice/', ready: (page) => page.locator('.practice[data-ready="true"]').waitFor() },
];

/** Every key the site or Starlight reads, as `store/keys.ts` lists them; a prefix gets the ids these pages use. */
const keysIn = (storage: 'local' | 'session') =>
	STORED_KEYS.filter((entry) => entry.storage === storage).flatMap(({ key, prefix }) => (prefix ? [`${key}damaged`, `${key}grow`] : [key]));
const LOCAL_KEYS = keysIn('local');
const SESSION_KEYS = keysIn('session');

/** Values no version of the site wrote: markup, broken JSON, a huge string, and JSON of the wrong shape. */
const DAMAGED: Record<string, string> = {
	markup: '"><img src=x>',
	'broken JSON': '{',
	'a very long string': 'x'.repeat(100_000),
	null: 'null',
	'an array': '[]',
	'a number': '42',
	'a record without its fields': '{"format":1,"id":"damaged","worksheet":"grow"}',
};

type Fault = { name: string; install: (context: BrowserContext) => Promise<unknown> };

const faults: Fault[] = [
	{
		name: 'storage is full',
		install: (context) =>
			context.addInitScript(() => {
				Storage.prototype.setItem = () => {
					throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
				};
			}),
	},
	{
		name: 'storage is disabled',
		install: (context) =>
			context.addInitScript(() => {
				for (const name of ['localStorage', 'sessionStorage'])
					Object.defineProperty(window, name, {
						get() {
							throw new DOMException('The operation is insecure.', 'SecurityError');
						},
					});
			}),
	},
	...Object.entries(DAMAGED).map(
		([what, value]): Fault => ({
			name: `every stored value is ${what}`,
			install: (context) =>
				context.addInitScript(
					([local, session, damaged]) => {
						for (const key of local) localStorage.setItem(key, damaged);
						for (const key of session) sessionStorage.setItem(key, damaged);
					},
					[LOCAL_KEYS, SESSION_KEYS, value] as const,
				),
		}),
	),
];

/** Lets timers, storage events and promise chains started by the page settle, so a late error is caught too. */
const settle = (page: Page) => page.evaluate(() => new Promise((resolve) => setTimeout(() => requestAnimationFrame(resolve), 300)));

for (const fault of faults)
	describe(`when ${fault.name}`, () => {
		let context: BrowserContext;
		beforeAll(async () => {
			context = await browser.newContext({ serviceWorkers: 'block' });
			await fault.install(context);
		});
		afterAll(() => context?.close());

		for (const { path, ready } of pages)
			it(`${path} runs without an error`, async () => {
				const { page, watch } = await openPage(context, path);
				await ready(page);
				// The theme script still picks a theme, and never one made of stored text.
				expect(['light', 'dark']).toContain(await page.evaluate(() => document.documentElement.dataset.theme));
				// Choosing a theme works even when it cannot be kept.
				const picker = page.locator('starlight-theme-select select').first();
				if (await picker.isVisible()) {
					await picker.selectOption('light');
					await expect.poll(() => page.evaluate(() => document.documentElement.dataset.theme)).toBe('light');
					await picker.selectOption('dark');
					await expect.poll(() => page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
				}
				await settle(page);
				expect(watch.errors).toEqual([]);
				await page.close();
			});
	});
