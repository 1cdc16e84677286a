import type { FieldRules } from './types';
import { isString } from './shapes';
import { isObject } from '../record';
import { formatDate } from '../dates';
import type { Translate } from '../i18n/translate';

/** One row of an action table. */
export interface ActionRow {
	what: string;
	/** `YYYY-MM-DD` or empty. */
	by: string;
	/** Who or what helps. */
	support: string;
	done: boolean;
}

/**
 * Whether an action row holds anything: a what, a date or a helper. A tick alone says nothing.
 * Screen, print, Markdown, the calendar file and the session summary all show exactly the rows this accepts.
 */
export const isActionFilled = (row: ActionRow): boolean => row.what.trim() !== '' || row.by !== '' || row.support.trim() !== '';

/** What a filled row is called where it needs a title (session summary, calendar event): a dated row with no text is still an action. */
export const actionTitle = (row: ActionRow, t: Translate<'print'>): string => row.what.trim() || t('print.action-untitled');

/** A new, blank row of an action table. */
export const blankActionRow = (): ActionRow => ({ what: '', by: '', support: '', done: false });

/** An action table. Takes a list: one row per written entry. */
export const actions: FieldRules<ActionRow[]> = {
	is: (v): v is ActionRow[] =>
		Array.isArray(v) &&
		v.every((row) => isObject(row) && isString(row.what) && isString(row.by) && isString(row.support) && typeof row.done === 'boolean'),
	empty: () => [],
	answered: (value) => value.some(isActionFilled),
	text: (value, t) =>
		value
			.filter(isActionFilled)
			.map((row) => {
				const details = [
					row.by && t('print.action-text-by', { date: formatDate(row.by, t) }),
					row.support.trim() && t('print.action-text-with', { who: row.support.trim() }),
					row.done && t('print.action-text-done'),
				]
					.filter(Boolean)
					.join(', ');
				return `- ${actionTitle(row, t)}${details ? ` (${details})` : ''}`;
			})
			.join('\n'),
	takes: ['list'],
	receive: (_from, value) => (value as string[]).filter((item) => item.trim()).map((what) => ({ ...blankActionRow(), what })),
	actionRows: (value) => value.filter(isActionFilled),
};
