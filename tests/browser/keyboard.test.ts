import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launch, openPage, worksheetReady } from './support';
import { pdfText, positionsInOrder } from './pdf-text';

let browser: Browser;
beforeAll(async () => {
	browser = await launch();
});
afterAll(() => browser?.close());

const focused = (page: Page, selector: string) => page.evaluate((sel) => document.activeElement?.matches(sel) ?? false, selector);

/**
 * Presses Tab (Shift+Tab with `back`) until the focused element matches `selector`, as a keyboard user
 * would; fails after `limit` presses, so a field that is far away or unreachable shows up.
 */
async function tabTo(page: Page, selector: string, { limit = 25, back = false } = {}) {
	for (let i = 0; i < limit; i++) {
		await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
		if (await focused(page, selector)) return;
	}
	const active = await page.evaluate(() => document.activeElement?.outerHTML.slice(0, 120));
	throw new Error(`${limit} presses of ${back ? 'Shift+Tab' : 'Tab'} never reached ${selector}; focus is on ${active}`);
}

/** Waits until the page itself has moved focus to `#id` (after an add, move or remove). */
async function focusMovesTo(page: Page, id: string) {
	await page.waitForFunction((want) => document.activeElement?.id === want, id, { timeout: 15_000 }).catch(async () => {
		const active = await page.evaluate(() => document.activeElement?.outerHTML.slice(0, 120));
		throw new Error(`focus did not move to #${id}; it is on ${active}`);
	});
}

/** Types a date the way Chromium's date box takes it from the keyboard: month, day, year. */
async function typeDate(page: Page, iso: string) {
	const [y, m, d] = iso.split('-');
	await page.keyboard.type(`${m}${d}${y}`);
}

/**
 * Whether the focused element shows a focus indicator: an outline or a box shadow. Radio buttons of a
 * scale are visually hidden and the numbered box after them carries the ring, so that box is read instead.
 */
async function focusIndicator(page: Page): Promise<string> {
	return page.evaluate(() => {
		const active = document.activeElement as HTMLElement;
		const shown = active.closest('.ws-scale-point') ? (active.nextElementSibling as HTMLElement) : active;
		const style = getComputedStyle(shown);
		const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0 ? `outline ${style.outlineWidth} ${style.outlineStyle}` : '';
		const shadow = style.boxShadow !== 'none' ? `box-shadow ${style.boxShadow}` : '';
		return outline || shadow;
	});
}

const values = (page: Page, selector: string) =>
	page.locator(selector).evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).value));

const field = (id: string) => `#ws-grow-${id}`;

