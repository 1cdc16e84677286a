/**
 * How "My plans" arranges many plans for a coach: grouped by the person a plan is for or by its
 * worksheet, narrowed by a filter, sorted by last edit or by name, with a count per group.
 */
import type { PlanRecord } from './record';
import { planLabel as labelOf } from './answers/plan-label';
import type { Translate } from './i18n/translate';
import { newerFirst } from './dates';

export type GroupBy = 'person' | 'worksheet';
export type SortBy = 'edited' | 'name';

export interface PlanGroup {
	/** Stable key: the person's name as typed (trimmed), or the worksheet id. */
	key: string;
	/** The heading the visitor reads. */
	label: string;
	plans: PlanRecord[];
}

type Listed = Pick<PlanRecord, 'id' | 'title' | 'person' | 'worksheet' | 'updated' | 'created' | 'edited'> & Partial<Pick<PlanRecord, 'origin'>>;

/**
 * The plans as groups. The filter matches any part of a plan's name, person or worksheet title,
 * ignoring case. Plans are named as the list shows them (`planLabel`), the group without a person's
 * name is headed in `t`'s words, and names are compared in `t`'s locale. Groups and the plans in them follow `sort`: most recently edited first, or by name
 * (the group without a name last).
 */
export function groupPlans<P extends Listed>(
	plans: P[],
	options: { by: GroupBy; sort: SortBy; filter?: string; worksheetTitle: (id: string) => string; t: Translate<'plans' | 'common'> },
): { key: string; label: string; plans: P[] }[] {
	const { t } = options;
	// Made when two names are first compared: sorted by edit time, most lists never need it, and a
	// page's first collator costs 10-20 ms.
	let collator: Intl.Collator | undefined;
	const compare = (a: string, b: string) => (collator ??= new Intl.Collator(t.locale, { sensitivity: 'base', numeric: true })).compare(a, b);
	const needle = (options.filter ?? '').trim().toLocaleLowerCase();
	// Each plan is named once per call, not once per comparison: a coach's 5,000 plans are sorted on every keystroke.
	const labels = new Map(plans.map((plan) => [plan, labelOf(plan, t)]));
	const planLabel = (plan: P) => labels.get(plan)!;
	const matches = (plan: P) =>
		!needle || [planLabel(plan), plan.person, options.worksheetTitle(plan.worksheet)].some((text) => text.toLocaleLowerCase().includes(needle));
	const byName = (a: P, b: P) => compare(planLabel(a), planLabel(b)) || newerFirst(a.updated, b.updated);
	const byEdited = (a: P, b: P) => newerFirst(a.updated, b.updated) || compare(planLabel(a), planLabel(b));
	const groups = new Map<string, { key: string; label: string; plans: P[] }>();
	for (const plan of plans.filter(matches)) {
		const key = options.by === 'person' ? plan.person.trim() : plan.worksheet;
		const label = options.by === 'person' ? key || t('plans.no-person') : options.worksheetTitle(key);
		// People's names are grouped whatever their case ("sam" with "Sam").
		const groupKey = options.by === 'person' ? key.toLocaleLowerCase() : key;
		const group = groups.get(groupKey) ?? { key, label, plans: [] };
		group.plans.push(plan);
		groups.set(groupKey, group);
	}
	const list = [...groups.values()];
	for (const group of list) group.plans.sort(options.sort === 'name' ? byName : byEdited);
	const unnamedLast = (a: { key: string }, b: { key: string }) => Number(a.key === '' && options.by === 'person') - Number(b.key === '' && options.by === 'person');
	return list.sort((a, b) =>
		options.sort === 'name'
			? unnamedLast(a, b) || compare(a.label, b.label)
			: newerFirst(a.plans[0].updated, b.plans[0].updated) || compare(a.label, b.label),
	);
}
