/**
 * A plan's dates as an `.ics` calendar file: one all-day event per action with a "by when" date, per
 * date field (a round's next-session date included) and per dated review round, each with a reminder
 * (`VALARM`) the day before, so a visitor's calendar reminds them without any server.
 *
 * Written with the `ics` package (RFC 5545 escaping and line folding done for us). Its cost: it validates
 * with `yup` and brings `nanoid` and `runes2`, about 25 kB of script gzipped, so load this module with a
 * dynamic `import()` when the visitor asks for the file, never in the worksheet island's first bundle.
 * Known quirks handled here: it folds lines by characters rather than octets (calendar apps accept
 * that), it escapes line feeds but not a lone carriage return (stripped below), and it writes a date
 * array's year unpadded (so only years 1000 to 9999 are used).
 */
import { createEvents, type EventAttributes } from 'ics';
import type { Translate } from '../i18n/translate';
import type { WorksheetDefinition } from '../../schemas/worksheet';
import type { PlanRecord } from '../record';
import { roundLabel } from '../answers/labels';
import { actionTitle, isActionFilled, isValueOf, type ActionRow } from '../answers/values';
import { calendarDay } from '../dates';
import { planFileName } from './plan-file';

/** The calendar text, or a message for the visitor. */
export type CalendarResult = { ok: true; text: string } | { ok: false; message: string };

type Day = [number, number, number];

/** `YYYY-MM-DD` as [year, month, day] when it is a real day in years 1000 to 9999, otherwise `null`. */
function day(text: string): Day | null {
	const date = calendarDay(text);
	if (!date || date.getUTCFullYear() < 1000) return null;
	return [date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()];
}

/** The day after, as all-day events end (exclusively) on the next day. */
function nextDay([y, m, d]: Day): Day {
	const date = new Date(Date.UTC(y, m - 1, d + 1));
	return [date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()];
}

/** Text safe for a calendar property: line breaks as `\n`, other control characters dropped. */
const clean = (text: string) => text.replace(/\r\n?/g, '\n').replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '').trim();

/**
 * RFC 5545 §3.3.11 escaping for the two values `ics` writes without it (the calendar name and an
 * alarm's description: it only turns their line breaks into `\n`). Its own escaping of summaries and
 * descriptions covers the rest.
 */
const escapeText = (text: string) => text.replace(/[\\;,]/g, '\\$&');

/** A UID that stays the same each time the file is made, so importing it again updates, not duplicates. */
const uid = (...parts: string[]) => `${parts.map((part) => part.replace(/[^A-Za-z0-9-]/g, '')).join('-')}@coaching-workbook`;

/**
 * The plan's dates as an iCalendar file. Dates that are empty or not real days are left out; a plan with
 * no dates at all gives a message instead of an empty calendar.
 * @param t the words of the events (descriptions, reminders) and of the messages.
 * @param siteTitle names the site in each event's description.
 */
export function planToIcs(
	record: PlanRecord,
	definition: WorksheetDefinition,
	t: Translate<'export' | 'print'>,
	siteTitle = t('export.ics-site'),
): CalendarResult {
	const planName = clean(record.title) || clean(definition.title);
	const from = t('export.ics-from', { plan: planName, worksheet: clean(definition.title), site: siteTitle });
	const events: EventAttributes[] = [];
	const add = (date: string, title: string, id: string, details: string[] = []) => {
		const start = day(date);
		if (!start) return;
		events.push({
			start,
			end: nextDay(start),
			title: clean(title) || t('export.ics-plan-date'),
			description: [...details.map(clean).filter(Boolean), from].join('\n'),
			uid: uid(record.id, id),
			productId: 'coaching-workbook',
			transp: 'TRANSPARENT',
			// 15 hours before an all-day event's midnight start is 9 in the morning the day before. (Whole days
			// would be written as "-P1DT", which RFC 5545 does not allow.)
			alarms: [{ action: 'display', description: escapeText(t('export.ics-tomorrow', { title: clean(title) || t('export.ics-plan-date') })), trigger: { hours: 15, before: true } }],
		});
	};
	/** `round`: the review round's name, when the actions belong to one. */
	const addActions = (rows: ActionRow[], id: string, round = '') =>
		rows.forEach(
			(row, i) =>
				isActionFilled(row) &&
				add(row.by, round ? t('export.ics-in-round', { round, title: actionTitle(row, t) }) : actionTitle(row, t), `${id}-${i + 1}`, [
					row.support.trim() ? t('export.ics-who-helps', { who: row.support }) : '',
					row.done ? t('export.ics-done') : '',
				]),
		);

	for (const section of definition.sections)
		for (const field of section.fields) {
			const value = record.answers[field.id];
			if (field.kind === 'date' && isValueOf('date', value)) add(value, field.label, field.id);
			if (field.kind === 'actions' && isValueOf('actions', value)) addActions(value, field.id);
			if (field.kind === 'reviews' && isValueOf('reviews', value))
				value.forEach((round, i) => {
					add(round.date, t('export.ics-round', { label: field.label, round: roundLabel(i, t).toLocaleLowerCase(t.locale) }), `${field.id}-${round.id}`);
					for (const inner of field.fields) {
						const answer = round.answers[inner.id];
						const id = `${field.id}-${round.id}-${inner.id}`;
						if (inner.kind === 'date' && isValueOf('date', answer)) add(answer, t('export.ics-in-round', { round: roundLabel(i, t), title: inner.label }), id);
						if (inner.kind === 'actions' && isValueOf('actions', answer)) addActions(answer, id, roundLabel(i, t));
					}
				});
		}

	if (events.length === 0)
		return { ok: false, message: t('export.ics-no-dates') };
	const { error, value } = createEvents(events, { productId: 'coaching-workbook', calName: escapeText(planName || siteTitle) });
	if (error || !value)
		return { ok: false, message: t('export.ics-failed', { error: error?.message ?? t('export.ics-no-output') }) };
	return { ok: true, text: value };
}

/** A file name for the plan's calendar, named like its plan file, e.g. `grow-run-a-10k-2026-11-24.ics`. */
export function calendarFileName(record: PlanRecord): string {
	return planFileName(record).replace(/\.json$/, '.ics');
}
