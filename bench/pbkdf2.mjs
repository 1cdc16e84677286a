// Private-link key derivation per engine: how long PBKDF2-SHA-256 with the site's round count
// (PRIVATE_LINK_ITERATIONS in src/plan/link/private.ts) takes in a page of the built site in
// Chromium, Firefox and WebKit. That is the wait a visitor has when making or opening a private link.
// Firefox and WebKit run through the cross-engine test adapters (tests/engines), bundled with esbuild
// with a stand-in for the one thing they take from vitest (`inject`: the site's address, the display).
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { launchBrowser } from './browser.mjs';

/** What `inject` hands the adapters; set before a session opens. */
const VITEST_STAND_IN = `
export const provided = {};
export function inject(key) {
	if (!(key in provided)) throw new Error('bench: nothing provided for ' + key);
	return provided[key];
}
const outsideTests = () => { throw new Error('bench: not inside a test'); };
export const describe = outsideTests, it = outsideTests, beforeAll = outsideTests, afterAll = outsideTests;
`;

const ENTRY = `
export { launchFirefox } from './tests/engines/firefox.ts';
export { launchWebKit } from './tests/engines/webkit.ts';
export { startXvfb } from './tests/engines/xvfb.ts';
export { PRIVATE_LINK_ITERATIONS } from './src/plan/link/private.ts';
export { provided } from 'vitest';
`;

/**
 * The engine adapters and the site's round count, bundled into node_modules/.cache (so that
 * puppeteer-core, left outside the bundle, resolves from the project).
 */
async function loadAdapters(project) {
	const dir = join(project, 'node_modules/.cache/cw-bench');
	mkdirSync(dir, { recursive: true });
	const outfile = join(dir, `engines-${process.pid}.mjs`);
	await build({
		stdin: { contents: ENTRY, resolveDir: project, loader: 'ts', sourcefile: 'bench-engines.ts' },
		bundle: true,
		format: 'esm',
		platform: 'node',
		packages: 'external',
		outfile,
		logLevel: 'silent',
		plugins: [
			{
				name: 'vitest-stand-in',
				setup(b) {
					b.onResolve({ filter: /^vitest$/ }, () => ({ path: 'vitest', namespace: 'stand-in' }));
					b.onLoad({ filter: /.*/, namespace: 'stand-in' }, () => ({ contents: VITEST_STAND_IN, loader: 'js' }));
				},
			},
		],
	});
	try {
		return await import(pathToFileURL(outfile).href);
	} finally {
		rmSync(outfile, { force: true });
	}
}

/**
 * In the page: one key derivation as private.ts does it (import the passphrase, derive an AES-GCM
 * key); its milliseconds. Firefox rounds performance.now() to whole milliseconds, enough here.
 */
async function deriveOnce(iterations) {
	const salt = crypto.getRandomValues(new Uint8Array(16));
	const start = performance.now();
	const material = await crypto.subtle.importKey('raw', new TextEncoder().encode('bench passphrase, not a secret'), 'PBKDF2', false, ['deriveKey']);
	await crypto.subtle.deriveKey({ name: 'PBKDF2', hash: 'SHA-256', salt, iterations }, material, { name: 'AES-GCM', length: 256 }, false, ['encrypt']);
	return performance.now() - start;
}

/** `runs` derivations one after another in an open page, through `evaluate(fn, iterations)`. */
async function timeIn(evaluate, iterations, runs) {
	const times = [];
	for (let i = 0; i < runs; i++) times.push(await evaluate(deriveOnce, iterations));
	return times;
}

/** Chromium through Playwright, as the other browser steps of the bench. */
async function chromiumTimes(url, iterations, runs) {
	const browser = await launchBrowser();
	try {
		const page = await (await browser.newContext()).newPage();
		await page.goto(url);
		return await timeIn((fn, arg) => page.evaluate(fn, arg), iterations, runs);
	} finally {
		await browser.close();
	}
}

/** Firefox or WebKit through its test adapter: one fresh session on the page. */
async function adapterTimes(launch, url, iterations, runs) {
	const engine = await launch();
	try {
		const session = await engine.newSession();
		try {
			await session.goto(url);
			return await timeIn((fn, arg) => session.evaluate(fn, arg), iterations, runs);
		} finally {
			await session.close();
		}
	} finally {
		await engine.stop();
	}
}

/**
 * Milliseconds of each of `runs` private-link key derivations per engine, in the page at `path` of
 * the site served at `origin`; an engine that cannot start has `error` (why) instead of `times`.
 */
export async function keyDerivationTimes(project, origin, { path = '/worksheets/grow/', runs = 3 } = {}) {
	const adapters = await loadAdapters(project);
	const url = origin + path;
	const iterations = adapters.PRIVATE_LINK_ITERATIONS;
	adapters.provided.siteUrl = `${origin}/`;
	const attempt = async (engine, measure) => {
		try {
			return { engine, times: await measure() };
		} catch (error) {
			return { engine, error: error?.message?.split('\n')[0] ?? String(error) };
		}
	};
	const rows = [await attempt('Chromium', () => chromiumTimes(url, iterations, runs))];
	rows.push(await attempt('Firefox', () => adapterTimes(adapters.launchFirefox, url, iterations, runs)));
	rows.push(
		await attempt('WebKit', async () => {
			// MiniBrowser needs an X display, as in the cross-engine tests.
			const xvfb = await adapters.startXvfb();
			adapters.provided.display = xvfb.display;
			try {
				return await adapterTimes(adapters.launchWebKit, url, iterations, runs);
			} finally {
				xvfb.stop();
			}
		}),
	);
	return { iterations, path, rows };
}
