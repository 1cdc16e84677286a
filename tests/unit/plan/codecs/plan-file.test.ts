import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_FILE_BYTES } from '../../../../src/plan/codecs/limits';
import { allPlansFileName, fileSizeProblem, planFileName, planFileText, readPlanFile } from '../../../../src/plan/codecs/plan-file';
import { createRecord, type PlanRecord } from '../../../../src/plan/record';
import { arbitraryPlan, knownOf, loadWorksheets } from '../arbitrary-plan';
import { textsFor } from '../../../../src/components/catalogs';

const t = textsFor('en');

const worksheets = loadWorksheets();
const known = knownOf(worksheets);
const now = new Date('2026-11-24T10:00:00.000Z');
const plan = (init: Partial<PlanRecord> = {}): PlanRecord => ({
	...createRecord({ id: 'grow', version: 1 }, now, { title: 'Run a 10k', person: 'Sam', date: '2026-11-24', answers: { goal: 'Run 10 km' } }, 'abc123'),
	...init,
});
const fileWith = (plans: unknown[], extra: Record<string, unknown> = {}) =>
	JSON.stringify({ app: 'coaching-workbook', kind: 'plans', format: 1, exported: now.toISOString(), plans, ...extra });
const entry = (record: PlanRecord) => ({ worksheet: { id: record.worksheet, version: record.worksheetVersion }, plan: record });

function expectMessage(result: ReturnType<typeof readPlanFile>, ...parts: (string | RegExp)[]) {
	expect(result.ok).toBe(false);
	if (result.ok) return;
	for (const part of parts) expect(result.message).toMatch(part);
}

describe('a plan file', () => {
	it('has the agreed shape: app, kind, format, export time and each plan with its worksheet', () => {
		const record = plan();
		expect(JSON.parse(planFileText([record], now))).toEqual({
			app: 'coaching-workbook',
			kind: 'plans',
			format: 1,
			exported: '2026-11-24T10:00:00.000Z',
			plans: [{ worksheet: { id: 'grow', version: 1 }, plan: record }],
		});
	});

	for (const sheet of worksheets)
		it(`brings back every ${sheet.id} plan exactly as it was saved`, () => {
			fc.assert(
				fc.property(fc.array(arbitraryPlan(sheet), { minLength: 1, maxLength: 3 }), (records) => {
					const result = readPlanFile(planFileText(records, now), known, t);
					expect(result).toEqual({ ok: true, plans: records });
				}),
				{ numRuns: 60 },
			);
		});

	it('"Download all plans" holds plans of every worksheet and reads back whole', () => {
		const records = worksheets.map((sheet) => fc.sample(arbitraryPlan(sheet), { numRuns: 1, seed: 7 })[0]);
		expect(readPlanFile(planFileText(records, now), known, t)).toEqual({ ok: true, plans: records });
	});

	it('is named after its worksheet, title and date, safely', () => {
		expect(planFileName(plan())).toBe('grow-run-a-10k-2026-11-24.json');
		expect(planFileName(plan({ title: 'Café ☕ “plan” / ../../etc', date: '' }))).toBe('grow-cafe-plan-etc-2026-11-24.json');
		expect(planFileName(plan({ title: '😀', date: '2027-01-02' }))).toBe('grow-2027-01-02.json');
		expect(planFileName(plan({ worksheet: '../..', title: '' }))).toBe('plan-2026-11-24.json');
		expect(allPlansFileName(t,now)).toBe('coaching-workbook-plans-2026-11-24.json');
	});
});

