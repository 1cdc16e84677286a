import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { parse } from 'yaml';
import { worksheetSchema, type Field, type Worksheet } from '../../src/schemas/worksheet';
import { typeInto } from './support';
import { withTexts } from '../../src/plan/i18n/overlay';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** A worksheet definition as the site builds it, read from content/, with the texts of `lang` laid over. */
export function loadWorksheet(id: string, lang = 'en'): Worksheet {
	const english = parse(readFileSync(`${root}/content/worksheets/${id}.yaml`, 'utf8'));
	const texts = lang === 'en' ? undefined : parse(readFileSync(`${root}/content/worksheets/${lang}/${id}.yaml`, 'utf8'));
	return worksheetSchema.parse(withTexts(english, texts));
}

/**
 * What a filler needs from a browser: the same few keyboard steps in Playwright (Chromium) and in the
 * engines' WebDriver sessions (tests/engines/filler.ts), so one filler fills for all of them.
 */
export interface Keyboard {
	/** Focuses a text box and replaces its text by typing. */
	typeInto(selector: string, text: string): Promise<void>;
	/** Types a `YYYY-MM-DD` date into `<input type="date">` the way the engine's keyboard entry takes it. */
	typeDate(selector: string, iso: string): Promise<void>;
	/** Focuses the `n`th element matching `selector`. */
	focusNth(selector: string, n: number): Promise<void>;
	press(key: 'Enter' | 'Space' | 'ArrowRight'): Promise<void>;
	/** Types text into whatever has focus. */
	type(text: string): Promise<void>;
	/** Waits, as a person would, until focus lands on `#id`; `after` says what was pressed. */
	waitForFocus(id: string, after: string): Promise<void>;
}

/** What a filled worksheet must show again. */
export interface Filled {
	/** Texts typed into text boxes; after a reload each is back in some box. */
	typed: string[];
	/** Every answer as the printed plan shows it, in worksheet order. */
	printed: string[];
	/** Controls that must hold a value (dates) or be checked (scale, choice, checklist, done). */
	controls: { selector: string; value?: string; checked?: true }[];
}
export const nothingFilled = (): Filled => ({ typed: [], printed: [], controls: [] });

/**
 * Answers one field by keyboard with distinctive words (`word` makes them unique), adding what was typed
 * and printed to `filled`. `brief` answers each kind with the least that shows it (the session's pace).
 * The switch is exhaustive: a new field kind without its filler is a compile error.
 */
export async function fillField(keys: Keyboard, field: Field, idBase: string, word: string, filled: Filled, brief = false): Promise<void> {
	const id = `${idBase}${field.id}`;
	const scope = `[data-field="${id}"]`;
	const type = async (selector: string, text: string) => {
		await keys.typeInto(selector, text);
		filled.typed.push(text);
		filled.printed.push(text);
	};
	const typeAfterFocus = async (text: string) => {
		await keys.type(text);
		filled.typed.push(text);
		filled.printed.push(text);
	};
	const date = async (selector: string, iso: string, printed: string) => {
		await keys.typeDate(selector, iso);
		filled.printed.push(printed);
		filled.controls.push({ selector, value: iso });
	};
	/** Presses an "Add" button and waits until focus lands in the new row. */
	const add = async (button: string, focusId: string) => {
		await keys.focusNth(button, 0);
		await keys.press('Enter');
		await keys.waitForFocus(focusId, `pressing ${button}`);
	};
	const kind = field.kind;
	switch (kind) {
		case 'short-text':
		case 'long-text':
			return type(`#${id}`, `Answer ${word} text`);
		case 'date':
			return date(`#${id}`, '2027-01-15', '15 January 2027');
		case 'scale':
			// Space picks 1, then arrow keys move to 7.
			await keys.focusNth(`${scope} input[value="1"]`, 0);
			await keys.press('Space');
			for (let i = 1; i < 7; i++) await keys.press('ArrowRight');
			filled.printed.push('7 out of 10');
			filled.controls.push({ selector: `${scope} input[value="7"]`, checked: true });
			return;
		case 'choice': {
			const option = (field as Extract<Field, { kind: 'choice' }>).options[1];
			await keys.focusNth(`${scope} input[type=radio]`, 1);
			await keys.press('Space');
			filled.printed.push(option);
			filled.controls.push({ selector: `${scope} input[type=radio][value=${JSON.stringify(option)}]`, checked: true });
			return;
		}
		case 'checklist':
			await keys.focusNth(`${scope} input[type=checkbox]`, 0);
			await keys.press('Space');
			filled.printed.push((field as Extract<Field, { kind: 'checklist' }>).options[0]);
			filled.controls.push({ selector: `${scope} input[type=checkbox]`, checked: true });
			return;
		case 'list':
			for (const i of brief ? [0] : [0, 1]) {
				await add(`#${id}-add`, `${id}-${i}`);
				await typeAfterFocus(`Item ${word} ${i + 1}`);
			}
			return;
		case 'actions':
			await add(`#${id}-add`, `${id}-0-what`);
			await typeAfterFocus(`Action ${word} what`);
			await date(`#${id}-0-by`, '2027-02-20', '20 February 2027');
			if (brief) return;
			await type(`#${id}-0-support`, `Helper ${word}`);
			await keys.focusNth(`#${id}-0-done`, 0);
			await keys.press('Space');
			filled.controls.push({ selector: `#${id}-0-done`, checked: true });
			return;
		case 'smart':
			await type(`#${id}-goal`, `Goal ${word} run 5 km by June`);
			for (const key of brief ? ['specific'] : ['specific', 'measurable', 'achievable', 'relevant', 'timeBound'])
				await type(`#${id}-${key}`, `Smart ${word} ${key}`);
			return;
		case 'reviews': {
			await add(`#${id}-add`, `${id}-r0-date`);
			await date(`#${id}-r0-date`, '2026-11-10', '10 November 2026');
			for (const key of brief ? ['happened'] : ['happened', 'evaluation', 'adjustments']) await type(`#${id}-r0-${key}`, `Round ${word} ${key}`);
			let n = 0;
			for (const inner of (field as Extract<Field, { kind: 'reviews' }>).fields) await fillField(keys, inner, `${id}-r0-`, `${word}r${++n}`, filled, brief);
			return;
		}
		default: {
			const forgotten: never = kind;
			throw new Error(`no keyboard filler for field kind ${String(forgotten)}`);
		}
	}
}

