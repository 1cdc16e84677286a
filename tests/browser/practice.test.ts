/**
 * A learner practising: each drill answered by keyboard with feedback at once, progress found again
 * after a reload, a wrong answer back sooner than a right one on the browser's own clock, a ten-minute
 * round across drills, the order drill by touch on a phone, and a quiz printed with its key on a page
 * of its own.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { OrderItem, PracticeData } from '../../src/plan/practice/items';
import { launch, openPage, siteUrl } from './support';

let browser: Browser;
let data: PracticeData;
beforeAll(async () => {
	browser = await launch();
	data = await (await fetch(new URL('practice/items.json', siteUrl()))).json();
});
afterAll(() => browser?.close());

const ready = (page: Page) => page.locator('.practice[data-ready="true"]').waitFor();
const shownItem = (page: Page) => page.locator('.practice[data-screen="item"]').getAttribute('data-item');
const stored = (page: Page) => page.evaluate(() => JSON.parse(localStorage.getItem('cw:practice') ?? 'null'));

/** The practice page in a fresh context at a viewport size, on Playwright's clock from a fixed morning. */
async function practiceOnClock(width: number, height: number) {
	const context = await browser.newContext({ serviceWorkers: 'block', viewport: { width, height } });
	const page = await context.newPage();
	await page.clock.install({ time: new Date('2026-12-04T09:00:00Z') });
	await page.goto(new URL('practice/', siteUrl()).href);
	await ready(page);
	return { context, page };
}

/** Ends a drill run and goes back to the practice hub. */
async function backToHub(page: Page) {
	await page.getByRole('button', { name: 'End here' }).click();
	await page.getByRole('button', { name: 'Back to practice' }).click();
}

/** Picks the practice's model, then starts a drill, by keyboard. */
async function startDrill(page: Page, model: string, drill: string) {
	await page.locator('#practice-model').selectOption(model);
	await page.getByRole('button', { name: `Practise: ${drill}` }).focus();
	await page.keyboard.press('Enter');
	await page.locator('.practice[data-screen]').waitFor();
}

/** Puts an order item's steps right by keyboard: each step moved up with its own button until in place. */
async function solveOrder(page: Page, item: OrderItem, touch = false) {
	for (let place = 0; place < item.steps.length; place++) {
		const step = item.steps[place];
		const current = async () => (await page.locator('.practice-order > li').allTextContents()).findIndex((text) => text.includes(step));
		for (let at = await current(); at > place; at--) {
			const up = page.getByRole('button', { name: `Move ${step} up`, exact: true });
			if (touch) await up.tap();
			else {
				await up.focus();
				await page.keyboard.press('Enter');
			}
			await page.waitForFunction(([s, p]) => document.querySelectorAll('.practice-order > li')[p as number]?.textContent?.includes(s as string), [step, at - 1]);
		}
	}
}

