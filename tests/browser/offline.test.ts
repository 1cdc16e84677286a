import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { writeServiceWorker } from '../../src/build/offline/integration';
import { startPreview } from './setup/server';
import { launch, openPage, openSearch, siteUrl, waitForValue, worksheetReady } from './support';

const root = fileURLToPath(new URL('../..', import.meta.url));
// The directory the shared preview serves (the config honours OUT_DIR, so the preview does too).
const builtSite = resolve(root, process.env.OUT_DIR ?? 'dist');
const precachedIn = (site: string) => JSON.parse(readFileSync(join(site, 'sw.js'), 'utf8').match(/^const PRECACHE = (.*);$/m)![1]);

let browser: Browser;
beforeAll(async () => {
	browser = await launch();
});
afterAll(() => browser?.close());

/** Waits until the service worker has stored the site and controls the page, as after a visitor's first visit. */
async function controlled(page: Page) {
	await page.evaluate(() => navigator.serviceWorker.ready);
	if (!(await page.evaluate(() => navigator.serviceWorker.controller !== null))) await page.reload();
	await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
}

const cacheNames = (page: Page) => page.evaluate(async () => (await caches.keys()).sort());

/** Requests that failed and uncaught errors: what a missing stored file looks like offline. */
function watchFailures(page: Page) {
	const failures: string[] = [];
	page.on('requestfailed', (request) => {
		// A reload cancels the previous page's requests; that is not a missing file.
		if (request.failure()?.errorText !== 'net::ERR_ABORTED') failures.push(`${request.url()} ${request.failure()?.errorText}`);
	});
	page.on('pageerror', (error) => failures.push(error.message));
	return failures;
}

describe('the site after one visit, with no network', () => {
	it('opens the worksheet, keeps answers typed offline through a reload, and opens pages never visited', async () => {
		const context = await browser.newContext();
		const { page, watch } = await openPage(context, '/worksheets/grow/');
		const failures = watchFailures(page);
		await controlled(page);
		const { cache, files, langs } = precachedIn(builtSite);
		expect(await cacheNames(page)).toEqual([cache]);
		// A first visit in English stores the shared files and the English ones, not the Spanish edition.
		const english = Object.keys(files).filter((file) => (langs[file] ?? 'en') === 'en');
		expect(english.length).toBeLessThan(Object.keys(files).length * 0.6);
		expect(await page.evaluate(async (name) => (await (await caches.open(name)).keys()).length, cache)).toBe(english.length);

		await context.setOffline(true);
		await page.reload();
		await worksheetReady(page);
		await page.locator('#ws-grow-goal').fill('Speak up in the Monday meeting');
		await expect.poll(() => page.locator('.ws-save').textContent()).toBe('Saved on this device');
		await page.reload();
		await worksheetReady(page);
		await waitForValue(page, '#ws-grow-goal', 'Speak up in the Monday meeting');

		await page.goto(new URL('clear/review/', siteUrl()).href);
		await expect.poll(() => page.locator('h1').textContent()).toContain('Review');
		await page.goto(new URL('no-such-page/', siteUrl()).href);
		await expect.poll(() => page.locator('h1').textContent()).toBe('Page not found');

		expect(failures).toEqual([]);
		expect(watch.foreignRequests).toEqual([]);
		await context.close();
	});

	it('searches the whole site offline', async () => {
		const context = await browser.newContext();
		const { page } = await openPage(context, '/');
		const failures = watchFailures(page);
		await controlled(page);
		await context.setOffline(true);
		await page.reload();
		await (await openSearch(page)).fill('Hawkins');
		const first = page.locator('dialog[open] .pagefind-ui__result-link').first();
		await first.waitFor();
		expect(new URL((await first.getAttribute('href'))!, siteUrl()).pathname).toBe(new URL('clear/', siteUrl()).pathname);
		expect(failures).toEqual([]);
		await context.close();
	});
});

describe('a new deploy', () => {
	let site: string;
	let preview: Awaited<ReturnType<typeof startPreview>>;
	beforeAll(async () => {
		// A copy of the built site on its own server, so the test can deploy over it.
		site = join(mkdtempSync(join(tmpdir(), 'cw-deploy-')), 'site');
		cpSync(builtSite, site, { recursive: true });
		preview = await startPreview(root, { OUT_DIR: site });
	});
	afterAll(() => {
		preview?.stop();
		if (site) rmSync(resolve(site, '..'), { recursive: true, force: true });
	});

	it('is seen at once online, replaces the stored copy and its old caches, and leaves open pages working', async () => {
		const context = await browser.newContext();
		const page = await context.newPage();
		await page.goto(new URL('grow/goal/', preview.url).href);
		await controlled(page);
		const before = precachedIn(site).cache;
		await page.evaluate(() => Promise.all(['cw-old', 'not-ours'].map((name) => caches.open(name))));
		const openTab = await context.newPage();
		await openTab.goto(new URL('grow/', preview.url).href);

		const goal = join(site, 'grow/goal/index.html');
		// A new paragraph at the top of the page's text: whatever the page says, the deploy changed it.
		const page0 = readFileSync(goal, 'utf8');
		const marker = /<div class="sl-markdown-content[^"]*">/.exec(page0)![0];
		writeFileSync(goal, page0.replace(marker, `${marker}<p>Deployed again.</p>`));
		const after = writeServiceWorker(site).cache;
		expect(after).not.toBe(before);

		// Everything the workers fetch from now on; the new one may start installing as soon as the page reloads.
		const downloaded = new Set<string>();
		context.on('request', (request) => {
			if (request.serviceWorker() && !new URL(request.url()).pathname.endsWith('/sw.js')) downloaded.add(new URL(request.url()).pathname);
		});
		// Pages come from the network first, so the new text shows before the new worker is even installed.
		await page.reload();
		await expect.poll(() => page.locator('main').textContent()).toContain('Deployed again.');

		await page.evaluate(async () => (await navigator.serviceWorker.ready).update());
		await expect.poll(() => cacheNames(page), { timeout: 20_000 }).toEqual([after, 'not-ours']);
		// The new worker downloads only the changed page (the reload fetched it too) and carries every other file over.
		expect([...downloaded]).toEqual(['/grow/goal/']);

		// The tab opened before the deploy still moves on, and the new copy is what works offline.
		await context.setOffline(true);
		await openTab.locator('main a[href$="/grow/goal/"]').first().click();
		await openTab.waitForURL('**/grow/goal/');
		await expect.poll(() => openTab.locator('main').textContent()).toContain('Deployed again.');
		await openTab.goto(new URL('grow/reality/', preview.url).href);
		await expect.poll(() => openTab.locator('h1').textContent()).toContain('Reality');

		await context.setOffline(false);
		await openTab.goto(new URL('grow/options/', preview.url).href);
		await expect.poll(() => openTab.locator('h1').textContent()).toContain('Options');
		await context.close();
	});
});
