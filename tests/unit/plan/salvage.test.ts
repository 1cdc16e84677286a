import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { encodeRecord, type PlanRecord } from '../../../src/plan/record';
import { isValueOf } from '../../../src/plan/answers/values';
import { salvageRecord, worksheetOfDamaged, type SalvageField } from '../../../src/plan/salvage';
import { arbitraryPlan, loadWorksheets } from './arbitrary-plan';

const worksheets = loadWorksheets();
const fieldsOf = (sheet: (typeof worksheets)[number]): SalvageField[] =>
	sheet.sections.flatMap((section) => section.fields.map(({ id, kind, label }) => ({ id, kind, label })));

/** Where each top-level answer's `"id":value` text ends in the record's JSON. */
function answerEnds(plan: PlanRecord, text: string): Map<string, number> {
	const at = text.indexOf(',"answers":{') + ',"answers":{'.length;
	const ends = new Map<string, number>();
	let offset = at;
	for (const [key, value] of Object.entries(plan.answers)) {
		if (value === undefined) continue;
		offset += JSON.stringify(key).length + 1 + JSON.stringify(value).length;
		ends.set(key, offset);
		offset += 1; // the comma
	}
	return ends;
}

/** Damage to a record's text: cut at a point, or a stretch overwritten with bytes that are not text. */
const damage = (length: number) =>
	fc.oneof(
		fc.integer({ min: 0, max: length }).map((point) => ({ point, apply: (text: string) => text.slice(0, point) })),
		fc
			.tuple(fc.integer({ min: 0, max: Math.max(0, length - 1) }), fc.integer({ min: 1, max: 64 }), fc.constantFrom('\u0000', '\u0001', '\u001f', '\u0007'))
			.map(([point, span, junk]) => ({
				point,
				apply: (text: string) => text.slice(0, point) + junk.repeat(Math.min(span, text.length - point)) + text.slice(point + span),
			})),
	);

describe('salvage of a damaged plan', () => {
	for (const sheet of worksheets)
		it(`never invents a ${sheet.id} answer, and recovers every answer that ends before the damage`, () => {
			const fields = fieldsOf(sheet);
			fc.assert(
				fc.property(
					arbitraryPlan(sheet).chain((plan) => {
						const text = encodeRecord(plan);
						return fc.tuple(fc.constant(plan), fc.constant(text), damage(text.length));
					}),
					([plan, text, { point, apply }]) => {
						const damaged = apply(text);
						const salvaged = salvageRecord(damaged, fields);
						for (const [key, value] of Object.entries(salvaged.answers)) expect(value).toEqual(plan.answers[key]);
						const ends = answerEnds(plan, text);
						for (const field of fields) {
							const end = ends.get(field.id);
							if (end !== undefined && end < point && isValueOf(field.kind, plan.answers[field.id]))
								expect(salvaged.answers).toHaveProperty([field.id], plan.answers[field.id]);
						}
						if (text.indexOf('"title":') + 9 + JSON.stringify(plan.title).length < point) expect(salvaged.title).toBe(plan.title);
					},
				),
				{ numRuns: 150 },
			);
		});

	it('reads answers after a damaged stretch when the rest of the answers is intact', () => {
		const grow = worksheets.find((sheet) => sheet.id === 'grow')!;
		const text = JSON.stringify({
			format: 1,
			id: 'x',
			worksheet: 'grow',
			worksheetVersion: 2,
			title: 'Run a 10k',
			person: 'Sam',
			date: '2026-12-01',
			created: '',
			updated: '',
			answers: { goal: 'Run 10 km', 'goal-why': 'To feel fit', 'reality-tried': ['Parkrun'], 'will-commitment': 8 },
			edited: {},
		});
		const damaged = text.replace('To feel fit', 'To f\u0000\u0000 fit');
		const salvaged = salvageRecord(damaged, fieldsOf(grow));
		expect(salvaged.answers).toEqual({ goal: 'Run 10 km', 'reality-tried': ['Parkrun'], 'will-commitment': 8 });
		expect(salvaged).toMatchObject({ worksheet: 'grow', title: 'Run a 10k', person: 'Sam', date: '2026-12-01' });
		expect(salvaged.lost.map((field) => field.id)).toEqual(['goal-why']);
		expect(salvaged.recovered.map((field) => field.id)).toEqual(['goal', 'reality-tried', 'will-commitment']);
	});

	it('a cut number is not read as a shorter one, and a value of the wrong kind is left out', () => {
		const grow = worksheets.find((sheet) => sheet.id === 'grow')!;
		expect(salvageRecord('{"worksheet":"grow","answers":{"goal":"A","will-commitment":10', fieldsOf(grow)).answers).toEqual({ goal: 'A' });
		expect(salvageRecord('{"answers":{"goal":["not","text"],"goal-why":"ok"}}', fieldsOf(grow)).answers).toEqual({ 'goal-why': 'ok' });
	});

	it('gives nothing, and never throws, for text that is not a record at all', () => {
		const grow = worksheets.find((sheet) => sheet.id === 'grow')!;
		fc.assert(
			fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (junk) => {
				const salvaged = salvageRecord(junk, fieldsOf(grow));
				expect(Object.keys(salvaged.answers).length).toBeLessThanOrEqual(fieldsOf(grow).length);
			}),
		);
		expect(salvageRecord('', fieldsOf(grow))).toEqual({ answers: {}, recovered: [], lost: [] });
	});

	it('finds the worksheet a damaged record belongs to', () => {
		expect(worksheetOfDamaged('{"format":1,"id":"x","worksheet":"re-grow","wor')).toBe('re-grow');
		expect(worksheetOfDamaged('{"format":1,"id":"x","wor')).toBeUndefined();
	});

	it('works in steps linear in the text, however the damage repeats (220 kB in at most 10 steps a character)', () => {
		const fields = fieldsOf(worksheets.find((sheet) => sheet.id === 'grow')!);
		const entry = (i: number) => `"goal":"answer ${i}","reality-now":{"goal":[1,{"goal":"x"`;
		const shapes = [
			// Many entries, then a cut: every place to resynchronise at reads on to the same damage.
			`{"worksheet":"grow","title":"T","answers":{${Array.from({ length: 8000 }, (_, i) => `"goal":"answer ${i}"`).join(',')}`,
			// Damage first, then thousands of places to resynchronise at, each inside the next.
			`{"worksheet":"grow","title":"T","answers":{"goal":"\u0001",${Array.from({ length: 3000 }, (_, i) => entry(i)).join(',')}`,
			// Unclosed strings and brackets everywhere.
			`{"title":"T","answers":{${',"goal":["'.repeat(20000)}`,
		];
		for (const text of shapes) {
			expect(text.length).toBeGreaterThan(110_000);
			const stats = { steps: 0 };
			const salvaged = salvageRecord(text.padEnd(220_000, ' '), fields, stats);
			expect(stats.steps).toBeLessThanOrEqual(10 * 220_000);
			expect(salvaged.title).toBe('T');
		}
	});
});
