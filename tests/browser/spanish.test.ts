/**
 * The Spanish edition as a Spanish-speaking visitor meets it, in real Chromium: a GROW worksheet typed,
 * reloaded, printed, copied as Markdown and added to a calendar in Spanish; share links that cross
 * between the languages with every answer; a coach link whose client reads Spanish; a session to its
 * summary. English words on a Spanish screen fail the test by name.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext } from 'playwright-core';
import { launch, openPage, siteUrl, typeInto, waitForValue, worksheetReady, textValues, shareLinkOf } from './support';
import { fillWorksheet, loadWorksheet } from './worksheet-filler';
import { pdfText } from './pdf-text';
import { textsFor } from '../../src/components/catalogs';
import type { Worksheet } from '../../src/schemas/worksheet';

const es = textsFor('es');
const en = textsFor('en');
const growEs = loadWorksheet('grow', 'es');
const growEn = loadWorksheet('grow');

let browser: Browser;
beforeAll(async () => {
	browser = await launch();
});
afterAll(() => browser?.close());

const newContext = (options: Parameters<Browser['newContext']>[0] = {}) =>
	browser.newContext({ serviceWorkers: 'block', locale: 'es-ES', acceptDownloads: true, ...options });

/** Every label a worksheet prints: its section titles and its fields' labels, in order. */
const labelsOf = (sheet: Worksheet) => sheet.sections.flatMap((section) => [...(section.title ? [section.title] : []), ...section.fields.map((field) => field.label)]);
/** The English labels that read differently in Spanish and are longer than two words: none may show on a Spanish screen. */
const englishOnly = labelsOf(growEn).filter((label, i) => label !== labelsOf(growEs)[i] && label.split(/\s+/).length > 2);

async function filledSpanishGrow(context: BrowserContext) {
	const { page, watch } = await openPage(context, '/es/worksheets/grow/');
	await worksheetReady(page);
	const filled = await fillWorksheet(page, 'grow', growEs);
	await expect.poll(() => page.locator('.ws-save').textContent()).toBe(es('worksheet.saved'));
	return { page, watch, filled };
}

