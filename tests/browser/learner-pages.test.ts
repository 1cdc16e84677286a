import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launch, openPage, siteUrl, worksheetReady } from './support';
import { pdfText, positionsInOrder } from './pdf-text';

/** How many pages poppler counts in a PDF. */
function pageCount(pdf: Buffer): number {
	const file = join(mkdtempSync(join(tmpdir(), 'cw-pages-')), 'page.pdf');
	writeFileSync(file, pdf);
	return Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))?.[1]);
}

let browser: Browser;
let context: BrowserContext;
beforeAll(async () => {
	browser = await launch();
	context = await browser.newContext({ serviceWorkers: 'block', viewport: { width: 1280, height: 800 } });
});
afterAll(() => browser?.close());

describe('a learner on a 1280 px laptop', () => {
	it('prints the GROW overview as its article, the embedded worksheet left out with a note naming its own page', async () => {
		const { page, watch } = await openPage(context, '/grow/');
		await worksheetReady(page);
		await page.emulateMedia({ media: 'print' });
		const text = pdfText(await page.pdf({ format: 'A4' }));
		expect(
			positionsInOrder(text, ['GROW', 'What it is for', 'When to use it', 'Where it comes from', 'The phases', 'A short session, worked through', 'Try it']),
		).not.toContain(-1);
		expect(text).toContain('is left out of this printout');
		expect(text).toContain('/worksheets/grow/');
		expect(text).not.toContain('Untitled plan');
		expect(text).not.toContain('GROW action plan –');
		expect(await page.locator('.worksheet :is(input, textarea, select)').first().isVisible()).toBe(false);
		expect(watch.errors).toEqual([]);
		await page.close();
	});

	it("prints the plan, not the article, when the embedded worksheet's own Print button asks", async () => {
		const { page } = await openPage(context, '/grow/');
		await worksheetReady(page);
		// The button sets this mark around window.print(), which a headless browser cannot show.
		await page.evaluate(() => (document.documentElement.dataset.print = 'plan'));
		const text = pdfText(await page.pdf({ format: 'A4' }));
		expect(text).toContain('Untitled plan');
		expect(text).not.toContain('What it is for');
		expect(text).not.toContain('is left out of this printout');
		await page.close();
	});

	it("marks the page for the plan only while its Print button prints, so the browser's Print gets the article again", async () => {
		const { page } = await openPage(context, '/grow/');
		await worksheetReady(page);
		await page.evaluate(() => {
			(window as unknown as { marks: string[] }).marks = [];
			addEventListener('beforeprint', () => (window as unknown as { marks: string[] }).marks.push(document.documentElement.dataset.print ?? 'none'));
		});
		await page.getByRole('button', { name: 'Print or save as PDF' }).click();
		await expect.poll(() => page.evaluate(() => (window as unknown as { marks: string[] }).marks)).toEqual(['plan']);
		await page.keyboard.press('Shift');
		expect(await page.evaluate(() => document.documentElement.dataset.print ?? null)).toBeNull();
		await page.close();
	});

	it("prints the worksheet's own page as the plan, as before", async () => {
		const { page } = await openPage(context, '/worksheets/grow/');
		await worksheetReady(page);
		const text = pdfText(await page.pdf({ format: 'A4' }));
		expect(text).toContain('Untitled plan');
		expect(text).not.toContain('is left out of this printout');
		await page.close();
	});

	it('prints the whole question bank on far fewer than the 15 pages it took, with every model in it', async () => {
		const { page } = await openPage(context, '/questions/');
		const pdf = await page.pdf({ format: 'A4' });
		const text = pdfText(pdf);
		for (const model of ['GROW', 'IGROW', 'SO I GROW', 'RE-GROW', 'CLEAR', 'Stairway to Success', 'ICF 8', 'SMART']) expect(text).toContain(model);
		expect(text).toContain('Why does this matter to you now?');
		expect(pageCount(pdf)).toBeLessThanOrEqual(7);
		expect(pdf.byteLength).toBeLessThan(250_000);
		await page.close();
	});

	it('finds the question bank\'s models in "On this page", each pointing at a heading that exists', async () => {
		const { page } = await openPage(context, '/questions/');
		const links = page.locator('starlight-toc nav a');
		const hrefs = await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
		const models = hrefs.filter((href) => href.startsWith('#qb-'));
		expect(models.length).toBe(9);
		for (const href of models) expect(await page.locator(`h2${href}`).count()).toBe(1);
		await page.close();
	});

	it('narrows the question bank to one phase of one model, or one kind of phase across models, and back', async () => {
		const { page, watch } = await openPage(context, '/questions/');
		const model = page.getByRole('combobox', { name: 'Model', exact: true });
		const phase = page.getByRole('combobox', { name: 'Phase', exact: true });
		await model.selectOption({ label: 'CLEAR' });
		await phase.selectOption({ label: 'Action' });
		await expect.poll(() => page.locator('.question-bank-phase:visible').count()).toBe(1);
		expect(await page.locator('#qb-clear-action').isVisible()).toBe(true);
		expect(await page.locator('#qb-grow').isVisible()).toBe(false);
		expect(await page.getByRole('status').textContent()).toMatch(/^Showing \d+ of \d+ questions, in 1 phase\.$/);
		// Printed, only what the filter shows.
		const text = pdfText(await page.pdf({ format: 'A4' }));
		expect(text).toContain('CLEAR');
		expect(text).not.toContain('Why does this matter to you now?');

		await model.selectOption({ label: 'All models' });
		await phase.selectOption({ label: 'Set the goal (any model)' });
		const shown = await page.locator('.question-bank-model:visible h2').allTextContents();
		expect(shown).toContain('GROW');
		expect(shown).toContain('SMART');
		expect(shown).not.toContain('ICF 8: Facilitates Client Growth');

		await page.getByRole('button', { name: 'Show all' }).click();
		await expect.poll(() => page.getByRole('status').textContent()).toMatch(/^Showing all \d+ questions\.$/);
		expect(await page.locator('.question-bank-phase:visible').count()).toBe(await page.locator('.question-bank-phase').count());
		expect(watch.errors).toEqual([]);
		await page.close();
	});

	it('reads the whole question bank without JavaScript, with no filter that cannot work', async () => {
		const noScript = await browser.newContext({ javaScriptEnabled: false, serviceWorkers: 'block' });
		const { page } = await openPage(noScript, '/questions/');
		expect(await page.locator('.qb-filter').isVisible()).toBe(false);
		expect(await page.locator('.question-bank-phase:visible').count()).toBe(await page.locator('.question-bank-phase').count());
		await noScript.close();
	});

	it('shows every model of the compare table at 1280 px: in view, or in a labelled region that visibly scrolls and that keys move', async () => {
		const { page } = await openPage(context, '/compare/');
		const region = page.getByRole('region', { name: /The models side by side/ });
		await region.scrollIntoViewIfNeeded();
		const layout = await region.evaluate((box) => ({
			tabIndex: box.tabIndex,
			scrolls: box.scrollWidth > box.clientWidth,
			scrollWidth: box.scrollWidth,
			headers: [...box.querySelectorAll('thead th')].map((th) => {
				const at = th.getBoundingClientRect();
				const from = box.getBoundingClientRect();
				return { name: th.textContent!.trim(), inView: at.left >= 0 && at.right <= innerWidth, end: at.right - from.left + box.scrollLeft };
			}),
		}));
		expect(layout.headers).toHaveLength(9);
		for (const header of layout.headers)
			if (!header.inView) {
				expect(layout.scrolls, header.name).toBe(true);
				expect(header.end, header.name).toBeLessThanOrEqual(layout.scrollWidth + 1);
			}
		if (layout.headers.some((h) => !h.inView)) {
			expect(layout.tabIndex).toBe(0);
			expect(await page.locator('.compare-cue').isVisible()).toBe(true);
			expect(await page.getByRole('navigation', { name: 'Models in the table' }).getByRole('link').count()).toBe(9);
			await region.focus();
			for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowRight');
			await expect.poll(() => region.evaluate((box) => box.scrollLeft)).toBeGreaterThan(0);
		}
		// The list above the table brings a model's column into view.
		await page.getByRole('navigation', { name: 'Models in the table' }).getByRole('link', { name: 'SMART' }).click();
		await expect
			.poll(() => page.locator('#compare-smart').evaluate((th) => th.getBoundingClientRect().right <= th.closest('.compare-scroll')!.getBoundingClientRect().right + 1))
			.toBe(true);
		await page.close();
	});

	it('prints the compare table with all nine models', async () => {
		const { page } = await openPage(context, '/compare/');
		const text = pdfText(await page.pdf({ preferCSSPageSize: true }));
		for (const model of ['GROW', 'IGROW', 'SO I GROW', 'RE-GROW', 'CLEAR', 'Stairway to Success', 'Certification)', 'ICF 8', 'SMART']) expect(text).toContain(model);
		await page.close();
	});
});

