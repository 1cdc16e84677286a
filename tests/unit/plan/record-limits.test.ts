import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createRecord, type PlanRecord } from '../../../src/plan/record';
import { validateRecord } from '../../../src/plan/record-door';
import { RECORD_LIMITS } from '../../../src/plan/record-limits';
import { reasonText } from '../../../src/plan/reason';
import { planToMarkdown } from '../../../src/plan/codecs/markdown';
import { planToIcs } from '../../../src/plan/codecs/calendar';
import { decodeSharePayload, encodeSharePayload } from '../../../src/plan/link';
import { textsFor } from '../../../src/components/catalogs';
import { migrateRecord } from '../../../src/plan/migrate';
import { MAX_LINK_CHARS } from '../../../src/plan/codecs/limits';
import { arbitraryPlan, knownOf, loadWorksheets, text } from './arbitrary-plan';

const t = textsFor('en');

const worksheets = loadWorksheets();
const grow = worksheets.find((sheet) => sheet.id === 'grow')!;
const at = new Date('2026-11-24T10:00:00.000Z');
const plan = (overrides: Partial<PlanRecord> & Record<string, unknown>) => ({ ...createRecord(grow, at), ...overrides });

/** `[[[…]]]` nested `levels` deep, built without recursion. */
function nested(levels: number): unknown {
	let value: unknown = 'x';
	for (let i = 0; i < levels; i++) value = [value];
	return value;
}

const refused = (value: unknown) => {
	const result = validateRecord(value);
	expect(result.ok).toBe(false);
	return result.ok ? '' : reasonText(result.reason, t);
};

describe('the door every plan record passes', () => {
	it('refuses answers nested deeper than the limit, at any depth, without exhausting the stack', () => {
		expect(refused(plan({ answers: { zz: nested(3500) } }))).toBe(`the answer “zz” is nested more than ${RECORD_LIMITS.depth} levels deep`);
		expect(refused(plan({ answers: { zz: nested(100_000) } }))).toContain('nested more than');
		expect(validateRecord(plan({ answers: { zz: nested(RECORD_LIMITS.depth - 1) } })).ok).toBe(true);
	});

	it('refuses keys that reach built-ins, or that are not shaped like a field id, naming them', () => {
		for (const key of ['toString', 'valueOf', 'hasOwnProperty', 'constructor', 'prototype', '__proto__', 'Goal', '1goal', 'a b'])
			expect(refused(JSON.parse(JSON.stringify(plan({})).replace('"answers":{}', `"answers":{${JSON.stringify(key)}:"x"}`)))).toBe(
				`it uses “${key}” as a name, which is not allowed`,
			);
		expect(refused(JSON.parse(JSON.stringify(plan({ answers: { a: [{ x: 1 }] } })).replace('"x"', '"__proto__"')))).toContain('“__proto__”');
		expect(refused(plan({ edited: { toString: 1 } }))).toContain('“toString”');
		expect(refused(plan({ answers: { a: { constructor: 'x' } } }))).toContain('“constructor”');
		expect(refused(plan({ worksheet: 'constructor' }))).toContain('“constructor”');
		expect(refused(plan({ from: { plan: 'a', worksheet: '__proto__' } }))).toContain('“__proto__”');
	});

	it('refuses too many answers, entries or characters', () => {
		const many = Object.fromEntries(Array.from({ length: RECORD_LIMITS.entries + 1 }, (_, i) => [`f${i}`, 'x']));
		expect(refused(plan({ answers: many }))).toBe(`it holds more than ${RECORD_LIMITS.entries} answers`);
		expect(refused(plan({ answers: { list: Array(RECORD_LIMITS.entries + 1).fill('x') } }))).toContain('more than');
		expect(refused(plan({ answers: { goal: 'x'.repeat(RECORD_LIMITS.textChars + 1) } }))).toContain('longer than');
	});

	it('takes only YYYY-MM-DD or nothing as a date: the header, a round’s date and an action’s “by when”', () => {
		expect(refused(plan({ date: '2026-01-01\n\n# INJECTED HEADING' }))).toBe('its date is not written YYYY-MM-DD');
		const round = { id: 'r1', date: 'soon\n# x', happened: '', evaluation: '', adjustments: '', answers: {} };
		expect(refused(plan({ answers: { rounds: [round] } }))).toContain('date that is not written YYYY-MM-DD');
		expect(refused(plan({ answers: { acts: [{ what: 'a', by: 'next week', support: '', done: false }] } }))).toContain('date');
		expect(validateRecord(plan({ date: '2026-02-03', answers: { acts: [{ what: 'a', by: '', support: '', done: false }] } })).ok).toBe(true);
	});

	it('holds a coach context to the limits a coach link has', () => {
		expect(refused(plan({ context: { returnBy: 'next week' } }))).toContain('returnBy');
		expect(refused(plan({ context: { note: 'x'.repeat(2001) } }))).toContain('longer than 2000');
		expect(validateRecord(plan({ context: { client: 'Sam', returnBy: '2026-12-01' } })).ok).toBe(true);
	});

	it('never throws, whatever it is given', () => {
		const anything = fc.oneof(fc.anything({ maxDepth: 6 }), fc.jsonValue({ maxDepth: 10 }));
		fc.assert(
			fc.property(anything, fc.dictionary(text, fc.anything({ maxDepth: 4 })), (value, answers) => {
				expect(() => validateRecord(value)).not.toThrow();
				expect(() => validateRecord(plan({ answers: answers as Record<string, unknown> }))).not.toThrow();
			}),
			{ numRuns: 2000 },
		);
	});

	for (const sheet of worksheets)
		it(`lets every ${sheet.id} record it accepts render as Markdown, a calendar and a share link`, async () => {
			await fc.assert(
				fc.asyncProperty(arbitraryPlan(sheet), fc.dictionary(fc.constantFrom('zz', 'old-note', 'x'), fc.jsonValue({ maxDepth: 9 })), async (record, extra) => {
					const candidate = { ...record, answers: { ...record.answers, ...extra } };
					const checked = validateRecord(JSON.parse(JSON.stringify(candidate)));
					if (!checked.ok) return;
					const shown = migrateRecord(checked.record, sheet);
					expect(() => planToMarkdown(shown, sheet, {}, t)).not.toThrow();
					expect(() => planToIcs(shown, sheet, t)).not.toThrow();
					const link = await encodeSharePayload({ plan: shown, worksheet: sheet.id });
					if (link.length > MAX_LINK_CHARS) return;
					const opened = await decodeSharePayload(link, knownOf(worksheets), t, 'plan');
					expect(opened.ok || opened.message).toBe(true);
				}),
				{ numRuns: 40 },
			);
		});
});
