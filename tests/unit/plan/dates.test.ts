import { afterEach, describe, expect, it, vi } from 'vitest';
import { formatDate, localDay } from '../../../src/plan/dates';
import { clockTime, momentInWords, weekdayTime } from '../../../src/plan/moments';
import { blankRound } from '../../../src/plan/answers/values';
import { continuedAnswers } from '../../../src/plan/continue';
import { planLabel } from '../../../src/plan/answers/plan-label';
import { LANGUAGES } from '../../../src/plan/i18n/languages';
import { textsFor } from '../../../src/components/catalogs';

const t = textsFor('en');

describe('a date as the visitor reads it', () => {
	it('writes a stored date out in words, day first', () => {
		expect(formatDate('2026-11-24', t)).toBe('24 November 2026');
		expect(formatDate('2027-01-05', t)).toBe('5 January 2027');
		expect(formatDate('2028-02-29', t)).toBe('29 February 2028');
	});

	it('returns anything that is not a stored date as it is', () => {
		for (const value of ['', 'next week', '24/11/2026', '2026-11-24T10:00:00Z', ' 2026-11-24', '2026-1-5'])
			expect(formatDate(value, t)).toBe(value);
	});

	it('returns an impossible date as it is rather than another day', () => {
		expect(formatDate('2026-13-01', t)).toBe('2026-13-01');
		expect(formatDate('2026-02-30', t)).toBe('2026-02-30');
	});
});

describe('how a plan is named in lists', () => {
	it('uses the title the visitor gave it, without stray spaces', () => {
		expect(planLabel({ title: '  Run a 10k ', created: '2026-11-24T12:00:00.000Z', edited: {} }, t)).toBe('Run a 10k');
	});

	it('calls a plan without a title untitled, with the day it was started', () => {
		expect(planLabel({ title: '', created: '2026-11-24T12:00:00.000Z', edited: {} }, t)).toBe('Untitled plan (24 Nov 2026)');
		expect(planLabel({ title: '   ', created: '2026-11-24T12:00:00.000Z', edited: {} }, t)).toBe('Untitled plan (24 Nov 2026)');
	});
});

describe('today, as the visitor’s own calendar day', () => {
	// The zone is switched for real (Node reads TZ on each change), and each case first checks that the
	// clock reads the local hour it claims, so the test cannot pass on a UTC day by accident.
	const zone = process.env.TZ;
	afterEach(() => {
		vi.useRealTimers();
		if (zone === undefined) delete process.env.TZ;
		else process.env.TZ = zone;
	});
	const at = (tz: string, instant: string, localHour: number) => {
		process.env.TZ = tz;
		vi.useFakeTimers({ toFake: ['Date'] });
		vi.setSystemTime(new Date(instant));
		expect(new Date().getHours()).toBe(localHour);
	};

	it('is still the 10th at 23:30 on the 10th in a UTC−5 zone (UTC is already on the 11th)', () => {
		at('Etc/GMT+5', '2026-03-11T04:30:00Z', 23);
		expect(localDay()).toBe('2026-03-10');
	});

	it('is still the 10th at 20:30 on the 10th in New York', () => {
		at('America/New_York', '2026-11-11T01:30:00Z', 20);
		expect(localDay()).toBe('2026-11-10');
	});

	it('is already the 11th at 00:30 on the 11th in a UTC+9 zone (UTC is still on the 10th)', () => {
		at('Asia/Tokyo', '2026-03-10T15:30:00Z', 0);
		expect(localDay()).toBe('2026-03-11');
	});

	it('dates a round added at 20:30 in New York that day', () => {
		at('America/New_York', '2026-11-11T01:30:00Z', 20);
		expect(blankRound(localDay()).date).toBe('2026-11-10');
	});

	it('dates a plan continued at 00:30 in Tokyo that day, its new rounds too', () => {
		at('Asia/Tokyo', '2026-03-10T15:30:00Z', 0);
		const carry = {
			from: { path: 'goal', kind: 'short-text' as const, id: 'goal' },
			to: { path: 'rounds.happened', kind: 'long-text' as const, id: 'happened', reviews: 'rounds' },
		};
		const carried = continuedAnswers({ goal: 'Run' }, [carry], localDay(), t);
		expect((carried.rounds as { date: string }[])[0].date).toBe('2026-03-11');
	});
});

describe('dates written from the catalog', () => {
	// The site writes dates from its catalogs rather than by Intl (too slow to start on a phone); they
	// must still read as Intl writes them for each language's locale, every month and weekday.
	const days = Array.from({ length: 12 * 3 }, (_, i) => new Date(2026, i % 12, 1 + ((i * 5) % 28), (i * 7) % 24, (i * 13) % 60, 9));
	for (const { lang } of LANGUAGES) {
		const words = textsFor(lang);
		it(`in ${lang}, as Intl writes them for ${words.locale}`, () => {
			const intl = (options: Intl.DateTimeFormatOptions, date: Date) => new Intl.DateTimeFormat(words.locale, options).format(date);
			for (const date of days) {
				const iso = localDay(date);
				expect(formatDate(iso, words)).toBe(intl({ day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }, new Date(`${iso}T00:00:00Z`)));
				expect(momentInWords(date, words)).toBe(intl({ day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' }, date));
				expect(weekdayTime(date, words)).toBe(intl({ weekday: 'long', hour: '2-digit', minute: '2-digit' }, date));
				expect(clockTime(date, true)).toBe(intl({ hour: '2-digit', minute: '2-digit', second: '2-digit' }, date));
			}
		});
	}
});
