import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { parse } from 'yaml';
import { worksheetSchema, type Field, type Worksheet } from '../../src/schemas/worksheet';
import { typeInto } from './support';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** A worksheet definition as the site builds it, read from content/. */
export function loadWorksheet(id: string): Worksheet {
	return worksheetSchema.parse(parse(readFileSync(`${root}/content/worksheets/${id}.yaml`, 'utf8')));
}

async function press(page: Page, selector: string, key = 'Enter') {
	await page.locator(selector).focus();
	await page.keyboard.press(key);
}
/** Presses an "Add" button and waits, as a person would, until focus lands in the new row. */
async function add(page: Page, button: string, focusId: string) {
	await press(page, button);
	await page.waitForFunction((id) => document.activeElement?.id === id, focusId, { timeout: 5000 }).catch(async () => {
		const active = await page.evaluate(() => document.activeElement?.outerHTML.slice(0, 120));
		throw new Error(`after pressing ${button}, focus is on ${active}, not #${focusId}`);
	});
}
/** A date typed into `<input type="date">` the way Chromium's keyboard entry takes it (month, day, year). */
async function typeDate(page: Page, selector: string, iso: string) {
	const [y, m, d] = iso.split('-');
	await page.locator(selector).focus();
	await page.keyboard.type(`${m}${d}${y}`);
}

export interface FilledAnswers {
	/** Texts typed into text boxes; after a reload each is back in some box. */
	typed: string[];
	/** Every answer as the printed plan shows it, in worksheet order. */
	printed: string[];
}

/**
 * Fills every field of a worksheet by keyboard with distinctive answers.
 * Returns what was typed into text boxes, and every answer as the printed plan shows it, in order.
 */
export async function fillWorksheet(page: Page, sheetId: string, sheet: Worksheet, tag = 'A'): Promise<FilledAnswers> {
	const expected: string[] = [];
	const typed: string[] = [];
	const type = async (selector: string, text: string) => {
		await typeInto(page, selector, text);
		typed.push(text);
		expected.push(text);
	};
	const prefix = `#ws-${sheetId}-`;
	await type(`${prefix}-title`, `Plan ${tag} title`);
	await type(`${prefix}-person`, `Person ${tag}`);
	await typeDate(page, `${prefix}-date`, '2026-12-01');
	expected.push('1 December 2026');
	let n = 0;
	const fillField = async (field: Field, idBase: string) => {
		n += 1;
		const word = `${tag}${n}`;
		const id = `${idBase}${field.id}`;
		const sel = `#${id}`;
		const scope = `[data-field="${id}"]`;
		switch (field.kind) {
			case 'short-text':
			case 'long-text':
				await type(sel, `Answer ${word} text`);
				break;
			case 'date':
				await typeDate(page, sel, '2027-01-15');
				expected.push('15 January 2027');
				break;
			case 'scale':
				// Tab to the group, then arrow keys pick 7.
				await page.locator(`${scope} input[value="1"]`).focus();
				await page.keyboard.press('Space');
				for (let i = 1; i < 7; i++) await page.keyboard.press('ArrowRight');
				expected.push('7 out of 10');
				break;
			case 'choice':
				await page.locator(`${scope} input[type=radio]`).nth(1).focus();
				await page.keyboard.press('Space');
				expected.push(field.options[1]);
				break;
			case 'checklist':
				await page.locator(`${scope} input[type=checkbox]`).first().focus();
				await page.keyboard.press('Space');
				expected.push(field.options[0]);
				break;
			case 'list':
				for (const i of [0, 1]) {
					await add(page, `#${id}-add`, `${id}-${i}`);
					await page.keyboard.type(`Item ${word} ${i + 1}`);
					expected.push(`Item ${word} ${i + 1}`);
					typed.push(`Item ${word} ${i + 1}`);
				}
				break;
			case 'actions':
				await add(page, `#${id}-add`, `${id}-0-what`);
				await page.keyboard.type(`Action ${word} what`);
				expected.push(`Action ${word} what`);
				typed.push(`Action ${word} what`);
				await typeDate(page, `#${id}-0-by`, '2027-02-20');
				expected.push('20 February 2027');
				await type(`#${id}-0-support`, `Helper ${word}`);
				await press(page, `#${id}-0-done`, 'Space');
				break;
			case 'smart':
				await type(`#${id}-goal`, `Goal ${word} run 5 km by June`);
				for (const key of ['specific', 'measurable', 'achievable', 'relevant', 'timeBound']) await type(`#${id}-${key}`, `Smart ${word} ${key}`);
				break;
			case 'reviews':
				for (const round of [0, 1, 2].slice(0, 1)) {
					await add(page, `#${id}-add`, `${id}-r${round}-date`);
					await typeDate(page, `#${id}-r${round}-date`, '2026-11-10');
					expected.push('10 November 2026');
					for (const key of ['happened', 'evaluation', 'adjustments']) await type(`#${id}-r${round}-${key}`, `Round ${word} ${key}`);
					for (const inner of field.fields) await fillField(inner, `${id}-r${round}-`);
				}
				break;
		}
	};
	for (const section of sheet.sections) for (const field of section.fields) await fillField(field, `ws-${sheetId}-`);
	return { typed, printed: expected };
}
