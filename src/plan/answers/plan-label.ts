import type { PlanRecord } from '../record';
import type { Translate } from '../i18n/translate';
import { dayInWords, formatDate } from '../dates';

/**
 * A plan's title as the screen, print and exports show it. A plan made by Duplicate or by salvage keeps
 * the original's title and says how it was made in `origin` (no English in saved records); the words
 * "Copy of …" and "Recovered: …" come from the catalog here, until the visitor renames the plan (an
 * `@title` edit). An older record without `origin` is shown as stored, "Copy of …" and all.
 * @example shownTitle({ title: 'Run a 10k', origin: 'copy', edited: {} }, t) // 'Copy of Run a 10k'
 */
export function shownTitle(plan: Pick<PlanRecord, 'title' | 'origin' | 'edited'>, t: Translate<'common'>): string {
	if (!plan.origin || plan.edited['@title'] !== undefined) return plan.title;
	const title = plan.title.trim() || t('common.untitled-plan-lower');
	return t(plan.origin === 'copy' ? 'common.copy-of' : 'common.recovered-title', { title });
}

/**
 * How a plan is named in lists: its shown title, or "Untitled plan" with the day it was started.
 * @example planLabel({ title: '', created: '2026-11-24T10:00:00Z', edited: {} }, t) // 'Untitled plan (24 Nov 2026)'
 */
export function planLabel(plan: Pick<PlanRecord, 'title' | 'origin' | 'edited' | 'created'>, t: Translate<'common'>): string {
	const title = shownTitle(plan, t).trim();
	if (title) return title;
	const created = new Date(plan.created);
	const day = dayInWords(created.getFullYear(), created.getMonth(), created.getDate(), t, true);
	return t('common.untitled-plan-of', { day });
}

/**
 * The name of a plan continued from another ("Continue in…"): whose it is, the worksheet it continues
 * in, and the day of the plan it came from, so the two never read alike.
 * @example continuedTitle({ person: 'Dana', title: 'Run a 10k', date: '2026-12-03', … }, 'RE-GROW session log', t) // 'Dana: RE-GROW session log after 3 December 2026'
 */
export function continuedTitle(source: Pick<PlanRecord, 'title' | 'person' | 'date' | 'updated'>, targetTitle: string, t: Translate<'common'>): string {
	const who = source.person.trim() || source.title.trim();
	const day = formatDate(source.date || source.updated.slice(0, 10), t);
	return t(who ? 'common.continued-title-of' : 'common.continued-title', { who, title: targetTitle, day });
}
