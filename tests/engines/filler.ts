import type { Field, Worksheet } from '../../src/schemas/worksheet';
import { loadWorksheet } from '../browser/worksheet-filler';
import { typeInto, waitUntil, worksheetReady, type Session } from './driver';

export { loadWorksheet };

/** What a filled worksheet must show again: text typed, and the state of every other control. */
export interface Filled {
	/** Texts typed into text boxes; after a reload each is back in some box. */
	typed: string[];
	/** Every answer as the printed plan shows it, in worksheet order. */
	printed: string[];
	/** Controls that must hold a value (dates) or be checked (scale, choice, checklist). */
	controls: { selector: string; value?: string; checked?: true }[];
}

/**
 * Fills every field of a worksheet by keyboard with distinctive answers, in any engine. The same
 * answers as tests/browser/worksheet-filler.ts gives Chromium, so the two can be compared.
 */
export async function fillWorksheet(s: Session, sheetId: string, sheet: Worksheet, tag = 'A'): Promise<Filled> {
	const filled: Filled = { typed: [], printed: [], controls: [] };
	const type = async (selector: string, text: string) => {
		await typeInto(s, selector, text);
		filled.typed.push(text);
		filled.printed.push(text);
	};
	const date = async (selector: string, iso: string, printed: string) => {
		await s.typeDate(selector, iso);
		filled.printed.push(printed);
		filled.controls.push({ selector, value: iso });
	};
	const press = async (selector: string, key: 'Enter' | 'Space' = 'Enter') => {
		await s.focus(selector);
		await s.press(key);
	};
	/** Presses an "Add" button and waits, as a person would, until focus lands in the new row. */
	const add = async (button: string, focusId: string) => {
		await press(button);
		await waitUntil(s, `focus on #${focusId} after pressing ${button}`, (id: string) => document.activeElement?.id === id, [focusId], 5000);
	};
	const prefix = `#ws-${sheetId}-`;
	await type(`${prefix}-title`, `Plan ${tag} title`);
	await type(`${prefix}-person`, `Person ${tag}`);
	await date(`${prefix}-date`, '2026-12-01', '1 December 2026');
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
				await date(sel, '2027-01-15', '15 January 2027');
				break;
			case 'scale':
				// Space picks 1, then arrow keys move to 7.
				await press(`${scope} input[value="1"]`, 'Space');
				for (let i = 1; i < 7; i++) await s.press('ArrowRight');
				filled.printed.push('7 out of 10');
				filled.controls.push({ selector: `${scope} input[value="7"]`, checked: true });
				break;
			case 'choice':
				// The second option, like the Chromium filler.
				await s.evaluate((sc: string) => (document.querySelectorAll(`${sc} input[type=radio]`)[1] as HTMLElement).focus(), scope);
				await s.press('Space');
				filled.printed.push(field.options[1]);
				filled.controls.push({ selector: `${scope} input[type=radio][value=${JSON.stringify(field.options[1])}]`, checked: true });
				break;
			case 'checklist':
				await press(`${scope} input[type=checkbox]`, 'Space');
				filled.printed.push(field.options[0]);
				filled.controls.push({ selector: `${scope} input[type=checkbox]`, checked: true });
				break;
			case 'list':
				for (const i of [0, 1]) {
					await add(`#${id}-add`, `${id}-${i}`);
					await s.type(`Item ${word} ${i + 1}`);
					filled.printed.push(`Item ${word} ${i + 1}`);
					filled.typed.push(`Item ${word} ${i + 1}`);
				}
				break;
			case 'actions':
				await add(`#${id}-add`, `${id}-0-what`);
				await s.type(`Action ${word} what`);
				filled.printed.push(`Action ${word} what`);
				filled.typed.push(`Action ${word} what`);
				await date(`#${id}-0-by`, '2027-02-20', '20 February 2027');
				await type(`#${id}-0-support`, `Helper ${word}`);
				await press(`#${id}-0-done`, 'Space');
				filled.controls.push({ selector: `#${id}-0-done`, checked: true });
				break;
			case 'smart':
				await type(`#${id}-goal`, `Goal ${word} run 5 km by June`);
				for (const key of ['specific', 'measurable', 'achievable', 'relevant', 'timeBound']) await type(`#${id}-${key}`, `Smart ${word} ${key}`);
				break;
			case 'reviews':
				await add(`#${id}-add`, `${id}-r0-date`);
				await date(`#${id}-r0-date`, '2026-11-10', '10 November 2026');
				for (const key of ['happened', 'evaluation', 'adjustments']) await type(`#${id}-r0-${key}`, `Round ${word} ${key}`);
				for (const inner of field.fields) await fillField(inner, `${id}-r0-`);
				break;
		}
	};
	for (const section of sheet.sections) for (const field of section.fields) await fillField(field, `ws-${sheetId}-`);
	return filled;
}

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

/** Opens a worksheet in a session and fills every field by keyboard. */
export async function openFilled(s: Session, id: string): Promise<Filled> {
	await s.goto(`/worksheets/${id}/`);
	await worksheetReady(s);
	return fillWorksheet(s, id, loadWorksheet(id));
}