describe('a keyboard-only visitor', () => {
	it('fills in the whole GROW worksheet with Tab, Enter, Space, arrows and typing, sees where focus is, and prints the plan', async () => {
		const context = await browser.newContext({ serviceWorkers: 'block', locale: 'en-US', viewport: { width: 1280, height: 900 } });
		const { page, watch } = await openPage(context, '/worksheets/grow/');
		await worksheetReady(page);
		const rings: Record<string, string> = {};

		// From the top of the page, past the header and sidebar, to a link in the introduction.
		await tabTo(page, '.sl-markdown-content a[href$="/grow/goal/"]', { limit: 400 });
		rings.link = await focusIndicator(page);

		await tabTo(page, field('-title'), { limit: 40 });
		await page.keyboard.type('Keyboard plan');
		rings['text box'] = await focusIndicator(page);
		await tabTo(page, field('-person'));
		await page.keyboard.type('Kim Keys');
		await tabTo(page, field('-date'));
		await typeDate(page, '2026-12-01');

		// Goal: text boxes, one line and a paragraph.
		await tabTo(page, field('goal'));
		await page.keyboard.type('Run 5 km without stopping by June');
		await tabTo(page, field('goal-why'));
		rings['paragraph box'] = await focusIndicator(page);
		await page.keyboard.type('To feel fit again');
		await tabTo(page, field('goal-measure'));
		await page.keyboard.type('A timed run on the track');

		// Reality: lists, with items added, moved up and removed by their buttons.
		await tabTo(page, field('reality-now'));
		await page.keyboard.type('I run 2 km twice a week');
		await tabTo(page, field('reality-tried-add'));
		rings.button = await focusIndicator(page);
		await page.keyboard.press('Enter');
		await focusMovesTo(page, 'ws-grow-reality-tried-0');
		await page.keyboard.type('Running club');
		await tabTo(page, field('reality-tried-add'));
		await page.keyboard.press('Enter');
		await focusMovesTo(page, 'ws-grow-reality-tried-1');
		await page.keyboard.type('Couch to 5k app');
		await tabTo(page, '[aria-label="Move attempt 2 up"]');
		await page.keyboard.press('Enter');
		await focusMovesTo(page, 'ws-grow-reality-tried-0');
		expect(await values(page, '[data-field="ws-grow-reality-tried"] input')).toEqual(['Couch to 5k app', 'Running club']);
		await tabTo(page, field('reality-tried-add'));
		await page.keyboard.press('Space');
		await focusMovesTo(page, 'ws-grow-reality-tried-2');
		await page.keyboard.type('Treadmill at work');
		await tabTo(page, '[aria-label="Remove attempt 3"]');
		await page.keyboard.press('Enter');
		await focusMovesTo(page, 'ws-grow-reality-tried-1');
		expect(await values(page, '[data-field="ws-grow-reality-tried"] input')).toEqual(['Couch to 5k app', 'Running club']);

		await tabTo(page, field('reality-resources-add'));
		await page.keyboard.press('Enter');
		await focusMovesTo(page, 'ws-grow-reality-resources-0');
		await page.keyboard.type('Good running shoes');
		await tabTo(page, field('reality-obstacles-add'));
		await page.keyboard.press('Enter');
		await focusMovesTo(page, 'ws-grow-reality-obstacles-0');
		await page.keyboard.type('Late meetings');

		// Options.
		await tabTo(page, field('options-list-add'));
		await page.keyboard.press('Enter');
		await focusMovesTo(page, 'ws-grow-options-list-0');
		await page.keyboard.type('Run at lunch');
		await tabTo(page, field('options-weighing'));
		await page.keyboard.type('Lunch is free most days');
		await tabTo(page, field('options-chosen'));
		await page.keyboard.type('Run at lunch on Tuesdays');

		// Will: an action row with its date and done box, then the 1-10 scale by arrow keys.
		await tabTo(page, field('will-actions-add'));
		await page.keyboard.press('Enter');
		await focusMovesTo(page, 'ws-grow-will-actions-0-what');
		await page.keyboard.type('Book a track session');
		await tabTo(page, field('will-actions-0-by'));
		rings['date box'] = await focusIndicator(page);
		await typeDate(page, '2027-01-15');
		await tabTo(page, field('will-actions-0-support'));
		await page.keyboard.type('Sam from the club');
		await tabTo(page, field('will-actions-0-done'));
		rings.checkbox = await focusIndicator(page);
		await page.keyboard.press('Space');
		expect(await page.locator(field('will-actions-0-done')).isChecked()).toBe(true);

		await tabTo(page, '[data-field="ws-grow-will-commitment"] input[value="1"]');
		rings['scale point'] = await focusIndicator(page);
		await page.keyboard.press('Space');
		for (let i = 1; i < 8; i++) await page.keyboard.press('ArrowRight');
		await expect.poll(() => page.locator('[data-field="ws-grow-will-commitment"] input:checked').getAttribute('value')).toBe('8');

		await tabTo(page, field('will-support'));
		await page.keyboard.type('Rain; a running buddy');
		await tabTo(page, field('will-check'));
		await page.keyboard.type('Every Friday in my diary');

		// Shift+Tab goes back the same way.
		await tabTo(page, field('will-support'), { back: true, limit: 3 });

		for (const [kind, ring] of Object.entries(rings)) expect(ring, `focus ring on the ${kind}`).not.toBe('');

		await expect.poll(() => page.locator('.ws-save').textContent()).toBe('Saved on this device');
		const saved = await page.evaluate(() =>
			Object.keys(localStorage)
				.filter((key) => key.startsWith('cw:plan:'))
				.map((key) => JSON.parse(localStorage.getItem(key)!)),
		);
		expect(saved).toHaveLength(1);
		expect(saved[0]).toMatchObject({
			worksheet: 'grow',
			title: 'Keyboard plan',
			person: 'Kim Keys',
			date: '2026-12-01',
			answers: {
				goal: 'Run 5 km without stopping by June',
				'goal-why': 'To feel fit again',
				'goal-measure': 'A timed run on the track',
				'reality-now': 'I run 2 km twice a week',
				'reality-tried': ['Couch to 5k app', 'Running club'],
				'reality-resources': ['Good running shoes'],
				'reality-obstacles': ['Late meetings'],
				'options-list': ['Run at lunch'],
				'options-weighing': 'Lunch is free most days',
				'options-chosen': 'Run at lunch on Tuesdays',
				'will-actions': [{ what: 'Book a track session', by: '2027-01-15', support: 'Sam from the club', done: true }],
				'will-commitment': 8,
				'will-support': 'Rain; a running buddy',
				'will-check': 'Every Friday in my diary',
			},
		});

		const printed = [
			'Keyboard plan',
			'Kim Keys',
			'1 December 2026',
			'Run 5 km without stopping by June',
			'To feel fit again',
			'A timed run on the track',
			'I run 2 km twice a week',
			'Couch to 5k app',
			'Running club',
			'Good running shoes',
			'Late meetings',
			'Run at lunch',
			'Lunch is free most days',
			'Run at lunch on Tuesdays',
			'Book a track session',
			'15 January 2027',
			'Sam from the club',
			'8 out of 10',
			'Rain; a running buddy',
			'Every Friday in my diary',
		];
		// The printed copy of an answer renders after the keystroke is stored: wait for the last one before printing.
		await page.waitForFunction(() => [...document.querySelectorAll('.ws-printed-text')].some((p) => p.textContent === 'Every Friday in my diary'));
		const text = pdfText(await page.pdf({ format: 'A4' }));
		expect(positionsInOrder(text, printed), `in order in: ${text}`).not.toContain(-1);
		expect(text).not.toContain('Treadmill at work');

		expect(watch.errors).toEqual([]);
		await context.close();
	});
});
