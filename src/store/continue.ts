// "Continue in…" as a store action, in its own module so the worksheet's first download does not carry
// the mapping code: only the lazily loaded ContinueIn component imports it.
import type { PlanRecord } from '../plan/record';
import type { Translate } from '../plan/i18n/translate';
import { continuedAnswers, type ContinueTarget } from '../plan/continue';
import { continuedTitle } from '../plan/answers/plan-label';
import { localDay, newerFirst } from '../plan/dates';
import { withCloseAnswers } from '../plan/session-close';
import { createPlan, getPlan } from './plans';

/** The answers of the latest session close of a plan run as a session, if any. The session store loads only here. */
async function latestCloseAnswers(planId: string): Promise<Record<string, unknown>> {
	const { $sessions } = await import('./sessions');
	const closes = $sessions
		.get()
		.filter((session) => session.plan === planId && session.closePlan)
		.sort((a, b) => newerFirst(a.ended ?? a.updated, b.ended ?? b.updated));
	for (const session of closes) {
		const close = getPlan(session.closePlan!);
		if (close) return close.answers;
	}
	return {};
}

/**
 * Starts a plan of another worksheet from a plan ("Continue in…"): the target's mapped answers are
 * filled from the source and from the close of its latest session (`close-…` paths), the person comes
 * along, the new plan is named for what it is (whose, which worksheet, after which plan's day), and it
 * links back to its source. The source plan is not changed. The new plan becomes the one its worksheet shows.
 */
export async function continuePlan(sourceId: string, target: Pick<ContinueTarget, 'id' | 'title' | 'version' | 'carries'>, t: Translate<'common' | 'print'>): Promise<PlanRecord | undefined> {
	const source = getPlan(sourceId);
	if (!source) return undefined;
	const today = localDay();
	const answers = withCloseAnswers(source.answers, await latestCloseAnswers(sourceId));
	return createPlan(
		{ id: target.id, version: target.version },
		{
			title: continuedTitle(source, target.title, t),
			person: source.person,
			date: today,
			answers: continuedAnswers(answers, target.carries, today, t),
			from: { plan: source.id, worksheet: source.worksheet },
		},
	);
}
