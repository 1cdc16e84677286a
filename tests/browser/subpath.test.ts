import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { startPreview } from './setup/server';
import { launch, waitForValue, worksheetReady } from './support';

// The site built a second time for a sub-path host (a GitHub Pages project site), into its own directory.
const root = fileURLToPath(new URL('../..', import.meta.url));
const base = '/workbook/';
const out = join(mkdtempSync(join(tmpdir(), 'cw-subpath-')), 'site');
const env = { BASE_PATH: base, OUT_DIR: out };
// Vitest puts Vite's own variables (BASE_URL=/, MODE, NODE_ENV=test...) into process.env, and Astro lets
// a BASE_URL variable override `import.meta.env.BASE_URL` while prerendering: the build gets a clean env.
const viteVariables = ['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'NODE_ENV'];
const buildEnv = Object.fromEntries(Object.entries(process.env).filter(([name]) => !viteVariables.includes(name)));

function build(): Promise<void> {
	return new Promise((resolve, reject) => {
		let output = '';
		const child = spawn('npx', ['astro', 'build'], { cwd: root, env: { ...buildEnv, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
		child.stdout.on('data', (chunk) => (output += chunk));
		child.stderr.on('data', (chunk) => (output += chunk));
		child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`astro build with base ${base} failed:\n${output}`))));
	});
}

let browser: Browser;
let preview: Awaited<ReturnType<typeof startPreview>>;
beforeAll(async () => {
	await build();
	[preview, browser] = await Promise.all([startPreview(root, env, base), launch()]);
});
afterAll(async () => {
	await browser?.close();
	preview?.stop();
	rmSync(join(out, '..'), { recursive: true, force: true });
});

/** Every site-absolute address on the page (links, scripts, styles, images) that misses the base. */
const outsideBase = (page: Page) =>
	page.evaluate(
		(prefix) =>
			[...document.querySelectorAll('[href], [src]')]
				.map((el) => el.getAttribute('href') ?? el.getAttribute('src')!)
				.filter((url) => url.startsWith('/') && !url.startsWith('//') && !url.startsWith(prefix)),
		base,
	);

