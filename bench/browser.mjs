// Chromium measurements of the served site: requests per first visit, time to a hydrated
// worksheet, and keystroke-to-localStorage latency. Every visit uses a fresh browser context.
import { chromium } from 'playwright-core';

// The same Chromium and flags as the browser tests (Node runs this TypeScript file as it is).
export { CHROMIUM_ARGS, chromiumPath } from '../tests/browser/setup/chromium.ts';
import { CHROMIUM_ARGS, chromiumPath } from '../tests/browser/setup/chromium.ts';

/** Launches Chromium (Playwright gives each launch a fresh temporary profile). */
export const launchBrowser = () => chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });

/** Runs `visit(page)` in a new context and closes the context afterwards. */
async function inFreshContext(browser, visit) {
	const context = await browser.newContext();
	try {
		return await visit(await context.newPage(), context);
	} finally {
		await context.close();
	}
}

/** Puts `entries` (storage key to JSON string) into the site's localStorage before the visit. */
export async function seedStorage(page, url, entries) {
	if (Object.keys(entries).length === 0) return;
	await page.goto(new URL('/404.html', url).href);
	await page.evaluate((all) => Object.entries(all).forEach(([key, value]) => localStorage.setItem(key, value)), entries);
}

/** Number of requests a first visit to `url` makes until the network is idle. */
export function countRequests(browser, url) {
	return inFreshContext(browser, async (page) => {
		let requests = 0;
		page.on('request', () => (requests += 1));
		await page.goto(url, { waitUntil: 'networkidle' });
		return requests;
	});
}

/** Records, in the page, the performance.now() at which a `.worksheet` first reports data-ready="true". */
function watchHydration() {
	window.__benchReadyAt = null;
	const ready = () => document.querySelector('.worksheet[data-ready="true"]');
	new MutationObserver((_, observer) => {
		if (window.__benchReadyAt === null && ready()) {
			window.__benchReadyAt = performance.now();
			observer.disconnect();
		}
	}).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-ready'] });
}

/** Milliseconds from navigation start to a hydrated worksheet, on a fresh visit to `url`. */
export function timeToHydrated(browser, url) {
	return inFreshContext(browser, async (page, context) => {
		await context.addInitScript(watchHydration);
		await page.goto(url);
		await page.waitForFunction(() => window.__benchReadyAt !== null, null, { timeout: 30_000 });
		return page.evaluate(() => window.__benchReadyAt);
	});
}

/** Milliseconds from navigation start to the end of the load event, on a fresh visit to `url`: a reading page's "ready". */
export function timeToLoaded(browser, url) {
	return inFreshContext(browser, async (page) => {
		await page.goto(url, { waitUntil: 'load' });
		await page.waitForFunction(() => performance.getEntriesByType('navigation')[0]?.loadEventEnd > 0);
		return page.evaluate(() => performance.getEntriesByType('navigation')[0].loadEventEnd);
	});
}

/**
 * Arms a one-shot probe: from the next keydown, the first `localStorage.setItem` of a `cw:plan:*`
 * entry holding `expected` as a JSON string records the delay. Watching the write itself, not polling
 * the stored plans, keeps the probe's own cost out of the figure when hundreds of plans are stored.
 */
function armSaveProbe(expected) {
	const probe = (window.__benchProbe ??= { needle: '', start: null });
	if (!window.__benchSetItemWatched) {
		window.__benchSetItemWatched = true;
		const setItem = Storage.prototype.setItem;
		Storage.prototype.setItem = function (key, value) {
			setItem.call(this, key, value);
			if (probe.start !== null && key.startsWith('cw:plan:') && String(value).includes(probe.needle)) {
				window.__benchSaveMs = performance.now() - probe.start;
				probe.start = null;
			}
		};
	}
	probe.needle = JSON.stringify(expected);
	probe.start = null;
	window.__benchSaveMs = null;
	addEventListener('keydown', () => (probe.start = performance.now()), { capture: true, once: true });
	// A keystroke never saved within 5 s counts as NaN.
	const needle = probe.needle;
	setTimeout(() => probe.needle === needle && window.__benchSaveMs === null && (window.__benchSaveMs = Number.NaN), 5_000);
}

/**
 * Keystroke-to-localStorage delays (ms) for each character of `text`, typed into `selector` one at a
 * time, with `stored` entries in localStorage first; NaN for a keystroke whose text was not saved within 5 s.
 */
export function keystrokeToStorage(browser, url, selector, text, stored = {}) {
	return inFreshContext(browser, async (page) => {
		await seedStorage(page, url, stored);
		await page.goto(url);
		await page.locator('.worksheet[data-ready="true"]').first().waitFor();
		// With plans stored the worksheet opens the latest one: start from an empty field.
		await page.fill(selector, '');
		await page.focus(selector);
		const delays = [];
		for (let i = 0; i < text.length; i++) {
			await page.evaluate(armSaveProbe, text.slice(0, i + 1));
			await page.keyboard.type(text[i]);
			await page.waitForFunction(() => window.__benchSaveMs !== null);
			delays.push(await page.evaluate(() => window.__benchSaveMs));
		}
		return delays;
	});
}
