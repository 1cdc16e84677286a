import type { Translate } from './i18n/translate';
import { dateFormat } from './i18n/date-format';

/**
 * `YYYY-MM-DD` as a UTC date when it names a real day, otherwise null. The one date rule of the
 * site. `Date.UTC` would roll 2026-02-30 over into March and read years 0-99 as 19xx; neither is
 * what was written. Years 0001-0099 are real days too: a date input holds one while a visitor is
 * still typing the year (0002, 0020, 0202, 2026), and a rule that refused it would clear the field.
 */
export function calendarDay(text: string): Date | null {
	const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
	if (!match) return null;
	const [y, m, d] = [+match[1], +match[2], +match[3]];
	const date = new Date(0);
	date.setUTCFullYear(y, m - 1, d);
	return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d ? date : null;
}

/** `2026-11-24` → `24 November 2026` (in `t`'s language); anything that is not a real day is returned as it is. */
export function formatDate(value: string, t: Pick<Translate, 'locale'>): string {
	const date = calendarDay(value);
	return date ? dateFormat(t.locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(date) : value;
}

/**
 * A day as `YYYY-MM-DD` in the visitor's own time zone: the one "today" of the site, for every place
 * that dates something (a new round, a continued plan, a session). `toISOString()` would give the UTC
 * day, which is tomorrow at 20:30 in New York and yesterday at 00:30 in Tokyo.
 */
export function localDay(date: Date = new Date()): string {
	const pad = (n: number) => String(n).padStart(2, '0');
	return `${String(date.getFullYear()).padStart(4, '0')}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/**
 * Most recent first, for ISO 8601 times: their characters sort as their moments do, so a plain
 * comparison does what `localeCompare` did at a fraction of its cost.
 */
export const newerFirst = (a: string, b: string): number => (a < b ? 1 : a > b ? -1 : 0);
