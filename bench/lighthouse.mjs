// Lighthouse (default config: mobile emulation, simulated throttling) against a Chromium launched here.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { Launcher } from 'chrome-launcher';
import { CHROMIUM_ARGS, chromiumPath } from './browser.mjs';

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
export const METRICS = ['first-contentful-paint', 'largest-contentful-paint', 'total-blocking-time', 'cumulative-layout-shift'];

/** A free loopback port, picked by the OS. */
function freePort() {
	return new Promise((resolve) => {
		const server = createServer().listen(0, '127.0.0.1', () => {
			const { port } = server.address();
			server.close(() => resolve(port));
		});
	});
}

/** Waits until Chromium's DevTools endpoint answers on `port`. */
async function waitForDevTools(port, child) {
	for (let i = 0; i < 100; i++) {
		if (child.exitCode !== null) throw new Error(`Chromium exited with code ${child.exitCode}`);
		try {
			if ((await fetch(`http://127.0.0.1:${port}/json/version`)).ok) return;
		} catch {
			// Not listening yet.
		}
		await new Promise((resolve) => setTimeout(resolve, 100));
	}
	throw new Error('Chromium did not open its DevTools port');
}

/** Starts Chromium with a fresh profile and a remote debugging port; `close()` stops it and removes the profile. */
async function launchDebuggableChromium() {
	const port = await freePort();
	const profile = mkdtempSync(join(tmpdir(), 'cw-bench-lh-'));
	// Lighthouse's own launcher's flags first (no component extensions, translate, background timers
	// throttling…): without them this Chromium's background work showed up as unattributable long tasks.
	const flags = [...Launcher.defaultFlags(), ...CHROMIUM_ARGS];
	const child = spawn(chromiumPath(), [...flags, `--remote-debugging-port=${port}`, `--user-data-dir=${profile}`, 'about:blank'], {
		stdio: 'ignore',
	});
	const close = async () => {
		if (child.exitCode === null) {
			const exited = new Promise((resolve) => child.once('exit', resolve));
			child.kill('SIGTERM');
			await exited;
		}
		rmSync(profile, { recursive: true, force: true });
	};
	try {
		await waitForDevTools(port, child);
	} catch (error) {
		await close();
		throw error;
	}
	return { port, close };
}

/**
 * Runs Lighthouse on each target (`{ url, seed? }`); resolves to one entry per target with category
 * scores (0–100) and key metrics, or with `error` saying why it produced no report. A target with a
 * `seed` (storage key to JSON string) is audited with those entries in the site's localStorage and
 * nothing else stored for the site: no service worker, no caches from an earlier run.
 */
export async function lighthouseScores(targets) {
	const { default: lighthouse } = await import('lighthouse');
	const chrome = await launchDebuggableChromium();
	try {
		const results = [];
		for (const { url, seed } of targets) {
			if (!seed) {
				results.push(await auditOne(lighthouse, url, chrome.port, false));
				continue;
			}
			await seedSite(chrome.port, url, seed);
			results.push(await auditOne(lighthouse, url, chrome.port, true));
			// Lighthouse's own reset leaves localStorage: the next audit must not find the seed.
			await seedSite(chrome.port, url, {});
		}
		return results;
	} finally {
		await chrome.close();
	}
}

/** Clears everything the site at `url` stores in the audited Chromium, then puts `entries` (if any) in its localStorage. */
async function seedSite(port, url, entries) {
	const browser = await chromium.connectOverCDP(`http://127.0.0.1:${port}`);
	try {
		const context = browser.contexts()[0];
		const page = await context.newPage();
		const cdp = await context.newCDPSession(page);
		await cdp.send('Storage.clearDataForOrigin', { origin: new URL(url).origin, storageTypes: 'all' });
		await page.goto(new URL('/404.html', url).href);
		await page.evaluate((all) => Object.entries(all).forEach(([key, value]) => localStorage.setItem(key, value)), entries);
		await page.close();
	} finally {
		// Disconnects; the audited Chromium keeps running.
		await browser.close();
	}
}

async function auditOne(lighthouse, url, port, keepStorage) {
	try {
		const { lhr } = await lighthouse(url, { port, logLevel: 'error', output: 'json', onlyCategories: CATEGORIES, disableStorageReset: keepStorage });
		if (lhr.runtimeError) return { url, error: `${lhr.runtimeError.code}: ${lhr.runtimeError.message}` };
		return {
			url,
			scores: Object.fromEntries(CATEGORIES.map((id) => [id, Math.round((lhr.categories[id]?.score ?? Number.NaN) * 100)])),
			metrics: Object.fromEntries(METRICS.map((id) => [id, lhr.audits[id]?.displayValue ?? '?'])),
			numbers: Object.fromEntries(METRICS.map((id) => [id, lhr.audits[id]?.numericValue ?? Number.NaN])),
		};
	} catch (error) {
		return { url, error: error.message };
	}
}
