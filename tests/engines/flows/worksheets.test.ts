import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';
import { pdfText, positionsInOrder } from '../../browser/pdf-text';
import { forEachEngine, waitForValue, worksheetReady } from '../driver';
import { fillWorksheet, loadWorksheet, missingAnswers } from '../filler';
import { fieldRules } from '../../../src/plan/fields';

const worksheetIds = readdirSync(fileURLToPath(new URL('../../../content/worksheets', import.meta.url)))
	.filter((name) => name.endsWith('.yaml'))
	.map((name) => name.replace(/\.yaml$/, ''))
	.sort();

/** Every field kind a worksheet holds, the fields of its review rounds included. */
const kindsOf = (id: string) =>
	new Set(loadWorksheet(id).sections.flatMap((section) => section.fields.flatMap((field) => [field.kind, ...('fields' in field ? field.fields.map((inner) => inner.kind) : [])])));

/**
 * GROW, and then worksheets chosen until together they hold every field kind the registry knows. Typing
 * in WebDriver is slow (WebKit's about three times slower than Firefox's), and a kind behaves the same
 * in every worksheet; CW_ALL_WORKSHEETS=1 fills all of them.
 */
function coveringEveryKind(): string[] {
	const left = new Set<string>(Object.keys(fieldRules));
	const chosen: string[] = [];
	const take = (id: string) => {
		chosen.push(id);
		for (const kind of kindsOf(id)) left.delete(kind);
	};
	take('grow');
	while (left.size) {
		const gain = (id: string) => [...kindsOf(id)].filter((kind) => left.has(kind)).length;
		const best = worksheetIds.filter((id) => !chosen.includes(id)).sort((a, b) => gain(b) - gain(a))[0];
		if (!best || gain(best) === 0) throw new Error(`no worksheet holds the field kinds ${[...left].join(', ')}`);
		take(best);
	}
	return chosen;
}
const ids = process.env.CW_ALL_WORKSHEETS === '1' ? worksheetIds : coveringEveryKind();

forEachEngine(({ name, test }) => {
	const which = ids.length === worksheetIds.length ? `every worksheet (${ids.length})` : `the worksheets holding every field kind (${ids.join(', ')})`;
	test(`${which} fills by keyboard and keeps every answer across a reload${name === 'firefox' ? `, and ${ids[0]} prints every answer in order` : ''}`, async (open) => {
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
			// Printing is the same code for every worksheet: one PDF shows the engine prints answers in order.
			if (s.pdf && id === ids[0]) {
				const text = pdfText(await s.pdf());
				const positions = positionsInOrder(text, filled.printed);
				for (const [i, answer] of filled.printed.entries()) if (positions[i] < 0) problems.push(`${id}: printed PDF lacks (in order) ${answer}`);
			}
		}
		expect(problems).toEqual([]);
	}, 600_000);
});
