import type { PlanRecord } from '../../plan/record';
import { formatDate, localDay, newerFirst } from '../../plan/dates';
import { sessionHighlights, type SessionRecord, type SummaryFields } from '../../plan/session';
import { useT, withParts } from '../common/words';

interface Props {
	/** The person group's key: the client's name as typed (trimmed), '' for plans without one. */
	person: string;
	sessions: SessionRecord[];
	plans: PlanRecord[];
	worksheets: Record<string, { title: string; summary?: SummaryFields }>;
	models: Record<string, { name: string; sessionHref: string }>;
}

const minutes = (session: SessionRecord) => Math.round(Object.values(session.spent).reduce((sum, ms) => sum + ms, 0) / 60_000);

/**
 * A client's file, under their plans on My plans: every session run with them (date, model, time,
 * what it came to, the coach's private notes), newest first, each with its summary to open, print or
 * continue from, and the next date agreed.
 */
export function ClientSessions({ person, sessions, plans, worksheets, models }: Props) {
	const t = useT();
	if (!person) return null;
	const byId = new Map(plans.map((plan) => [plan.id, plan]));
	const same = (name: string | undefined) => (name ?? '').trim().toLocaleLowerCase() === person.toLocaleLowerCase();
	const theirs = sessions
		.map((session) => ({ session, plan: byId.get(session.plan), close: session.closePlan ? byId.get(session.closePlan) : undefined }))
		.filter((entry): entry is typeof entry & { plan: PlanRecord } => !!entry.plan && same(entry.plan.person))
		.sort((a, b) => newerFirst(a.session.created, b.session.created));
	if (!theirs.length) return null;
	const highlightsOf = ({ plan, close }: (typeof theirs)[number]) =>
		sessionHighlights(t, plan, worksheets[plan.worksheet]?.summary ?? {}, close, close && worksheets[close.worksheet]?.summary);
	const today = localDay(new Date());
	const next = theirs
		.map((entry) => highlightsOf(entry).next)
		.filter((day): day is string => !!day && day >= today)
		.sort()[0];
	const headingId = `plans-sessions-${encodeURIComponent(person).replace(/%/g, '')}`;

	return (
		<section class="plans-sessions" aria-labelledby={headingId}>
			<h3 id={headingId}>
				{withParts(t('plans.sessions-with', { person }), { count: <span class="plans-count">{t('plans.sessions-count', { count: theirs.length })}</span> })}
			</h3>
			<p class="plans-next">{next ? t('plans.next-date', { date: formatDate(next, t) }) : t('plans.no-next-date')}</p>
			<ol class="plans-session-list">
				{theirs.map((entry) => {
					const { session, plan } = entry;
					const highlights = highlightsOf(entry);
					const model = models[session.model];
					const href = model && `${model.sessionHref}?session=${encodeURIComponent(session.id)}`;
					return (
						<li key={session.id}>
							<p>
								<strong>{formatDate(localDay(new Date(session.created)), t)}</strong> · {model?.name ?? session.model} ·{' '}
								{session.length ? t('plans.session-minutes-of', { minutes: minutes(session), length: session.length }) : t('plans.session-minutes', { minutes: minutes(session) })} ·{' '}
								{t(session.ended ? 'plans.session-finished' : 'plans.session-not-finished')}
							</p>
							<dl class="plans-session-facts">
								<dt>{t('plans.goal')}</dt>
								<dd>{highlights.goal ?? t('plans.not-written')}</dd>
								{highlights.takeaway && (
									<>
										<dt>{t('plans.takeaway')}</dt>
										<dd>{highlights.takeaway}</dd>
									</>
								)}
								{highlights.commitment !== undefined && (
									<>
										<dt>{t('plans.commitment')}</dt>
										<dd>{highlights.commitment}</dd>
									</>
								)}
							</dl>
							{session.notes.trim() && (
								<details>
									<summary>{t('plans.private-notes')}</summary>
									<p class="ws-printed-text">{session.notes}</p>
								</details>
							)}
							{href && (
								<a href={href}>
									{t(session.ended ? 'plans.open-summary' : 'plans.continue-session')}
									<span class="sr-only">
										{t('plans.session-of', { date: formatDate(localDay(new Date(session.created)), t), worksheet: worksheets[plan.worksheet]?.title ?? plan.worksheet })}
									</span>
								</a>
							)}
						</li>
					);
				})}
			</ol>
		</section>
	);
}
