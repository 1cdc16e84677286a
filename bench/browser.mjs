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

/**
 * Arms a one-shot probe: on the next keydown it polls localStorage (via MessageChannel, so without
 * timer clamping) until a `cw:plan:*` entry holds `expected` as a JSON string, and stores the delay.
 */
function armSaveProbe(expected) {
	const needle = JSON.stringify(expected);
	const saved = () =>
		Object.keys(localStorage).some((key) => key.startsWith('cw:plan:') && localStorage.getItem(key).includes(needle));
	window.__benchSaveMs = null;
	addEventListener(
		'keydown',
		() => {
			const start = performance.now();
			const channel = new MessageChannel();
			channel.port1.onmessage = () => {
				const elapsed = performance.now() - start;
				if (saved()) window.__benchSaveMs = elapsed;
				else if (elapsed > 5_000) window.__benchSaveMs = Number.NaN;
				else channel.port2.postMessage(null);
			};
			channel.port2.postMessage(null);
		},
		{ capture: true, once: true },
	);
}

/**
 * Keystroke-to-localStorage delays (ms) for each character of `text`, typed into `selector` one at a
 * time; NaN for a keystroke whose text was not saved within 5 s.
 */
export function keystrokeToStorage(browser, url, selector, text) {
	return inFreshContext(browser, async (page) => {
		await page.goto(url);
		await page.locator('.worksheet[data-ready="true"]').first().waitFor();
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
