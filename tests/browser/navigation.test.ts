import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { parse } from 'yaml';
import { modelSchema } from '../../src/schemas/model';
import { launch, openPage, openSearch, siteUrl } from './support';

const modelsDir = fileURLToPath(new URL('../../content/models', import.meta.url));
const models = readdirSync(modelsDir)
	.filter((name) => name.endsWith('.yaml'))
	.map((name) => ({ id: name.replace(/\.yaml$/, ''), model: modelSchema.parse(parse(readFileSync(`${modelsDir}/${name}`, 'utf8'))) }))
	.sort((a, b) => a.model.order - b.model.order);

let browser: Browser;
beforeAll(async () => {
	browser = await launch();
});
afterAll(() => browser?.close());

const path = (page: Page) => new URL(page.url()).pathname.replace(new URL(siteUrl()).pathname, '/');

/**
 * Presses Tab until the focused element matches `selector`, as a keyboard user would; fails after `limit`
 * presses. The page notes when focus arrives and holds it there (a later Tab does nothing), so focus
 * is read once per batch of presses instead of after each one.
 */
async function tabTo(page: Page, selector: string, limit = 400) {
	await page.evaluate((sel) => {
		const state = { reached: false };
		const arrive = (event: FocusEvent) => {
			if ((event.target as Element | null)?.matches?.(sel)) state.reached = true;
		};
		const hold = (event: KeyboardEvent) => {
			if (state.reached && event.key === 'Tab') {
				event.preventDefault();
				event.stopImmediatePropagation();
			}
		};
		document.addEventListener('focusin', arrive, true);
		window.addEventListener('keydown', hold, true);
		const stop = () => {
			document.removeEventListener('focusin', arrive, true);
			window.removeEventListener('keydown', hold, true);
		};
		(window as unknown as { tabWalk: unknown }).tabWalk = { state, stop, sel };
	}, selector);
	const BATCH = 8;
	for (let pressed = 0; pressed < limit; ) {
		const presses = Math.min(BATCH, limit - pressed);
		for (let i = 0; i < presses; i++) await page.keyboard.press('Tab');
		pressed += presses;
		const reached = await page.evaluate(() => {
			const walk = (window as unknown as { tabWalk: { state: { reached: boolean }; stop: () => void; sel: string } }).tabWalk;
			if (!walk.state.reached) return false;
			walk.stop();
			return document.activeElement?.matches(walk.sel) ?? false;
		});
		if (reached) return;
	}
	await page.evaluate(() => (window as unknown as { tabWalk: { stop: () => void } }).tabWalk.stop());
	throw new Error(`Tab never reached ${selector} on ${page.url()}`);
}

describe('moving through the models by keyboard', () => {
	it('reaches every phase page of every model from the home page, through the sidebar and "Next" links', { timeout: 240_000 }, async () => {
		const context = await browser.newContext({ serviceWorkers: 'block' });
		const { page, watch } = await openPage(context, '/');
		const visited: string[] = [];
		for (const { id, model } of models) {
			await page.goto(new URL('', siteUrl()).href);
			// Model groups start collapsed: open this model's group from its summary, as a keyboard user does.
			await tabTo(page, `nav[aria-label="Main"] details:not([open]):has(a[href$="/${id}/"]) > summary`);
			await page.keyboard.press('Enter');
			await tabTo(page, `nav[aria-label="Main"] a[href$="/${id}/"]`);
			await Promise.all([page.waitForURL(`**/${id}/`), page.keyboard.press('Enter')]);
			visited.push(path(page));
			for (const phase of model.phases) {
				// As a keyboard user does: the skip link jumps past the sidebar, then Tab to "Next".
				await tabTo(page, 'a.sl-skip-link', 5);
				await page.keyboard.press('Enter');
				await tabTo(page, 'a[rel="next"]');
				await Promise.all([page.waitForURL(`**/${id}/${phase.id}/`), page.keyboard.press('Enter')]);
				visited.push(path(page));
				await expect.poll(() => page.locator('h1').textContent()).toContain(phase.name.split(':')[0]);
			}
		}
		const expected = models.flatMap(({ id, model }) => [`/${id}/`, ...model.phases.map((p) => `/${id}/${p.id}/`)]);
		expect(visited).toEqual(expected);
		expect(watch.errors).toEqual([]);
		await context.close();
	});
});

describe('search', () => {
	it('builds its search box only when a visitor opens search, and focuses it (Ctrl+K)', async () => {
		const context = await browser.newContext({ serviceWorkers: 'block' });
		const { page, watch } = await openPage(context, '/grow/goal/');
		const fetched: string[] = [];
		page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
		await page.waitForLoadState('load');
		// Two idle periods: Starlight's search script asks for pagefind's UI at the first.
		for (let i = 0; i < 2; i++) await page.evaluate(() => new Promise((done) => requestIdleCallback(done, { timeout: 5000 })));
		expect(fetched.filter((path) => path.includes('/pagefind/') || /ui-core/.test(path))).toEqual([]);
		await page.keyboard.press('Control+k');
		const input = page.locator('dialog[open] .pagefind-ui__search-input');
		await input.waitFor({ timeout: 60_000 });
		await expect.poll(() => input.evaluate((element) => element === document.activeElement), { timeout: 10_000 }).toBe(true);
		await page.keyboard.type('Hawkins');
		await page.locator('dialog[open] .pagefind-ui__result-link').first().waitFor();
		expect(watch.errors).toEqual([]);
		await context.close();
	});

	const cases = [
		{ query: 'Stairway', first: '/stairway/' },
		{ query: '8.7', first: '/icf-competency-8/8-7/' },
		{ query: 'Hawkins', first: '/clear/' },
	];
	for (const { query, first } of cases)
		it(`finds ${first} first for "${query}"`, async () => {
			const context = await browser.newContext({ serviceWorkers: 'block' });
			const { page, watch } = await openPage(context, '/');
			await (await openSearch(page)).fill(query);
			const firstResult = page.locator('dialog[open] .pagefind-ui__result-link').first();
			await firstResult.waitFor();
			expect(new URL((await firstResult.getAttribute('href'))!, siteUrl()).pathname).toBe(first);
			expect(watch.foreignRequests).toEqual([]);
			await context.close();
		});
});