describe('practice', () => {
	it('answers each drill by keyboard with feedback at once, and finds the progress after a reload', async () => {
		const context = await browser.newContext({ serviceWorkers: 'block', viewport: { width: 1280, height: 800 } });
		const { page, watch } = await openPage(context, '/practice/');
		await ready(page);

		for (const [model, drill] of [
			['grow', 'Which phase?'],
			['icf-competency-8', 'Which marker?'],
			['clear', 'A better question'],
			['general', 'What would you do?'],
		] as const) {
			await startDrill(page, model, drill);
			const id = await shownItem(page);
			const item = data.items.find((entry) => entry.id === id)!;
			expect(item.model).toBe(model);
			// The heading has focus; the first choice is one Tab away. Enter answers.
			// Focus moves in an effect after the render: wait for it rather than read it at once.
			await page.waitForFunction(() => document.activeElement?.matches('.practice h2'));
			await page.keyboard.press('Tab');
			await page.keyboard.press('Enter');
			const verdict = page.locator('#practice-verdict');
			await page.waitForFunction(() => document.activeElement?.id === 'practice-verdict');
			const right = 'answer' in item && item.answer === 0;
			await expect.poll(() => verdict.textContent()).toBe(right ? 'Right.' : 'Not quite.');
			// Every choice now shows its reason, and the best is marked.
			await expect.poll(() => page.locator('.practice-reason').count()).toBeGreaterThanOrEqual(3);
			await expect.poll(() => page.locator('.practice-choices [data-state="best"]').count()).toBe(1);
			// The page that teaches it is linked, and exists.
			const href = await page.locator('.practice-feedback a').first().getAttribute('href');
			expect(href).toBe(item.teaches.href);
			expect((await fetch(new URL(href!.slice(1), siteUrl()))).status).toBe(200);
			if (item.drill === 'scenario' && 'ethics' in item && item.ethics) await expect.poll(() => page.locator('.practice-feedback').textContent()).toContain('ICF Code of Ethics');
			await backToHub(page);
		}

		// The order drill, by keyboard: every step moved into place, then checked.
		await startDrill(page, 'clear', 'Put them in order');
		const order = data.items.find((entry) => entry.id === 'order-clear') as OrderItem;
		await solveOrder(page, order);
		await page.getByRole('button', { name: 'Check the order' }).focus();
		await page.keyboard.press('Enter');
		await expect.poll(() => page.locator('#practice-verdict').textContent()).toBe('Right.');
		if (process.env.CW_SHOTS) await page.screenshot({ path: `${process.env.CW_SHOTS}/practice-order-1280.png`, fullPage: true });

		// Reloaded, the progress is there: five items tried, the order known... after two right answers only.
		await page.reload();
		await ready(page);
		const progress = await stored(page);
		expect(Object.keys(progress.items)).toHaveLength(5);
		expect(progress.items['order-clear']).toMatchObject({ box: 2, right: 1, wrong: 0 });
		await page.locator('#practice-model').selectOption('clear');
		await expect.poll(() => page.locator('.practice-drills li', { hasText: 'Put them in order' }).textContent()).toContain('1 tried');
		await expect.poll(() => page.getByRole('row', { name: /^CLEAR/ }).textContent()).toContain('0 of 1');
		if (process.env.CW_SHOTS) await page.screenshot({ path: `${process.env.CW_SHOTS}/practice-hub-1280.png`, fullPage: true });

		// The browser's Back leaves a run for the hub, not the page.
		await startDrill(page, 'grow', 'Which phase?');
		await page.goBack();
		await page.getByRole('heading', { name: 'Drills' }).waitFor();
		expect(new URL(page.url()).pathname).toBe('/practice/');

		// Reset, after a confirmation, forgets every answer.
		await page.getByRole('button', { name: 'Reset progress…' }).click();
		await page.getByRole('button', { name: 'Yes, reset my progress' }).click();
		await expect.poll(() => stored(page)).toBeNull();
		expect(watch.errors).toEqual([]);
		expect(watch.foreignRequests).toEqual([]);
		await context.close();
	}, 120_000);

	it('brings a wrong answer back sooner than a right one, on the browser’s clock', async () => {
		const { context, page } = await practiceOnClock(1024, 768);

		// GROW's order checked as offered is wrong (it is never offered right); CLEAR's put right.
		await startDrill(page, 'grow', 'Put them in order');
		await page.getByRole('button', { name: 'Check the order' }).click();
		await expect.poll(() => page.locator('#practice-verdict').textContent()).toBe('Not quite.');
		await backToHub(page);
		await startDrill(page, 'clear', 'Put them in order');
		await solveOrder(page, data.items.find((entry) => entry.id === 'order-clear') as OrderItem);
		await page.getByRole('button', { name: 'Check the order' }).click();
		await expect.poll(() => page.locator('#practice-verdict').textContent()).toBe('Right.');
		await backToHub(page);
		const { items } = await stored(page);
		expect(items['order-grow'].due).toBeLessThan(items['order-clear'].due);

		// Two minutes on, the wrong one is due again and the right one is not.
		await page.clock.fastForward('02:00');
		await startDrill(page, 'grow', 'Put them in order');
		await expect.poll(() => shownItem(page)).toBe('order-grow');
		await backToHub(page);
		await startDrill(page, 'clear', 'Put them in order');
		await expect.poll(() => page.locator('.practice[data-screen="end"] h2').textContent()).toBe('Put them in order: nothing to ask now');
		await expect.poll(() => page.locator('.practice[data-screen="end"]').textContent()).toMatch(/the next item is due /);
		await context.close();
	}, 60_000);

	it('mixes the drills in a ten-minute round and ends it when the time is up', async () => {
		const { context, page } = await practiceOnClock(1280, 800);
		await page.getByRole('button', { name: 'Start a ten-minute round' }).click();
		const drills = new Set<string>();
		const answerShown = async () => {
			const id = (await shownItem(page))!;
			if (id.startsWith('order-')) await page.getByRole('button', { name: 'Check the order' }).click();
			else await page.locator('.practice-choices button').first().click();
			await page.locator('#practice-verdict').waitFor();
			return id;
		};
		for (let n = 0; n < 5; n++) {
			const id = await answerShown();
			drills.add(data.items.find((item) => item.id === id)!.drill);
			await page.getByRole('button', { name: 'Next question' }).click();
			await page.waitForFunction((previous) => document.querySelector('.practice[data-screen="item"]')?.getAttribute('data-item') !== previous, id);
		}
		expect(drills.size).toBe(5);
		await page.clock.fastForward('10:00');
		await answerShown();
		await page.getByRole('button', { name: 'Next question' }).click();
		await expect.poll(() => page.locator('.practice[data-screen="end"]').textContent()).toContain('Ten minutes are up.');
		await expect.poll(() => page.locator('.practice[data-screen="end"]').textContent()).toMatch(/You answered 6 items and got \d+ right/);
		await context.close();
	}, 60_000);

	it('puts steps in order by touch on a phone, from a model’s overview', async () => {
		const context = await browser.newContext({ serviceWorkers: 'block', viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
		const { page, watch } = await openPage(context, '/igrow/');
		await page.getByRole('link', { name: 'drills with instant feedback' }).tap();
		await ready(page);
		await expect.poll(() => page.locator('#practice-model').inputValue()).toBe('igrow');
		await page.getByRole('button', { name: 'Practise: Put them in order' }).tap();
		await solveOrder(page, data.items.find((entry) => entry.id === 'order-igrow') as OrderItem, true);
		await page.getByRole('button', { name: 'Check the order' }).tap();
		await expect.poll(() => page.locator('#practice-verdict').textContent()).toBe('Right.');
		// Nothing on the phone's screen is wider than it.
		await expect(page.evaluate(() => document.documentElement.scrollWidth)).resolves.toBeLessThanOrEqual(390);
		if (process.env.CW_SHOTS) await page.screenshot({ path: `${process.env.CW_SHOTS}/practice-order-390.png`, fullPage: true });
		expect(watch.errors).toEqual([]);
		await context.close();
	}, 60_000);

	it('prints a quiz with its answer key starting on a page of its own', async () => {
		const context = await browser.newContext({ serviceWorkers: 'block' });
		const { page } = await openPage(context, '/practice/quiz/grow/');
		const file = join(mkdtempSync(join(tmpdir(), 'cw-quiz-')), 'quiz.pdf');
		writeFileSync(file, await page.pdf({ format: 'A4' }));
		const pages = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).split('\f').map((text) => text.replace(/\s+/g, ' '));
		const keyPage = pages.findIndex((text) => text.includes('Answer key'));
		expect(keyPage).toBeGreaterThan(0);
		// The key's page starts with it: no question shares that page.
		expect(pages[keyPage].trim().startsWith('Answer key')).toBe(true);
		expect(pages.slice(0, keyPage).join(' ')).not.toContain('Answer key');
		expect(pages.slice(0, keyPage).join(' ')).toContain('Which phase of the model is it from?');
		await context.close();
	}, 60_000);
});
