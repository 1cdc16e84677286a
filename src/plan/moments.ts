import type { Translate } from './i18n/translate';
import { dayInWords, nameAt, pad } from './dates';

// Apart from dates.ts, which every worksheet page loads: only My plans and practice write times.

/** The time of a moment on the visitor's clock. @example clockTime(date) // '14:05' */
export const clockTime = (date: Date, seconds = false): string => `${pad(date.getHours())}:${pad(date.getMinutes())}${seconds ? `:${pad(date.getSeconds())}` : ''}`;

/** A moment on the visitor's clock, its day and time. @example momentInWords(date, t) // '24 Nov 2026, 14:05' */
export function momentInWords(date: Date, t: Translate<'common'>, short = true): string {
	return t('common.day-time', { day: dayInWords(date.getFullYear(), date.getMonth(), date.getDate(), t, short), time: clockTime(date) });
}

/** A moment within the coming week: its weekday and time. @example weekdayTime(date, t) // 'Thursday 14:05' */
export function weekdayTime(date: Date, t: Translate<'common'>): string {
	return t('common.weekday-time', { weekday: nameAt(t('common.weekdays'), date.getDay()), time: clockTime(date) });
}