describe('the Spanish GROW worksheet', () => {
	it('keeps every answer through a reload and prints them under the Spanish labels, with no English one', async () => {
		const context = await newContext();
		const { page, watch, filled } = await filledSpanishGrow(context);
		await page.reload();
		await worksheetReady(page);
		await waitForValue(page, '#ws-grow--title', 'Plan A title');
		const values = await textValues(page);
		for (const text of filled.typed) expect(values).toContain(text);

		const printed = pdfText(await page.pdf({ format: 'A4' }));
		for (const text of filled.typed) expect(printed, text).toContain(text);
		for (const label of labelsOf(growEs)) expect(printed, label).toContain(label.replace(/\s+/g, ' '));
		for (const label of englishOnly) expect(printed, label).not.toContain(label);
		// Dates and ratings in Spanish words.
		expect(printed).toContain('1 de diciembre de 2026');
		expect(printed).toContain(es('print.scale-value', { value: 7 }));
		expect(printed).not.toContain('7 out of 10');
		expect(watch.errors).toEqual([]);
		expect(watch.foreignRequests).toEqual([]);
		await context.close();
	});

	it('copies the plan as Spanish Markdown and writes a Spanish calendar file', async () => {
		const context = await newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
		const { page, filled } = await filledSpanishGrow(context);
		await page.getByRole('button', { name: es('share.markdown'), exact: true }).click();
		await page.getByText(es('share.markdown-copied')).waitFor();
		const markdown = await page.evaluate(() => navigator.clipboard.readText());
		for (const label of labelsOf(growEs)) expect(markdown, label).toContain(label.split(/[*_`[\]<>|~]/)[0]);
		for (const label of englishOnly) expect(markdown, label).not.toContain(label);
		for (const text of filled.typed) expect(markdown, text).toContain(text);

		const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: es('share.calendar'), exact: true }).click()]);
		const ics = readFileSync((await download.path())!, 'utf8').replace(/\r\n[ \t]/g, '');
		const action = filled.typed.find((text) => text.startsWith('Action '))!;
		expect(ics).toContain(`SUMMARY:${action}`);
		// The reminder and the description are the catalog's Spanish words around the plan's own.
		expect(ics).toContain(`DESCRIPTION:${es('export.ics-tomorrow', { title: action })}`);
		expect(ics).not.toContain(en('export.ics-tomorrow', { title: action }));
		await context.close();
	});

	it('makes a share link that opens the same answers under English labels on the English page, and the other way round', async () => {
		const context = await newContext();
		const { page, filled } = await filledSpanishGrow(context);
		const link = await shareLinkOf(page, es('share.share-link'));
		expect(link.startsWith(new URL('es/worksheets/grow/#plan=', siteUrl()).href)).toBe(true);
		await context.close();

		// The same link data on the English page.
		const english = await browser.newContext({ serviceWorkers: 'block', locale: 'en-GB' });
		const { page: other, watch } = await openPage(english, `/worksheets/grow/#${link.split('#')[1]}`);
		await other.getByText(en('worksheet.shared-read-only')).waitFor();
		await waitForValue(other, '#ws-grow--title', 'Plan A title');
		for (const text of filled.typed) expect(await textValues(other)).toContain(text);
		const page_ = await other.locator('main').innerText();
		for (const label of labelsOf(growEn)) expect(page_, label).toContain(label);
		// The choice made in Spanish is the same option in English.
		const choice = growEn.sections.flatMap((s) => s.fields).find((f) => f.kind === 'choice');
		if (choice && choice.kind === 'choice') expect(await other.locator(`input[type=radio][value=${JSON.stringify(choice.options[1])}]`).isChecked()).toBe(true);

		// And back: a link made on the English page opens in Spanish.
		await other.getByRole('button', { name: en('worksheet.shared-save') }).click();
		await waitForValue(other, '#ws-grow--title', 'Plan A title');
		const back = await shareLinkOf(other, en('share.share-link'));
		expect(back.startsWith(new URL('worksheets/grow/#plan=', siteUrl()).href)).toBe(true);
		const spanish = await newContext();
		const { page: third } = await openPage(spanish, `/es/worksheets/grow/#${back.split('#')[1]}`);
		await third.getByText(es('worksheet.shared-read-only')).waitFor();
		await waitForValue(third, '#ws-grow--title', 'Plan A title');
		for (const text of filled.typed) expect(await textValues(third)).toContain(text);
		const main = await third.locator('main').innerText();
		for (const label of englishOnly) expect(main, label).not.toContain(label);
		expect(watch.errors).toEqual([]);
		await english.close();
		await spanish.close();
	});
});

describe('a coach link for a Spanish-speaking client', () => {
	it('is made on the English coach page, opens in Spanish on a phone, and the reply comes back in English', async () => {
		const coach = await browser.newContext({ serviceWorkers: 'block', locale: 'en-GB', viewport: { width: 1024, height: 768 }, hasTouch: true });
		const { page } = await openPage(coach, '/coach/');
		await page.locator('.coach-form[data-ready="true"]').waitFor();
		await page.locator('#coach-worksheet').selectOption('grow');
		await page.locator('#coach-lang').selectOption('es');
		await page.locator('#coach-client').fill('Lucía');
		await page.locator('#coach-coach').fill('Dana');
		await page.locator('#coach-note').fill('Nos vemos el jueves.');
		await page.getByRole('button', { name: en('coach.make') }).click();
		const link = await page.locator('#coach-link').inputValue();
		expect(link.startsWith(new URL('es/worksheets/grow/#coach=', siteUrl()).href)).toBe(true);

		const phone = await newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
		const { page: client, watch } = await openPage(phone, link.replace(siteUrl(), '/'));
		await worksheetReady(client);
		await client.getByText('Nos vemos el jueves.').waitFor();
		await expect.poll(() => client.locator('html').getAttribute('lang')).toBe('es');
		await client.getByRole('button', { name: es('worksheet.coach-start') }).tap();
		await waitForValue(client, '#ws-grow--person', 'Lucía');
		await client.locator('#ws-grow-goal').fill('Correr 5 km en junio');
		await client.getByRole('button', { name: es('share.send-back') }).tap();
		const reply = await client.locator('#ws-grow--link').inputValue();
		// The reply opens in the coach's language, wherever the client filled it in.
		expect(reply.startsWith(new URL('worksheets/grow/#plan=', siteUrl()).href)).toBe(true);
		expect(watch.errors).toEqual([]);

		await page.goto(reply);
		await worksheetReady(page);
		await waitForValue(page, '#ws-grow-goal', 'Correr 5 km en junio');
		await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('en');
		await phone.close();
		await coach.close();
	});
});

describe('a GROW session in Spanish', () => {
	it('runs from the first screen to its summary in Spanish', async () => {
		const context = await newContext({ viewport: { width: 1024, height: 768 } });
		const { page, watch } = await openPage(context, '/es/session/grow/');
		await page.locator('.session[data-ready="true"]').waitFor();
		await typeInto(page, '#session-title', 'Correr más');
		await typeInto(page, '#session-person', 'Lucía');
		await page.locator('#session-length-30').focus();
		await page.keyboard.press('Space');
		await page.locator('.session-start').click();
		const model = ['Objetivo', 'Realidad', 'Opciones', 'Voluntad'];
		for (const [i, name] of model.entries()) {
			await expect.poll(() => page.locator('#session-heading').textContent()).toContain(name);
			if (i === 0) await typeInto(page, '#ss-grow-goal', 'Correr 5 km en junio');
			await page.locator('.session-moves .ws-primary').click();
		}
		await page.locator('.session[data-step="@close"]').waitFor();
		await page.locator('.session-moves .ws-primary').click();
		await page.locator('.session[data-step="@summary"]').waitFor();
		const summary = await page.locator('.session-summary').innerText();
		expect(summary).toContain('Correr 5 km en junio');
		const english = Object.values(JSON.parse(readFileSync('content/i18n/en.json', 'utf8')).session as Record<string, string>).filter(
			(text) => !text.includes('{') && text.split(/\s+/).length > 2,
		);
		for (const text of english) expect(summary, text).not.toContain(text);
		expect(watch.errors).toEqual([]);
		await context.close();
	}, 120_000);
});