/** The "On this page" link marked as the section being read, in the menu `menu` (its element name). */
const markedIn = (page: Page, menu: string) => page.locator(`${menu} a[aria-current="true"]`);

describe('"On this page" follows the reading (our script in place of Starlight\'s)', () => {
	it('marks the section scrolled to on a laptop, one link at a time, with the worksheet below it still working', async () => {
		const { page, watch } = await openPage(context, '/grow/');
		await worksheetReady(page);
		await expect.poll(() => markedIn(page, 'starlight-toc').getAttribute('href')).toBe('#_top');
		await page.locator('h2#where-it-comes-from').evaluate((heading) => heading.scrollIntoView());
		await expect.poll(() => markedIn(page, 'starlight-toc').getAttribute('href')).toBe('#where-it-comes-from');
		await page.locator('h2#try-it').evaluate((heading) => heading.scrollIntoView());
		await expect.poll(() => markedIn(page, 'starlight-toc').getAttribute('href')).toBe('#try-it');
		expect(await markedIn(page, 'starlight-toc').count()).toBe(1);
		// Back to the top: the page title again.
		await page.evaluate(() => scrollTo(0, 0));
		await expect.poll(() => markedIn(page, 'starlight-toc').getAttribute('href')).toBe('#_top');
		expect(watch.errors).toEqual([]);
		await page.close();
	});

	it('on a phone, names the section being read (Spanish headings with accents too) and closes once a section is picked, on Escape or on a tap outside', async () => {
		const phone = await browser.newContext({ serviceWorkers: 'block', viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
		const { page, watch } = await openPage(phone, '/es/grow/');
		const menu = page.locator('mobile-starlight-toc details');
		const toggle = menu.locator('summary');
		await expect.poll(() => toggle.locator('.display-current').textContent()).toBe('Sinopsis');
		await page.locator('h2#de-dónde-viene').evaluate((heading) => heading.scrollIntoView());
		await expect.poll(() => toggle.locator('.display-current').textContent()).toBe('De dónde viene');
		expect(await markedIn(page, 'mobile-starlight-toc').getAttribute('href')).toBe('#de-dónde-viene');

		// Picking a section closes the menu and lands on it.
		await toggle.tap();
		expect(await menu.evaluate((details: HTMLDetailsElement) => details.open)).toBe(true);
		await menu.getByRole('link', { name: 'Las fases' }).tap();
		await expect.poll(() => menu.evaluate((details: HTMLDetailsElement) => details.open)).toBe(false);
		await expect.poll(() => page.evaluate(() => decodeURIComponent(location.hash))).toBe('#las-fases');
		await expect.poll(() => toggle.locator('.display-current').textContent()).toBe('Las fases');

		// Escape closes it and gives the focus back to its toggle.
		await toggle.focus();
		await page.keyboard.press('Enter');
		expect(await menu.evaluate((details: HTMLDetailsElement) => details.open)).toBe(true);
		await page.keyboard.press('Tab');
		await page.keyboard.press('Escape');
		expect(await menu.evaluate((details: HTMLDetailsElement) => details.open)).toBe(false);
		expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('SUMMARY');

		// A tap elsewhere on the page (below the open menu, on no link) closes it too.
		await toggle.tap();
		expect(await page.evaluate(() => document.elementFromPoint(12, 830)?.closest('a, details'))).toBeNull();
		await page.touchscreen.tap(12, 830);
		expect(await menu.evaluate((details: HTMLDetailsElement) => details.open)).toBe(false);
		expect(watch.errors).toEqual([]);
		await phone.close();
	});
});

describe('the theme picker (its script now part of the theme provider)', () => {
	it('keeps a chosen theme on the next page, shows it in every picker, and follows the system again on Auto', async () => {
		const own = await browser.newContext({ serviceWorkers: 'block', viewport: { width: 1280, height: 800 }, colorScheme: 'light' });
		const { page, watch } = await openPage(own, '/grow/goal/');
		const theme = () => page.evaluate(() => document.documentElement.dataset.theme);
		const pickers = page.locator('starlight-theme-select select');
		expect(await theme()).toBe('light');
		await pickers.locator('visible=true').first().selectOption('dark');
		expect(await theme()).toBe('dark');
		expect(await page.evaluate(() => localStorage.getItem('starlight-theme'))).toBe('dark');

		await page.goto(new URL('grow/reality/', siteUrl()).href);
		expect(await theme()).toBe('dark');
		expect(await pickers.evaluateAll((selects: HTMLSelectElement[]) => selects.map((select) => select.value))).toEqual(['dark', 'dark']);
		// A choice overrides the system's.
		await page.emulateMedia({ colorScheme: 'dark' });
		await page.emulateMedia({ colorScheme: 'light' });
		expect(await theme()).toBe('dark');

		await pickers.locator('visible=true').first().selectOption('auto');
		expect(await theme()).toBe('light');
		expect(await page.evaluate(() => localStorage.getItem('starlight-theme'))).toBe('');
		await page.emulateMedia({ colorScheme: 'dark' });
		await expect.poll(theme).toBe('dark');
		expect(watch.errors).toEqual([]);
		await own.close();
	});

	it.each(['/grow/', '/es/grow/'])('shows every choice whole on %s ("Automático" was cut to "Auto…")', async (path) => {
		const { page } = await openPage(context, path);
		const select = page.locator('starlight-theme-select select').locator('visible=true').first();
		// Each option's text, set in the picker's font, against the room the picker gives it.
		const fits = await select.evaluate((picker: HTMLSelectElement) => {
			const style = getComputedStyle(picker);
			const pen = document.createElement('canvas').getContext('2d')!;
			pen.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
			const room = picker.clientWidth - parseFloat(style.paddingInlineStart) - parseFloat(style.paddingInlineEnd);
			return [...picker.options].map((option) => ({ text: option.text, fits: pen.measureText(option.text).width <= room }));
		});
		expect(fits.length).toBe(3);
		expect(fits.filter((option) => !option.fits)).toEqual([]);
	});
});
