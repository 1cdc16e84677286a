// `npm run bench [-- --quick]`: prints performance figures for the Coaching Workbook and asserts nothing.
//
//   1. wall-clock build time of the real site
//   2. bytes (raw and gzip -9) of HTML, CSS and JS per page type, and requests of a first visit
//   3. Chromium: navigation start to a hydrated worksheet, keystroke to localStorage, and My plans
//      rendering 500 stored plans
//   4. Lighthouse (mobile) scores                                   (skipped by --quick)
//   5. build time with 1,000 generated extra pages per language      (skipped by --quick)
//   6. share-link length for a filled GROW plan and a ~2,000-word plan, and encode/decode times
//   7. private-link key derivation (PBKDF2) time in Chromium, Firefox and WebKit
//
// `--before <rev>` first measures steps 1-4 for the site at that git revision, for a before/after
// comparison on one machine in one run.
//
// Every build runs in a scratch copy of the project (see project.mjs), never in the project folder, and the
// built site is served on loopback by serve.mjs. A step that fails prints a WARNING line and the
// run goes on; the exit code is always 0.
import { readdirSync, rmSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { countRequests, keystrokeToStorage, launchBrowser, timeToHydrated, timeToLoaded } from './browser.mjs';
import { heading, kib, median, seconds, spread, table, warn } from './format.mjs';
import { CATEGORIES, METRICS, lighthouseScores } from './lighthouse.mjs';
import { buildSite, copyProject, copyRevision, generatePages } from './project.mjs';
import { serve } from './serve.mjs';
import { weighPage } from './weight.mjs';
import { shareLinkFigures } from './share.mjs';
import { filterKeystrokeTimes, manyPlans, myPlansRenderTimes } from './plans.mjs';
import { bundleFigures } from './bundle.mjs';
import { keyDerivationTimes } from './pbkdf2.mjs';
import { GOALS, jsGoal } from './goals.mjs';

const PROJECT = fileURLToPath(new URL('..', import.meta.url));
const QUICK = process.argv.includes('--quick');
// `--before <rev>`: also measure the site as it was at a git revision, in the same run.
const beforeAt = process.argv.indexOf('--before');
const BEFORE = beforeAt >= 0 ? (process.argv[beforeAt + 1] ?? null) : null;
const READING_PAGES = [
	['home', '/'],
	['GROW overview', '/grow/'],
	['phase page', '/grow/goal/'],
	['reading page (ICF 8)', '/icf-competency-8/8-7/'],
	['My plans', '/plans/'],
	['coach link page', '/coach/'],
	['session mode (GROW)', '/session/grow/'],
];
const HYDRATION_RUNS = 7;
/** The phase page the worksheets are measured against, as in the Lighthouse step. */
const PHASE_PAGE = '/grow/goal/';
const TYPED_TEXT = 'benchmarkstring'; // 15 keystrokes, each leaving a distinct saved value
const GENERATED_PAGES = 1000;
// Each page three times; the median is printed. The heaviest worksheet page is added when it differs,
// and My plans a second time with 500 plans stored (a coach's browser).
const LIGHTHOUSE_PAGES = ['/', '/grow/goal/', '/worksheets/grow/', '/session/grow/', '/plans/', '/coach/'];
const LIGHTHOUSE_STORED_PLANS = 500;
const LIGHTHOUSE_RUNS = 3;

const scratchDirs = [];

/** Runs one step; on failure prints a warning and resolves to undefined. */
async function attempt(what, step) {
	try {
		return await step();
	} catch (error) {
		warn(what, error);
		return undefined;
	}
}

/** Copies the project into a scratch directory (removed at the end), optionally prepares it, and builds it. */
async function buildCopy(label, prepare = () => {}) {
	const dir = copyProject(PROJECT, label);
	scratchDirs.push(dir);
	prepare(dir);
	return buildSite(dir);
}

/** Every page to weigh: the reading page types, then each worksheet page found in the build. */
function pagesToWeigh(outDir) {
	const worksheets = readdirSync(join(outDir, 'worksheets'), { withFileTypes: true })
		.filter((entry) => entry.isDirectory())
		.map((entry) => [`worksheet ${entry.name}`, `/worksheets/${entry.name}/`])
		.sort(([a], [b]) => a.localeCompare(b));
	return [...READING_PAGES, ...worksheets].map(([label, path]) => ({ label, path, worksheet: path.startsWith('/worksheets/') }));
}

/** The worksheet page with the most gzip JS; ties go to the most gzip bytes overall. */
function heaviestWorksheet(weighed) {
	const total = ({ weight }) => weight.html.gzip + weight.css.gzip + weight.js.gzip;
	return weighed
		.filter((page) => page.worksheet && page.weight)
		.reduce((best, page) => {
			if (!best) return page;
			const byJs = page.weight.js.gzip - best.weight.js.gzip;
			return byJs > 0 || (byJs === 0 && total(page) > total(best)) ? page : best;
		}, undefined);
}

/** The Spanish edition beside the English one: the same pages' JS and HTML (issue 25: JS within 3%). */
async function stepLanguages(outDir) {
	const pairs = [['GROW worksheet', '/worksheets/grow/'], ['My plans', '/plans/'], ['session mode (GROW)', '/session/grow/'], ['phase page', '/grow/goal/']];
	const rows = [];
	for (const [label, path] of pairs) {
		const [en, es] = await Promise.all([attempt(`weigh ${path}`, () => weighPage(outDir, path)), attempt(`weigh /es${path}`, () => weighPage(outDir, `/es${path}`))]);
		if (!en || !es) continue;
		const change = ((es.js.gzip - en.js.gzip) / en.js.gzip) * 100;
		rows.push([label, kib(en.js.gzip), kib(es.js.gzip), `${change >= 0 ? '+' : ''}${change.toFixed(1)} %`, Math.abs(change) <= 3 ? 'within 3 %' : 'over 3 %', kib(en.html.gzip), kib(es.html.gzip)]);
	}
	console.log('');
	table(['page', 'JS en (gzip)', 'JS es (gzip)', 'es vs en', 'goal', 'HTML en', 'HTML es'], rows);
}

async function stepWeights(outDir, browser, origin) {
	heading('2. Page weight (KiB raw / gzip -9) and first-visit requests');
	const pages = pagesToWeigh(outDir);
	for (const page of pages) {
		page.weight = await attempt(`weigh ${page.path}`, () => weighPage(outDir, page.path));
		page.requests = browser ? await attempt(`count requests of ${page.path}`, () => countRequests(browser, origin + page.path)) : undefined;
	}
	const heaviest = heaviestWorksheet(pages);
	const pair = (size) => `${kib(size.raw).replace(' KiB', '')} / ${kib(size.gzip).replace(' KiB', '')}`;
	table(
		['page', 'path', 'HTML', 'CSS', 'JS (inline incl.)', 'JS goal (gzip)', 'of it inline', 'CSS+JS files', 'requests'],
		pages.map((page) => [
			page === heaviest ? `${page.label} *` : page.label,
			page.path,
			...(page.weight
				? [
						pair(page.weight.html),
						pair(page.weight.css),
						pair(page.weight.js),
						`${page.weight.js.gzip <= jsGoal(page.path) ? 'within' : 'over'} ${kib(jsGoal(page.path))}`,
						pair(page.weight.inlineJs ?? { raw: 0, gzip: 0 }),
						page.weight.files,
					]
				: ['?', '?', '?', kib(jsGoal(page.path)), '?', '?']),
			page.requests ?? '?',
		]),
		{ left: 2 },
	);
	const ties = pages.filter((page) => page.worksheet && page.weight?.js.gzip === heaviest?.weight.js.gzip).length;
	if (heaviest)
		console.log(
			`* heaviest worksheet page by JS gzip: ${heaviest.path} (${kib(heaviest.weight.js.gzip)})` +
				(ties > 1 ? `; ${ties} worksheet pages tie on JS, so the most gzip bytes overall decides` : ''),
		);
	console.log('CSS includes the print stylesheet (media="print"), which the browser still downloads.');
	console.log('JS counts every script the page runs: files (followed through static imports) plus inline scripts, gzipped together.');
	await stepLanguages(outDir);
	return heaviest;
}

async function stepBrowserTimings(browser, origin, heaviest) {
	heading('3. Chromium timings (fresh context per run)');
	// A phase page is read, not typed into: its "ready" is the end of its load event, the yardstick for the worksheets.
	const visits = [
		...[...new Set(['/worksheets/grow/', heaviest?.path].filter(Boolean))].map((path) => ({
			path,
			label: path === heaviest?.path ? `${path} (heaviest), to typeable` : `${path}, to typeable`,
			time: timeToHydrated,
		})),
		{ path: PHASE_PAGE, label: `${PHASE_PAGE} (phase page), to loaded`, time: timeToLoaded },
	];
	const medians = {};
	const rows = [];
	for (const { path, label, time } of visits) {
		const runs = [];
		for (let i = 0; i < HYDRATION_RUNS; i++) {
			const ms = await attempt(`${label} (run ${i + 1})`, () => time(browser, origin + path));
			if (ms !== undefined) runs.push(ms);
		}
		if (runs.length) medians[path] = median(runs);
		rows.push(runs.length ? [label, median(runs).toFixed(0), Math.min(...runs).toFixed(0), Math.max(...runs).toFixed(0), runs.length] : [label, '?', '?', '?', 0]);
	}
	console.log('Navigation start to a worksheet that takes typing (.worksheet[data-ready="true"]), and to a phase page loaded (ms):');
	table(['page', 'median', 'min', 'max', 'runs'], rows);
	for (const path of visits.map((visit) => visit.path).filter((path) => path !== PHASE_PAGE))
		if (medians[path] && medians[PHASE_PAGE])
			console.log(`  ${path} is typeable at ${(medians[path] / medians[PHASE_PAGE]).toFixed(2)}× a phase page's load (medians, this run)`);

	console.log(`\nKeystroke in #ws-grow-goal to a cw:plan:* entry holding it (goal: median at most ${GOALS.keystrokeMs} ms with 500 other plans):`);
	for (const count of [0, 500]) {
		const delays = await attempt(`keystroke-to-localStorage with ${count} plans`, () =>
			keystrokeToStorage(browser, `${origin}/worksheets/grow/`, '#ws-grow-goal', TYPED_TEXT, manyPlans(count)),
		);
		const saved = delays?.filter(Number.isFinite) ?? [];
		console.log(`  ${String(count).padStart(4)} other plans: ${saved.length ? `${spread(saved, 2)} (${saved.length} of ${TYPED_TEXT.length} saved within 5 s)` : 'no keystroke was saved'}`);
	}

	for (const until of ['screen', 'all']) {
		console.log(
			until === 'screen'
				? `\nMy plans, navigation start to a screen of rows, the first batch (goal: 500 plans at most ${GOALS.myPlansExtraMs} ms after none; none: the hydrated empty list):`
				: `\nMy plans, navigation start to every row on the page (at most 500; the rest follow "Show more"), for comparison:`,
		);
		const medians = {};
		// None and 500 take turns, run by run, so a machine that slows down over the bench slows both alike.
		const turns = { 0: [], 500: [] };
		for (let run = 0; run < 7; run++)
			for (const count of [0, 500]) {
				const times = await attempt(`My plans with ${count} plans`, () => myPlansRenderTimes(browser, origin, { count, runs: 1, until }));
				if (times) turns[count].push(...times);
			}
		const large = await attempt('My plans with 5000 plans', () => myPlansRenderTimes(browser, origin, { count: 5000, runs: 3, until }));
		for (const [count, times] of [[0, turns[0]], [500, turns[500]], [5000, large ?? []]]) {
			if (!times.length) continue;
			medians[count] = median(times);
			console.log(`  ${String(count).padStart(4)} plans: ${spread(times, 0)}`);
		}
		if (medians[0] !== undefined && medians[500] !== undefined) console.log(`  500 plans cost ${Math.round(medians[500] - medians[0])} ms more than none (difference of medians)`);
	}

	const keys = await attempt('filter keystrokes with 5000 plans', () => filterKeystrokeTimes(browser, origin, { count: 5000 }));
	if (keys) console.log(`\nMy plans with 5000 plans, each key typed into the filter to the frame showing its result (goal: at most ${GOALS.filterKeyMs} ms): ${spread(keys, 0)}, slowest ${Math.round(Math.max(...keys))} ms`);

	for (const count of [500, 5000]) {
		const move = await attempt(`Move ${count} plans`, () => bundleFigures(browser, origin, count));
		if (move)
			console.log(
				`\nMove to another device, ${count} plans (${kib(move.plain)} stored): bundle ${kib(move.bytes)}; make ${move.make} ms, passphrase to preview ${move.open} ms, restore ${move.restore} ms`,
			);
	}
}

async function stepLighthouse(origin, heaviest) {
	heading(`4. Lighthouse 13, default config (mobile, simulated throttling), median of ${LIGHTHOUSE_RUNS} runs`);
	const pages = [...new Set([...LIGHTHOUSE_PAGES, heaviest?.path].filter(Boolean))].map((path) => ({ label: path, path }));
	pages.push({ label: `/plans/ (${LIGHTHOUSE_STORED_PLANS} plans)`, path: '/plans/', seed: manyPlans(LIGHTHOUSE_STORED_PLANS) });
	const targets = pages.flatMap(({ label, path, seed }) => Array.from({ length: LIGHTHOUSE_RUNS }, () => ({ label, url: origin + path, seed })));
	const results = await attempt('Lighthouse', () => lighthouseScores(targets));
	if (!results) return;
	const metricNames = { 'first-contentful-paint': 'FCP', 'largest-contentful-paint': 'LCP', 'total-blocking-time': 'TBT', 'cumulative-layout-shift': 'CLS' };
	const rows = pages.map(({ label }) => {
		const runs = results.filter((result, i) => !result.error && targets[i].label === label);
		if (!runs.length) return [label, ...CATEGORIES.map(() => '?'), '?', ...METRICS.map(() => '?')];
		const middle = (values) => median(values.filter(Number.isFinite));
		const ms = (id) => `${Math.round(middle(runs.map((run) => run.numbers[id])))} ms`;
		return [
			label,
			...CATEGORIES.map((id) => middle(runs.map((run) => run.scores[id]))),
			runs.map((run) => run.scores.performance).join(', '),
			...METRICS.map((id) => (id === 'cumulative-layout-shift' ? middle(runs.map((run) => run.numbers[id])).toFixed(3) : ms(id))),
		];
	});
	table(['page', ...CATEGORIES, 'performance runs', ...METRICS.map((id) => metricNames[id])], rows);
	console.log(`Goal: performance ${GOALS.lighthousePerformance} on every page.`);
	results.forEach((result, i) => result.error && warn(`Lighthouse on ${targets[i].label}`, result.error));
}

async function stepGeneratedBuild(site) {
	heading(`5. Build with ${GENERATED_PAGES.toLocaleString('en')} generated extra pages`);
	const big = await attempt('build with generated pages', () => buildCopy('generated', (dir) => generatePages(dir, GENERATED_PAGES)));
	const rows = [];
	if (site) rows.push(['real site', seconds(site.ms), site.pages]);
	if (big) rows.push([`+ ${GENERATED_PAGES} MDX pages in each language`, seconds(big.ms), big.pages]);
	if (rows.length) table(['build (cold cache)', 'wall clock', 'pages built'], rows);
	if (site && big) console.log(`Extra time per added page: ${((big.ms - site.ms) / (big.pages - site.pages)).toFixed(1)} ms`);
}

async function stepShareLinks() {
	heading('6. Share links (plan in the URL fragment, deflate-raw + base64url)');
	const rows = await attempt('share-link figures', () => shareLinkFigures(PROJECT));
	if (!rows) return;
	table(
		['plan', 'words', 'plan JSON chars', 'link chars', 'encode ms (median)', 'decode ms (median)'],
		rows.map((row) => [row.label, row.words, row.json, row.link, median(row.encodeMs).toFixed(2), median(row.decodeMs).toFixed(2)]),
		{ left: 1 },
	);
	console.log('A QR code holds about 2,900 characters; chat apps and email handle links of several thousand.');
}

async function stepKeyDerivation(site) {
	heading('7. Private-link key derivation per engine (PBKDF2-SHA-256)');
	const result = await attempt('key derivation per engine', async () => {
		const server = await serve(site.outDir);
		try {
			return await keyDerivationTimes(PROJECT, server.origin);
		} finally {
			await server.close();
		}
	});
	if (!result) return;
	console.log(`${result.iterations.toLocaleString('en')} rounds, the wait when a private link is made or opened; timed in ${result.path} in each engine:`);
	table(
		['engine', 'median ms', 'min', 'max', 'runs'],
		result.rows.map((row) =>
			row.times
				? [row.engine, median(row.times).toFixed(0), Math.min(...row.times).toFixed(0), Math.max(...row.times).toFixed(0), row.times.length]
				: [row.engine, 'not available', '', '', 0],
		),
	);
	for (const row of result.rows.filter((r) => r.error)) console.log(`${row.engine} not available: ${row.error}`);
}

/** Steps 2–4, which need the real site built and served. */
async function measureServedSite(site) {
	const server = await serve(site.outDir);
	const browser = await attempt('launch Chromium', launchBrowser);
	try {
		const heaviest = await stepWeights(site.outDir, browser, server.origin);
		if (browser) await stepBrowserTimings(browser, server.origin, heaviest);
		if (!QUICK) await stepLighthouse(server.origin, heaviest);
	} finally {
		await browser?.close();
		await server.close();
	}
}

async function main() {
	const started = performance.now();
	console.log(`Coaching Workbook bench${QUICK ? ' (--quick: no Lighthouse, no 1,000-page build)' : ''}`);
	console.log(`Node ${process.version}, ${cpus().length} CPU(s), ${new Date().toISOString()}`);
	try {
		if (BEFORE) {
			heading(`BEFORE: the site at ${BEFORE} (steps 1-4)`);
			const dir = copyRevision(PROJECT, BEFORE, 'before');
			scratchDirs.push(dir);
			const before = await attempt(`build ${BEFORE}`, () => buildSite(dir));
			if (before) {
				table(['build (cold cache)', 'wall clock', 'pages built'], [[BEFORE, seconds(before.ms), before.pages]]);
				await attempt(`measure ${BEFORE}`, () => measureServedSite(before));
			}
			heading('AFTER: the working tree');
		}
		heading('1. Build time of the real site');
		const site = await attempt('build the real site', () => buildCopy('site'));
		if (site) {
			table(['build (cold cache)', 'wall clock', 'pages built'], [['real site', seconds(site.ms), site.pages]]);
			await attempt('measure the served site', () => measureServedSite(site));
		} else console.log('Steps 2–4 need the built site; skipped.');
		if (!QUICK) await stepGeneratedBuild(site);
		await stepShareLinks();
		if (site) await stepKeyDerivation(site);
		else console.log('Step 7 needs the built site; skipped.');
	} finally {
		for (const dir of scratchDirs) rmSync(dir, { recursive: true, force: true });
	}
	heading('Total');
	console.log(`Bench ran for ${seconds(performance.now() - started)}`);
}

await main().catch((error) => warn('bench', error));