describe('reading a file that is not a good plan file', () => {
	it('a file that is not JSON gets a message saying so and what to choose instead', () => {
		expectMessage(readPlanFile('hello, I am a text file', known, t), 'not JSON', '.json', '“Download plan”');
	});

	it('a file that is not a plan gets a message and changes nothing', () => {
		for (const text of ['{"name":"my notes"}', '[]', 'null', '42', '"plans"', JSON.stringify({ app: 'other', kind: 'plans', format: 1, plans: [] })]) {
			const before = JSON.stringify(known);
			expectMessage(readPlanFile(text, known, t), 'not a plan file from Coaching Workbook');
			expect(JSON.stringify(known)).toBe(before);
		}
	});

	it('a file from a newer Coaching Workbook asks for a reload', () => {
		expectMessage(
			readPlanFile(fileWith([entry(plan())], { format: 2 }), known, t),
			'saved by a newer version of Coaching Workbook (format 2); this version reads format 1',
			'Reload the page',
		);
		expectMessage(readPlanFile(fileWith([entry(plan({ format: 2 as 1 }))]), known, t), 'newer version', 'format 2', 'Reload');
	});

	it('a plan made with a worksheet this site does not have is named and refused', () => {
		const record = plan({ worksheet: 'lost-model' });
		expectMessage(readPlanFile(fileWith([entry(record)]), known, t), 'a worksheet called “lost-model” that this site does not have');
		const inherited = plan({ worksheet: 'constructor' });
		expectMessage(readPlanFile(fileWith([entry(inherited)]), known, t), 'it uses “constructor” as a name, which is not allowed');
	});

	it('a plan from an older worksheet version is accepted, one from a newer version is refused', () => {
		const older = { ...known, grow: { version: 3 } };
		expect(readPlanFile(planFileText([plan()], now), older, t)).toEqual({ ok: true, plans: [plan()] });
		expectMessage(
			readPlanFile(planFileText([plan({ worksheetVersion: 4 })], now), older, t),
			'newer version of the “grow” worksheet (version 4); this site has version 3',
			'Reload',
		);
	});

	it('a damaged plan passes on what is wrong with it', () => {
		const { answers: _, ...noAnswers } = plan();
		expectMessage(
			readPlanFile(fileWith([{ worksheet: { id: 'grow', version: 1 }, plan: noAnswers }]), known, t),
			'The plan in this file cannot be read: its "answers" are missing',
			'download the plan again',
		);
		expectMessage(readPlanFile(fileWith([entry(plan()), 'junk']), known, t), 'Plan 2 of 2 in this file cannot be read', 'Nothing was imported');
		expectMessage(readPlanFile(planFileText([plan({ worksheetVersion: 0.5 })], now), known, t), 'not a whole number');
		expectMessage(
			readPlanFile(fileWith([{ worksheet: { id: 'smart', version: 1 }, plan: plan() }]), known, t),
			'its worksheet does not match the plan inside it',
		);
	});

	it('a file with no plans says there is nothing to import', () => {
		expectMessage(readPlanFile(fileWith([]), known, t), 'no plans');
	});

	it('a file that is too large is refused before it is parsed', () => {
		expectMessage(readPlanFile(' '.repeat(MAX_FILE_BYTES + 1), known, t), 'larger than a plan file', '5 MB');
		// Fewer characters than the limit, more bytes: each "é" is two bytes in UTF-8.
		const wide = `{"x":"${'é'.repeat(MAX_FILE_BYTES / 2)}"}`;
		expect(wide.length).toBeLessThan(MAX_FILE_BYTES);
		expectMessage(readPlanFile(wide, known, t), 'larger than a plan file');
		// Not JSON at all, yet the size is what the visitor hears about: it is checked first.
		expectMessage(readPlanFile(`{${'x'.repeat(MAX_FILE_BYTES)}`, known, t), 'larger than a plan file');
		expect(fileSizeProblem(MAX_FILE_BYTES, t)).toBeNull();
		expect(fileSizeProblem(12 * 1024 * 1024, t)).toMatch('This file is 12 MB');
	});

	it('any text or JSON at all gives plans or a message, and never throws', () => {
		fc.assert(
			fc.property(fc.oneof(fc.string(), fc.json(), fc.json().map((json) => fileWith([JSON.parse(json)]))), (input) => {
				const result = readPlanFile(input, known, t);
				if (!result.ok) expect(result.message.length).toBeGreaterThan(20);
			}),
			{ numRuns: 200 },
		);
	});
});
