import type { Worksheet } from '../../src/schemas/worksheet';
import { fillWithKeyboard, loadWorksheet, wordFor, type Filled, type Keyboard } from '../browser/worksheet-filler';
import { typeInto, waitUntil, worksheetReady, type Session } from './driver';

export { loadWorksheet, wordFor, type Filled };

/** The keyboard of an engine's WebDriver session. */
function sessionKeyboard(s: Session): Keyboard {
	return {
		typeInto: (selector, text) => typeInto(s, selector, text),
		typeDate: (selector, iso) => s.typeDate(selector, iso),
		focusNth: (selector, n) =>
			n === 0
				? s.focus(selector)
				: s.evaluate((sel: string, i: number) => (document.querySelectorAll(sel)[i] as HTMLElement).focus(), selector, n).then(() => {}),
		press: (key) => s.press(key),
		type: (text) => s.type(text),
		waitForFocus: (id, after) =>
			waitUntil(s, `focus on #${id} after ${after}`, (focusId: string) => document.activeElement?.id === focusId, [id], 15_000).then(() => {}),
	};
}

/** Fills every field of a worksheet by an engine's keyboard, with the answers Chromium gets (`fillWithKeyboard`). */
export const fillWorksheet = (s: Session, sheetId: string, sheet: Worksheet, tag = 'A'): Promise<Filled> => fillWithKeyboard(sessionKeyboard(s), sheetId, sheet, tag);

/** Which of the filled answers the page does not show: typed texts missing from every box, controls not as left. */
export const missingAnswers = (s: Session, filled: Filled) =>
	s.evaluate(
		(typed: string[], controls: Filled['controls']) => {
			const values = [...document.querySelectorAll('.worksheet :is(input[type=text], textarea)')].map((el) => (el as HTMLInputElement).value);
			const missing: string[] = typed.filter((text) => !values.includes(text));
			for (const c of controls) {
				const el = document.querySelector(c.selector) as HTMLInputElement | null;
				if (!el) missing.push(`${c.selector} (gone)`);
				else if (c.value !== undefined && el.value !== c.value) missing.push(`${c.selector} = ${JSON.stringify(el.value)}, not ${c.value}`);
				else if (c.checked && !el.checked) missing.push(`${c.selector} not checked`);
			}
			return missing;
		},
		filled.typed,
		filled.controls,
	);

/** Opens a worksheet in a session (in `lang`'s edition) and fills every field by keyboard. */
export async function openFilled(s: Session, id: string, lang = 'en'): Promise<Filled> {
	await s.goto(`${lang === 'en' ? '' : `/${lang}`}/worksheets/${id}/`);
	await worksheetReady(s);
	return fillWorksheet(s, id, loadWorksheet(id, lang));
}
