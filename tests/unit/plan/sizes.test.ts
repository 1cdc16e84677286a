import { describe, expect, it } from 'vitest';
import { readableSize } from '../../../src/plan/sizes';
import { textsFor } from '../../../src/components/catalogs';

const t = textsFor('en');

const MB = 1024 * 1024;

describe('a size as a person reads it', () => {
	it('uses the unit that keeps the number small', () => {
		expect(readableSize(5.4 * MB, t)).toBe('5.4 MB');
		expect(readableSize(10245.4 * MB, t)).toBe('10 GB');
		expect(readableSize(300 * 1024, t)).toBe('300 KB');
		expect(readableSize(1.25 * 1024 * MB, t)).toBe('1.3 GB');
		expect(readableSize(512, t)).toBe('512 bytes');
		expect(readableSize(1, t)).toBe('1 byte');
		expect(readableSize(0, t)).toBe('0 bytes');
	});

	it('drops a trailing .0 and rounds up into the next unit', () => {
		expect(readableSize(2 * MB, t)).toBe('2 MB');
		expect(readableSize(1023.9 * 1024, t)).toBe('1 MB');
		expect(readableSize(150.4 * 1024 * MB * 1024, t)).toBe('150 TB');
	});

	it('writes the decimal sign of the language, and never groups digits', () => {
		const es = textsFor('es');
		expect(readableSize(5.4 * MB, es)).toBe('5,4 MB');
		expect(readableSize(1020 * 1024, t)).toBe('1020 KB');
		expect(readableSize(1020 * 1024, es)).toBe('1020 KB');
		expect(readableSize(1000, t)).toBe('1000 bytes');
	});

	it('says so when the figure makes no sense', () => {
		expect(readableSize(Number.NaN, t)).toBe('an unknown amount');
		expect(readableSize(-1, t)).toBe('an unknown amount');
	});
});
