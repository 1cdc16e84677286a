import type { PlanRecord } from '../record';
import type { Translate } from '../../i18n/translate';
import { formatDate } from '../dates';

/** How a plan is named in lists: its title, or "Untitled plan" with the day it was started. */
export function planLabel(plan: Pick<PlanRecord, 'title' | 'created'>, t: Translate<'common'>): string {
	if (plan.title.trim()) return plan.title.trim();
	const day = new Date(plan.created).toLocaleDateString(t.locale, { day: 'numeric', month: 'short', year: 'numeric' });
	return t('common.untitled-plan-of', { day });
}

/**
 * The name of a plan continued from another ("Continue in…"): whose it is, the worksheet it continues
 * in, and the day of the plan it came from, so the two never read alike.
 * @example continuedTitle({ person: 'Dana', title: 'Run a 10k', date: '2026-12-03', … }, 'RE-GROW session log', t) // 'Dana: RE-GROW session log after 3 December 2026'
 */
export function continuedTitle(source: Pick<PlanRecord, 'title' | 'person' | 'date' | 'updated'>, targetTitle: string, t: Translate<'common'>): string {
	const who = source.person.trim() || source.title.trim();
	const day = formatDate(source.date || source.updated.slice(0, 10));
	return t(who ? 'common.continued-title-of' : 'common.continued-title', { who, title: targetTitle, day });
}