/** The keyboard of a Playwright page. */
export function pageKeyboard(page: Page): Keyboard {
	return {
		typeInto: (selector, text) => typeInto(page, selector, text),
		async typeDate(selector, iso) {
			// Chromium's keyboard entry takes month, day, year.
			const [y, m, d] = iso.split('-');
			await page.locator(selector).focus();
			await page.keyboard.type(`${m}${d}${y}`);
		},
		focusNth: (selector, n) => page.locator(selector).nth(n).focus(),
		press: (key) => page.keyboard.press(key),
		type: (text) => page.keyboard.type(text),
		async waitForFocus(id, after) {
			await page.waitForFunction((focusId) => document.activeElement?.id === focusId, id, { timeout: 15_000 }).catch(async () => {
				const active = await page.evaluate(() => document.activeElement?.outerHTML.slice(0, 120));
				throw new Error(`after ${after}, focus is on ${active}, not #${id}`);
			});
		},
	};
}

/** Each field of a worksheet, in order, with the distinctive word the filler types into it (A1, A2…). */
const fieldWords = (sheet: Worksheet, tag: string): [Field, string][] =>
	sheet.sections.flatMap((section) => section.fields).map((field, i) => [field, `${tag}${i + 1}`]);

/** The distinctive word `fillWorksheet` types into one field, so a test can name an answer without counting fields. */
export function wordFor(sheet: Worksheet, fieldId: string, tag = 'A'): string {
	const found = fieldWords(sheet, tag).find(([field]) => field.id === fieldId);
	if (!found) throw new Error(`no field ${fieldId} on this worksheet`);
	return found[1];
}

/**
 * Fills every field of a worksheet with distinctive answers, on any keyboard (Chromium's page or an
 * engine's WebDriver session), so every engine gets the same answers and they can be compared.
 * Returns what was typed into text boxes, and every answer as the printed plan shows it, in order.
 */
export async function fillWithKeyboard(keys: Keyboard, sheetId: string, sheet: Worksheet, tag = 'A'): Promise<Filled> {
	const filled = nothingFilled();
	const prefix = `#ws-${sheetId}-`;
	for (const [selector, text] of [[`${prefix}-title`, `Plan ${tag} title`], [`${prefix}-person`, `Person ${tag}`]]) {
		await keys.typeInto(selector, text);
		filled.typed.push(text);
		filled.printed.push(text);
	}
	await keys.typeDate(`${prefix}-date`, '2026-12-01');
	filled.printed.push('1 December 2026');
	filled.controls.push({ selector: `${prefix}-date`, value: '2026-12-01' });
	for (const [field, word] of fieldWords(sheet, tag)) await fillField(keys, field, `ws-${sheetId}-`, word, filled);
	return filled;
}

/** Fills every field of a worksheet by Chromium's keyboard (see `fillWithKeyboard`). */
export const fillWorksheet = (page: Page, sheetId: string, sheet: Worksheet, tag = 'A'): Promise<Filled> => fillWithKeyboard(pageKeyboard(page), sheetId, sheet, tag);
