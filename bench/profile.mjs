// A CPU profile of one page load in Chromium at 4× CPU slowdown, self time summed per function and
// mapped back to source files: `SOURCEMAP=1 OUT_DIR=/tmp/profiled npx astro build`, then
// `npx node bench/profile.mjs /tmp/profiled /plans/ 500` (site folder, page, plans stored first).
// Prints figures and asserts nothing, like the rest of the bench.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SourceMapConsumer } from 'source-map-js';
import { serve } from './serve.mjs';
import { launchBrowser } from './browser.mjs';
import { manyPlans } from './plans.mjs';

const [root = 'dist', path = '/worksheets/grow/', planCount = '0'] = process.argv.slice(2);
const plans = Number(planCount);
const sourceMaps = new Map();
const server = await serve(root);
const browser = await launchBrowser();
try {
	const context = await browser.newContext({ serviceWorkers: 'block' });
	const page = await context.newPage();
	await page.goto(`${server.origin}/404.html`);
	await page.evaluate((all) => Object.entries(all).forEach(([key, value]) => localStorage.setItem(key, value)), manyPlans(plans));
	const cdp = await context.newCDPSession(page);
	await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
	await cdp.send('Profiler.enable');
	await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
	await cdp.send('Profiler.start');
	await page.goto(`${server.origin}${path}`);
	// Polled slowly, so the wait itself stays out of the profile.
	if (plans) await page.waitForFunction((n) => document.querySelectorAll('.plans-table tbody tr').length >= n, Math.min(plans, 500), { timeout: 120_000, polling: 250 });
	else await page.locator('[data-ready="true"]').first().waitFor({ timeout: 120_000 });
	const ready = await page.evaluate(() => performance.now());
	const { profile } = await cdp.send('Profiler.stop');
	console.log(`${path} with ${plans} plans: ready ${Math.round(ready)} ms after navigation start (4× slowdown)`);
	for (const [name, ms] of selfTimes(profile).slice(0, 25)) console.log(`${String(Math.round(ms)).padStart(6)} ms  ${name}`);
	console.log('-- total (inclusive) --');
	for (const [name, ms] of totalTimes(profile).slice(0, 45)) console.log(`${String(Math.round(ms)).padStart(6)} ms  ${name}`);
} finally {
	await browser.close();
	await server.close();
}

/** Self time per function, largest first; "(program)" is the browser's own work: parsing, style, layout. */
function selfTimes(profile) {
	const sampled = new Map();
	profile.samples.forEach((id, i) => sampled.set(id, (sampled.get(id) ?? 0) + profile.timeDeltas[i] / 1000));
	const totals = new Map();
	for (const node of profile.nodes) {
		const ms = sampled.get(node.id);
		if (ms) totals.set(describe(node.callFrame), (totals.get(describe(node.callFrame)) ?? 0) + ms);
	}
	return [...totals].sort((a, b) => b[1] - a[1]);
}

/** Time per function including what it calls, each sample counted once per function on its stack. */
function totalTimes(profile) {
	const sampled = new Map();
	profile.samples.forEach((id, i) => sampled.set(id, (sampled.get(id) ?? 0) + profile.timeDeltas[i] / 1000));
	const parent = new Map();
	const byId = new Map(profile.nodes.map((node) => [node.id, node]));
	for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
	const totals = new Map();
	for (const [id, ms] of sampled) {
		const names = new Set();
		for (let at = id; at !== undefined; at = parent.get(at)) names.add(describe(byId.get(at).callFrame));
		for (const name of names) totals.set(name, (totals.get(name) ?? 0) + ms);
	}
	return [...totals].sort((a, b) => b[1] - a[1]);
}

/** A frame as "function source:line", through the chunk's source map when the build wrote one. */
function describe({ functionName, url, lineNumber, columnNumber }) {
	const name = functionName || '(anonymous)';
	if (!url.startsWith('http')) return url ? `${name} ${url}` : name;
	const file = join(root, new URL(url).pathname);
	if (!sourceMaps.has(file)) sourceMaps.set(file, existsSync(`${file}.map`) ? new SourceMapConsumer(JSON.parse(readFileSync(`${file}.map`, 'utf8'))) : null);
	const map = sourceMaps.get(file);
	if (!map || lineNumber < 0) return `${name} ${new URL(url).pathname}:${lineNumber + 1}`;
	const original = map.originalPositionFor({ line: lineNumber + 1, column: columnNumber });
	return `${name} ${(original.source ?? '?').replace(/.*node_modules\//, '').replace(/.*\/src\//, 'src/')}:${original.line}`;
}
