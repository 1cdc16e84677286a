import { describe, expect, it } from 'vitest';
import { groupPlans } from '../../../src/plan/plan-groups';
import { textsFor } from '../../../src/components/catalogs';

const t = textsFor('en');
const NO_PERSON = 'No name given';

const plan = (id: string, title: string, person: string, worksheet: string, updated: string) => ({
	id,
	title,
	person,
	worksheet,
	updated: `2026-11-${updated}T10:00:00.000Z`,
	created: '2026-11-01T10:00:00.000Z',
	edited: {},
});
const plans = [
	plan('a', 'Promotion', 'Sam', 'grow', '10'),
	plan('b', 'Sleep', 'Bo', 'smart', '12'),
	plan('c', 'Budget', 'sam', 'clear', '11'),
	plan('d', 'Untitled', '', 'grow', '09'),
];
const titles: Record<string, string> = { grow: 'GROW action plan', smart: 'SMART goal builder', clear: 'CLEAR coaching plan' };
const worksheetTitle = (id: string) => titles[id];
const shape = (groups: ReturnType<typeof groupPlans>) => groups.map((g) => [g.label, g.plans.map((p) => p.id)]);

describe('My plans for a coach', () => {
	it('groups by person, whatever the case of the name, most recent first, with the unnamed group among them', () => {
		expect(shape(groupPlans(plans, { by: 'person', sort: 'edited', worksheetTitle, t }))).toEqual([
			['Bo', ['b']],
			['Sam', ['c', 'a']],
			[NO_PERSON, ['d']],
		]);
	});

	it('sorts by name, with the unnamed group last', () => {
		expect(shape(groupPlans(plans, { by: 'person', sort: 'name', worksheetTitle, t }))).toEqual([
			['Bo', ['b']],
			['Sam', ['c', 'a']],
			[NO_PERSON, ['d']],
		]);
		expect(shape(groupPlans(plans, { by: 'worksheet', sort: 'name', worksheetTitle, t }))).toEqual([
			['CLEAR coaching plan', ['c']],
			['GROW action plan', ['a', 'd']],
			['SMART goal builder', ['b']],
		]);
	});

	it('filters on plan name, person and worksheet title, ignoring case', () => {
		expect(shape(groupPlans(plans, { by: 'worksheet', sort: 'edited', filter: 'SAM', worksheetTitle, t }))).toEqual([
			['CLEAR coaching plan', ['c']],
			['GROW action plan', ['a']],
		]);
		expect(shape(groupPlans(plans, { by: 'person', sort: 'edited', filter: 'smart goal', worksheetTitle, t }))).toEqual([['Bo', ['b']]]);
		expect(groupPlans(plans, { by: 'person', sort: 'edited', filter: 'nothing like it', worksheetTitle, t })).toEqual([]);
	});
});
