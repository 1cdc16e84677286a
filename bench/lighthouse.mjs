// Lighthouse (default config: mobile emulation, simulated throttling) against a Chromium launched here.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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
	const child = spawn(chromiumPath(), [...CHROMIUM_ARGS, `--remote-debugging-port=${port}`, `--user-data-dir=${profile}`, 'about:blank'], {
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
 * Runs Lighthouse on each URL; resolves to one entry per URL with category scores (0–100) and key
 * metrics, or with `error` saying why that URL produced no report.
 */
export async function lighthouseScores(urls) {
	const { default: lighthouse } = await import('lighthouse');
	const chrome = await launchDebuggableChromium();
	try {
		const results = [];
		for (const url of urls) results.push(await auditOne(lighthouse, url, chrome.port));
		return results;
	} finally {
		await chrome.close();
	}
}

async function auditOne(lighthouse, url, port) {
	try {
		const { lhr } = await lighthouse(url, { port, logLevel: 'error', output: 'json', onlyCategories: CATEGORIES });
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
