/**
 * A plan's title as the screen, print and exports show it. A plan made by Duplicate or by salvage keeps
 * the original's title and says how it was made in `origin` (no English in saved records); the words
 * "Copy of …" and "Recovered: …" come from the catalog here, until the visitor renames the plan.
 */
import type { Translate } from '../i18n/translate';
import type { PlanRecord } from './record';

/**
 * The title, worded after its origin while the visitor has not renamed the plan (no `@title` edit).
 * An older record without `origin` is shown as stored, "Copy of …" and all.
 * @example shownTitle({ title: 'Run a 10k', origin: 'copy', edited: {} }, t) // 'Copy of Run a 10k'
 */
export function shownTitle(plan: Pick<PlanRecord, 'title' | 'origin' | 'edited'>, t: Translate<'plans'>): string {
	if (!plan.origin || plan.edited['@title'] !== undefined) return plan.title;
	const title = plan.title.trim() || t('plans.untitled-plan');
	return plan.origin === 'copy' ? t('plans.copy-of', { title }) : t('plans.recovered-title', { title });
}

/**
 * How a plan is named in lists: its shown title, or "Untitled plan" with the day it was started.
 * @example planName({ title: '', created: '2026-11-24T10:00:00Z', edited: {} }, t) // 'Untitled plan (24 Nov 2026)'
 */
export function planName(plan: Pick<PlanRecord, 'title' | 'origin' | 'edited' | 'created'>, t: Translate<'plans'>): string {
	const title = shownTitle(plan, t).trim();
	if (title) return title;
	const day = new Date(plan.created).toLocaleDateString(t.locale, { day: 'numeric', month: 'short', year: 'numeric' });
	return t('plans.untitled-on', { day });
}
