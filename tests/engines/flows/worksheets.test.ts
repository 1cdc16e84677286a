import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';
import { pdfText, positionsInOrder } from '../../browser/pdf-text';
import { forEachEngine, waitForValue, worksheetReady } from '../driver';
import { fillWorksheet, loadWorksheet, missingAnswers } from '../filler';

const worksheetIds = readdirSync(fileURLToPath(new URL('../../../content/worksheets', import.meta.url)))
	.filter((name) => name.endsWith('.yaml'))
	.map((name) => name.replace(/\.yaml$/, ''))
	.sort();

/**
 * WebKitWebDriver types about three times slower than Firefox's BiDi input: WebKit fills a set of
 * worksheets that together hold every field kind (smart has all but reviews; re-grow has reviews),
 * plus GROW, unless CW_ALL_WORKSHEETS=1 asks for all of them.
 */
const REPRESENTATIVE = ['grow', 're-grow', 'smart'];
const sheetsFor = (engine: string) => (engine === 'firefox' || process.env.CW_ALL_WORKSHEETS === '1' ? worksheetIds : REPRESENTATIVE);

forEachEngine(({ name, test }) => {
	const ids = sheetsFor(name);
	const which = ids.length === worksheetIds.length ? `every worksheet (${ids.length})` : `the worksheets holding every field kind (${ids.join(', ')})`;
	test(`${which} fills by keyboard and keeps every answer across a reload${name === 'firefox' ? ', and prints every answer in order' : ''}`, async (open) => {
		// One fresh profile for all worksheets: each keeps its own plan.
		const s = await open();
		const problems: string[] = [];
		for (const id of ids) {
			const sheet = loadWorksheet(id);
			await s.goto(`/worksheets/${id}/`);
			await worksheetReady(s);
			const filled = await fillWorksheet(s, id, sheet);
			await s.reload();
			await worksheetReady(s);
			await waitForValue(s, `#ws-${id}--title`, 'Plan A title');
			for (const missing of await missingAnswers(s, filled)) problems.push(`${id}: after reload, missing ${missing}`);
			if (s.pdf) {
				const text = pdfText(await s.pdf());
				const positions = positionsInOrder(text, filled.printed);
				for (const [i, answer] of filled.printed.entries()) if (positions[i] < 0) problems.push(`${id}: printed PDF lacks (in order) ${answer}`);
			}
		}
		expect(problems).toEqual([]);
	}, 600_000);
});
