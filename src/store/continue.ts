// "Continue in…" as a store action, in its own module so the worksheet's first download does not carry
// the mapping code: only the lazily loaded ContinueIn component imports it.
import type { PlanRecord } from '../plan/record';
import { continuedAnswers, type ContinueTarget } from '../plan/continue';
import { continuedTitle } from '../plan/answers/plan-label';
import { localDay } from '../plan/dates';
import { createPlan, getPlan } from './plans';

/**
 * Starts a plan of another worksheet from a plan ("Continue in…"): the target's mapped answers are
 * filled from the source, the person comes along, the new plan is named for what it is (whose, which
 * worksheet, after which plan's day), and it links back to its source.
 * The source plan is not changed. The new plan becomes the one its worksheet shows.
 */
export function continuePlan(sourceId: string, target: Pick<ContinueTarget, 'id' | 'title' | 'version' | 'carries'>): PlanRecord | undefined {
	const source = getPlan(sourceId);
	if (!source) return undefined;
	const today = localDay();
	return createPlan(
		{ id: target.id, version: target.version },
		{
			title: continuedTitle(source, target.title),
			person: source.person,
			date: today,
			answers: continuedAnswers(source.answers, target.carries, today),
			from: { plan: source.id, worksheet: source.worksheet },
		},
	);
}
