import { describe, expect, it } from 'vitest';
import type { SmartValue } from '../../../../src/plan/answers/values';
import { smartHints } from '../../../../src/plan/answers/smart-hints';
import { textsFor } from '../../../../src/components/catalogs';

const t = textsFor('en');

const goal = (text: string, answers: Partial<SmartValue> = {}): SmartValue => ({
	goal: text,
	specific: '',
	measurable: '',
	achievable: '',
	relevant: '',
	timeBound: '',
	...answers,
});
const found = (value: SmartValue) => Object.fromEntries(smartHints(value, t).map((hint) => [hint.letter, hint.found]));

describe('SMART hints', () => {
	it('asks two questions of a vague goal, Measurable first, without judging it', () => {
		expect(smartHints(goal('Get fitter'), t)).toEqual([
			{
				letter: 'M',
				found: false,
				message: 'Measurable: no number or observable result found yet. How would someone else see that it is done?',
			},
			{ letter: 'T', found: false, message: 'Time-bound: no date or deadline found yet. By when?' },
		]);
	});

	it('says what it found in a goal with a number and a date', () => {
		expect(smartHints(goal('Run 10k by 1 December'), t)).toEqual([
			{ letter: 'M', found: true, message: 'Measurable: it contains a number or an observable result.' },
			{ letter: 'T', found: true, message: 'Time-bound: it contains a date or a deadline.' },
		]);
	});

	it('finds a number or an observable result, in any form of the verb', () => {
		for (const text of ['Lose 5 kg', 'Finish the report', 'Finished draft', 'Publish my first article', 'PASS the exam', 'Attending every session'])
			expect(found(goal(text)).M, text).toBe(true);
		for (const text of ['Be happier', 'Improve my confidence', 'Feel more settled at work'])
			expect(found(goal(text)).M, text).toBe(false);
	});

	it('finds a date or a deadline in the usual ways people write them', () => {
		for (const text of [
			'by 2026-12-01',
			'before 24/12',
			'by 24.12.2026',
			'end of the quarter',
			'in 3 weeks',
			'within 30 days',
			'next month',
			'tomorrow',
			'by Friday',
			'by DECEMBER',
			'in early Sep',
		])
			expect(found(goal('Write the plan', { timeBound: text })).T, text).toBe(true);
		for (const text of ['soon', 'eventually', 'when I have time', 'this quarter'])
			expect(found(goal('Write the plan', { timeBound: text })).T, text).toBe(false);
	});

	it('does not take words that only begin like a month for a date', () => {
		for (const text of ['Decide on a marathon', 'Mentor a junior colleague', 'Separate work from home', 'Augment my skills'])
			expect(found(goal(text)).T, text).toBe(false);
	});

	it('reads the goal with the answer for its own letter only', () => {
		expect(found(goal('Get fitter', { measurable: 'Resting heart rate under 60' }))).toEqual({ M: true, T: false });
		expect(found(goal('Get fitter', { timeBound: 'by the end of June' }))).toEqual({ M: false, T: true });
		// A date written under T does not make the goal measurable, nor a number under M make it timed.
		expect(found(goal('Get fitter', { timeBound: 'tomorrow', specific: '3 sessions', achievable: 'finish' }))).toEqual({
			M: false,
			T: true,
		});
	});

	it('does not take a decimal for a date', () => {
		expect(found(goal('Run 2.5 km every week')).T).toBe(false);
	});

	it('does not take "significant" for an observable result', () => {
		expect(found(goal('Make significant progress')).M).toBe(false);
	});
});
