import { describe, expect, it } from 'vitest';
import { formatDate } from '../../../src/plan/dates';
import { planLabel } from '../../../src/plan/answers/plan-label';

describe('a date as the visitor reads it', () => {
	it('writes a stored date out in words, day first', () => {
		expect(formatDate('2026-11-24')).toBe('24 November 2026');
		expect(formatDate('2027-01-05')).toBe('5 January 2027');
		expect(formatDate('2028-02-29')).toBe('29 February 2028');
	});

	it('returns anything that is not a stored date as it is', () => {
		for (const value of ['', 'next week', '24/11/2026', '2026-11-24T10:00:00Z', ' 2026-11-24', '2026-1-5'])
			expect(formatDate(value)).toBe(value);
	});

	it('returns an impossible date as it is rather than another day', () => {
		expect(formatDate('2026-13-01')).toBe('2026-13-01');
		expect(formatDate('2026-02-30')).toBe('2026-02-30');
	});
});

describe('how a plan is named in lists', () => {
	it('uses the title the visitor gave it, without stray spaces', () => {
		expect(planLabel({ title: '  Run a 10k ', created: '2026-11-24T12:00:00.000Z' })).toBe('Run a 10k');
	});

	it('calls a plan without a title untitled, with the day it was started', () => {
		expect(planLabel({ title: '', created: '2026-11-24T12:00:00.000Z' })).toBe('Untitled plan (24 Nov 2026)');
		expect(planLabel({ title: '   ', created: '2026-11-24T12:00:00.000Z' })).toBe('Untitled plan (24 Nov 2026)');
	});
});
