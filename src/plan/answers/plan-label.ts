import type { PlanRecord } from '../record';

/** How a plan is named in lists: its title, or "Untitled plan" with the day it was started. */
export function planLabel(plan: Pick<PlanRecord, 'title' | 'created'>): string {
	if (plan.title.trim()) return plan.title.trim();
	const day = new Date(plan.created).toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric' });
	return `Untitled plan (${day})`;
}