/** Share and coach links the page offers, as paths: they must open the site, under the base. */
const sharePaths = (page: Page) =>
	page.evaluate(() =>
		[
			...[...document.querySelectorAll('a[href*="#plan="], a[href*="#coach="]')].map((a) => (a as HTMLAnchorElement).href),
			...[...document.querySelectorAll('input, textarea, output')]
				.map((el) => (el as HTMLInputElement).value ?? el.textContent)
				.filter((value) => /^https?:\/\/\S+#(plan|coach)=/.test(value)),
		].map((url) => new URL(url).pathname),
	);

/** Clicks a link and waits for the page it leads to; returns that page's path. */
async function follow(page: Page, selector: string, to: string) {
	const link = page.locator(selector).first();
	expect(await link.getAttribute('href'), selector).toBe(`${base}${to}`);
	// Sidebar groups other than the current page's start collapsed: open the ones around the link,
	// as a visitor would by clicking their summaries (navigation.test.ts tests that by keyboard).
	await link.evaluate((a) => {
		for (let group = a.closest('details'); group; group = group.parentElement?.closest('details') ?? null) group.open = true;
	});
	await Promise.all([page.waitForURL(`**${base}${to}`), link.click()]);
	expect(await outsideBase(page), page.url()).toEqual([]);
	for (const path of await sharePaths(page)) expect(path.startsWith(base), path).toBe(true);
}

describe(`the site served under ${base}`, () => {
	it('keeps a visitor under the sub-path through sidebar, phase list, text, prev/next, worksheet, plans, share and coach links, and practice', async () => {
		const context = await browser.newContext({ locale: 'en-US' });
		const page = await context.newPage();
		const errors: string[] = [];
		page.on('pageerror', (error) => errors.push(error.message));
		page.on('response', (response) => {
			if (response.status() >= 400) errors.push(`${response.status()} ${response.url()}`);
		});
		await page.goto(preview.url);
		expect(await outsideBase(page)).toEqual([]);

		await follow(page, 'nav[aria-label="Main"] a[href$="/grow/"]', 'grow/');
		await follow(page, '.phase-list a[href$="/grow/goal/"]', 'grow/goal/');
		await follow(page, 'a[rel="next"]', 'grow/reality/');
		await follow(page, 'a[rel="prev"]', 'grow/goal/');
		// Written in Markdown as `/smart/`; the build adds the base.
		await follow(page, '.sl-markdown-content a[href$="/smart/"]', 'smart/');
		await follow(page, 'nav[aria-label="Main"] a[href$="/worksheets/grow/"]', 'worksheets/grow/');

		await worksheetReady(page);
		await page.locator('#ws-grow-goal').fill('Lead the team retro');
		await expect.poll(() => page.locator('.ws-save').textContent()).toBe('Saved on this device');
		await page.reload();
		await worksheetReady(page);
		await waitForValue(page, '#ws-grow-goal', 'Lead the team retro');

		// A share link made here opens this worksheet under the sub-path for someone else.
		await page.getByRole('button', { name: 'Share link', exact: true }).click();
		const shareLink = await page.locator('#ws-grow--link').inputValue();
		expect(new URL(shareLink).pathname).toBe(`${base}worksheets/grow/`);
		expect(await sharePaths(page)).toEqual([`${base}worksheets/grow/`]);
		const other = await browser.newContext();
		const friend = await other.newPage();
		await friend.goto(shareLink);
		await expect.poll(() => friend.getByText('A shared plan, read-only.').textContent()).toBeTruthy();
		await waitForValue(friend, '#ws-grow-goal', 'Lead the team retro');
		await other.close();

		await follow(page, 'a:text-is("Print a blank copy")', 'worksheets/grow/blank/');
		await follow(page, 'nav[aria-label="Main"] a[href$="/plans/"]', 'plans/');
		await expect.poll(() => page.locator('main a[href$="/worksheets/grow/"]').count()).toBeGreaterThan(0);
		expect(await outsideBase(page)).toEqual([]);
		await follow(page, 'main a[href$="/worksheets/grow/"]', 'worksheets/grow/');
		await worksheetReady(page);
		await waitForValue(page, '#ws-grow-goal', 'Lead the team retro');

		// A coach link, too, points at the worksheet under the sub-path.
		await follow(page, 'nav[aria-label="Main"] a[href$="/coach/"]', 'coach/');
		await page.getByLabel('Client’s name').fill('Sam');
		await page.getByRole('button', { name: 'Make the link' }).click();
		const coachLink = await page.locator('#coach-link').inputValue();
		expect(new URL(coachLink).pathname.startsWith(`${base}worksheets/`), coachLink).toBe(true);
		expect(await sharePaths(page)).toEqual([new URL(coachLink).pathname]);

		// Practice loads its items and links its pages and quizzes under the sub-path.
		await follow(page, 'nav[aria-label="Main"] a[href$="/practice/"]', 'practice/');
		await page.locator('.practice[data-ready="true"]').waitFor();
		await page.getByRole('button', { name: 'Practise: What would you do?' }).click();
		await page.locator('.practice-choices button').first().click();
		expect(await page.locator('.practice-feedback a').first().getAttribute('href')).toMatch(new RegExp(`^${base}`));
		expect(await outsideBase(page)).toEqual([]);
		await page.getByRole('button', { name: 'End here' }).click();
		await page.getByRole('button', { name: 'Back to practice' }).click();
		await follow(page, 'a:text-is("GROW quiz")', 'practice/quiz/grow/');
		expect(await outsideBase(page)).toEqual([]);

		expect(errors).toEqual([]);
		await context.close();
	});

	it('registers the service worker and the manifest under the sub-path', async () => {
		const context = await browser.newContext();
		const page = await context.newPage();
		await page.goto(preview.url);
		const registration = await page.evaluate(async () => {
			const ready = await navigator.serviceWorker.ready;
			return { scope: ready.scope, script: ready.active?.scriptURL };
		});
		const origin = new URL(preview.url).origin;
		expect(registration).toEqual({ scope: `${origin}${base}`, script: `${origin}${base}sw.js?lang=en` });
		const manifest = await page.locator('link[rel="manifest"]').getAttribute('href');
		expect(manifest).toBe(`${base}manifest.webmanifest`);
		const response = await page.request.get(new URL(manifest!, origin).href);
		expect(response.ok()).toBe(true);
		await context.close();
	});

	it('lists only sub-path addresses in the sitemap', () => {
		const sitemap = readFileSync(join(out, 'sitemap-0.xml'), 'utf8');
		const locs = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]).pathname);
		expect(locs.length).toBeGreaterThan(50);
		expect(locs.filter((path) => !path.startsWith(base))).toEqual([]);
	});
});
