// Chromium: time to render "My plans" with many stored plans (a coach's browser), from navigation
// start until every plan's row is on the page. Prints figures, asserts nothing.
//
// Also runs on its own against an existing build: `npx node bench/plans.mjs [dist]`.
import { fileURLToPath } from 'node:url';
import { seedStorage } from './browser.mjs';

/** `count` plan records spread over five people and four worksheets, as JSON strings by storage key. */
export function manyPlans(count) {
	const people = ['Ana', 'Bo', 'Chidi', 'Dee', 'Eli'];
	const sheets = ['grow', 'smart', 'clear', 're-grow'];
	return Object.fromEntries(
		Array.from({ length: count }, (_, i) => {
			const id = `bench${String(i).padStart(4, '0')}`;
			const stamp = new Date(Date.UTC(2026, 0, 1) + i * 60_000).toISOString();
			const record = {
				format: 1,
				id,
				worksheet: sheets[i % sheets.length],
				worksheetVersion: 1,
				title: `Plan ${i}`,
				person: people[i % people.length],
				date: '',
				created: stamp,
				updated: stamp,
				answers: { goal: `Goal number ${i}, written out as a sentence of ordinary length.` },
				edited: {},
			};
			return [`cw:plan:${id}`, JSON.stringify(record)];
		}),
	);
}

/**
 * Milliseconds from navigation start to `count` rows on My plans (`until: 'all'`), or to the rows that
 * fill the screen (`until: 'screen'`: the list renders its rows in batches, the first batch taller than
 * any screen), one fresh context per run. With no plans, both wait for the hydrated empty list.
 */
export async function myPlansRenderTimes(browser, origin, { count = 500, runs = 5, until = 'all' } = {}) {
	const entries = manyPlans(count);
	const times = [];
	for (let i = 0; i < runs; i++) {
		const context = await browser.newContext({ serviceWorkers: 'block' });
		try {
			const page = await context.newPage();
			// Every run visits the 404 page first, plans or none, so both start with the same files cached.
			await page.goto(`${origin}/404.html`);
			await seedStorage(page, origin, entries);
			// The page notes when the rows are first painted: a watcher inside it, not a poll from here,
			// which the list's batches of rows (one task each) would hold back.
			await page.addInitScript(
				({ n, screen }) => {
					const shown = () => {
						const rows = document.querySelectorAll('.plans-table tbody tr');
						if (screen && rows.length > 0) return rows.length === n || rows[rows.length - 1].getBoundingClientRect().top >= innerHeight;
						return !!document.querySelector('.plans-list[data-ready="true"]') && rows.length === n;
					};
					const watcher = new MutationObserver(() => {
						if (!shown()) return;
						watcher.disconnect();
						// The task after that frame's paint: the rows' style, layout and paint are counted.
						requestAnimationFrame(() => setTimeout(() => (window.__plansShown = performance.now())));
					});
					watcher.observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-ready'] });
				},
				{ n: Math.min(count, 500), screen: until === 'screen' },
			);
			await page.goto(`${origin}/plans/`);
			// My plans renders the first 500 rows, then "Show more"; with no plans, the hydrated empty list.
			await page.waitForFunction(() => window.__plansShown, null, { timeout: 120_000, polling: 100 });
			times.push(await page.evaluate(() => window.__plansShown));
		} finally {
			await context.close();
		}
	}
	return times;
}

/**
 * With `count` plans on My plans, each keystroke typed into the filter: milliseconds from the key to the
 * frame that shows its result (the browser's Event Timing: the longest event of each key press).
 */
export async function filterKeystrokeTimes(browser, origin, { count = 5000, text = 'plan 12' } = {}) {
	const context = await browser.newContext({ serviceWorkers: 'block' });
	try {
		const page = await context.newPage();
		await page.goto(`${origin}/404.html`);
		await seedStorage(page, origin, manyPlans(count));
		await page.goto(`${origin}/plans/`);
		await page.locator('.plans-list[data-ready="true"]').waitFor({ timeout: 120_000 });
		await page.evaluate(() => {
			window.__keys = new Map();
			new PerformanceObserver((list) => {
				for (const entry of list.getEntries()) if (entry.interactionId) window.__keys.set(entry.interactionId, Math.max(window.__keys.get(entry.interactionId) ?? 0, entry.duration));
			}).observe({ type: 'event', durationThreshold: 16, buffered: true });
		});
		await page.locator('#plans-filter').focus();
		for (const key of text) {
			await page.keyboard.press(key === ' ' ? 'Space' : key);
			await page.waitForTimeout(300);
		}
		// Keys answered within 16 ms are below the browser's threshold and report nothing: counted as 16.
		return await page.evaluate((n) => {
			const slow = [...window.__keys.values()];
			return [...slow, ...Array(Math.max(0, n - slow.length)).fill(16)];
		}, text.length);
	} finally {
		await context.close();
	}
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
	const { serve } = await import('./serve.mjs');
	const { launchBrowser } = await import('./browser.mjs');
	const { spread } = await import('./format.mjs');
	const root = process.argv[2] ?? fileURLToPath(new URL('../dist', import.meta.url));
	const server = await serve(root);
	const browser = await launchBrowser();
	try {
		// COUNTS=0,500,5000 compares plan counts in one run (the same machine, the same load).
		for (const count of (process.env.COUNTS ?? '500').split(',').map(Number)) {
			const screen = await myPlansRenderTimes(browser, server.origin, { count, until: 'screen' });
			console.log(`My plans with ${count} stored plans, navigation start to a screen of rows (ms): ${spread(screen, 0)}`);
			const times = await myPlansRenderTimes(browser, server.origin, { count });
			console.log(`My plans with ${count} stored plans, navigation start to ${Math.min(count, 500)} rows (ms): ${spread(times, 0)}`);
		}
	} finally {
		await browser.close();
		await server.close();
	}
}
