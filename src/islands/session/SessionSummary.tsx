import { useState } from 'preact/hooks';
import type { PlanRecord } from '../../plan/record';
import type { WorksheetDefinition } from '../../schemas/worksheet';
import { formatDate, localDay } from '../../plan/dates';
import { planLabel } from '../../plan/answers/plan-label';
import { useT } from '../common/words';
import { budgetStatus, planActions, sessionHighlights, summaryFields, withClosePlan, type SessionRecord } from '../../plan/session';
import { siteBase } from '../common/site-base';
import { copiedText, LinkResult } from '../share/LinkResult';
import { downloadCalendar, plainLinkData, tooLongForLink, type ExportResult } from '../share/plan-exports';

interface Props {
	session: SessionRecord;
	modelName: string;
	plan: PlanRecord;
	definition: WorksheetDefinition;
	closePlan?: PlanRecord;
	closeDefinition?: WorksheetDefinition;
	/** Each step to report, with its label and budget in ms (absent without a timer, and for a phase between sessions). */
	times: { id: string; label: string; budget?: number }[];
	worksheetHref: string;
	onOpenWorksheet: () => void;
}


/** The end of the session: actions with dates, time against budget, and ways to take the plan away. */
export function SessionSummary(props: Props) {
	const t = useT();
	const { session, modelName, plan, definition, closePlan, closeDefinition, times, worksheetHref, onOpenWorksheet } = props;
	const [result, setResult] = useState<ExportResult | null>(null);
	const actions = [
		...planActions(plan, definition, t).map((action) => ({ ...action, from: t('session.in-part', { part: definition.title, field: action.from }) })),
		...(closePlan && closeDefinition
			? planActions(closePlan, closeDefinition, t).map((action) => ({ ...action, from: t('session.in-part', { part: closeDefinition.title, field: action.from }) }))
			: []),
	];
	const highlights = sessionHighlights(t, plan, summaryFields(definition), closePlan, closeDefinition && summaryFields(closeDefinition));
	const rows = times.map((step) => ({ ...step, status: budgetStatus(session.spent[step.id] ?? 0, step.budget, t) }));
	const total = budgetStatus(
		times.reduce((sum, step) => sum + (session.spent[step.id] ?? 0), 0),
		session.length === null ? undefined : session.length * 60_000,
		t,
	);

	const shareLink = async () => {
		const [{ shareUrl }, { migrateRecord }] = await Promise.all([import('../../plan/link'), import('../../plan/migrate')]);
		const encoded = await plainLinkData(migrateRecord(plan, definition), definition);
		if (!encoded) return setResult(tooLongForLink(t));
		setResult({
			text: t('session.share-result'),
			link: shareUrl(siteBase(), definition.id, encoded, 'plan'),
		});
	};

	const calendar = async () => {
		const joined = withClosePlan(plan, definition, closePlan, closeDefinition);
		setResult(await downloadCalendar(t, joined.record, joined.definition, plan));
	};

	return (
		<section class="session-screen session-summary" aria-labelledby="session-heading">
			<h2 id="session-heading" class="session-heading" tabIndex={-1}>
				{t('session.summary-heading')}
			</h2>
			<dl class="session-facts">
				<dt>{t('session.client')}</dt>
				<dd>{plan.person || t('session.not-named')}</dd>
				<dt>{t('session.plan')}</dt>
				<dd>{t('session.plan-of-worksheet', { plan: planLabel(plan, t), worksheet: definition.title })}</dd>
				{closePlan && (
					<>
						<dt>{t('session.close')}</dt>
						<dd>{planLabel(closePlan, t)}</dd>
					</>
				)}
				<dt>{t('session.date')}</dt>
				<dd>{plan.date ? formatDate(plan.date, t) : formatDate(localDay(new Date(session.created)), t)}</dd>
				<dt>{t('session.model')}</dt>
				<dd>{modelName}</dd>
			</dl>

			<h3>{t('session.came-to')}</h3>
			<dl class="session-facts session-highlights">
				<dt>{t('session.goal')}</dt>
				<dd>{highlights.goal ?? t('session.not-written')}</dd>
				<dt>{t('session.takeaway')}</dt>
				<dd>{highlights.takeaway ?? t('session.not-written')}</dd>
				<dt>{t('session.commitment')}</dt>
				<dd>{highlights.commitment ?? t('session.not-rated')}</dd>
			</dl>

			<h3>{t('session.actions')}</h3>
			{actions.length ? (
				<table class="session-table">
					<thead>
						<tr>
							<th scope="col">{t('session.action')}</th>
							<th scope="col">{t('session.by-when')}</th>
							<th scope="col">{t('session.written-in')}</th>
						</tr>
					</thead>
					<tbody>
						{actions.map((action) => (
							<tr>
								<td>{action.done ? t('session.action-done', { action: action.what }) : action.what}</td>
								<td>{action.by ? formatDate(action.by, t) : t('session.no-date')}</td>
								<td>{action.from}</td>
							</tr>
						))}
					</tbody>
				</table>
			) : (
				<p class="ws-muted">{t('session.no-actions')}</p>
			)}

			<h3>{t('session.time')}</h3>
			<table class="session-table">
				<thead>
					<tr>
						<th scope="col">{t('session.step')}</th>
						<th scope="col">{t('session.time-spent')}</th>
						<th scope="col">{t('session.its-share')}</th>
					</tr>
				</thead>
				<tbody>
					{rows.map((row) => (
						<tr data-over={row.status.over ? 'true' : undefined}>
							<th scope="row">{row.label}</th>
							<td>
								{row.status.spentText}
								{row.status.overText && <span class="session-over-note"> {t('session.over-note', { over: row.status.overText })}</span>}
							</td>
							<td>{row.status.budgetText ?? (session.length === null ? t('session.no-timer') : t('session.between-sessions'))}</td>
						</tr>
					))}
				</tbody>
				<tfoot>
					<tr>
						<th scope="row">{t('session.whole-session')}</th>
						<td>{total.spentText}</td>
						<td>{total.budgetText ?? t('session.no-timer')}</td>
					</tr>
				</tfoot>
			</table>

			<div class="ws-plan-buttons session-summary-buttons print:hidden">
				<button type="button" class="ws-primary" onClick={() => window.print()}>
					{t('session.print')}
				</button>
				<button type="button" onClick={shareLink}>
					{t('session.share')}
				</button>
				<button type="button" onClick={calendar}>
					{t('session.calendar')}
				</button>
				<a href={worksheetHref} onClick={onOpenWorksheet}>
					{t('session.open-worksheet')}
				</a>
			</div>
			<div role="status" class="ws-share-result print:hidden">
				{result && (
					<>
						<p class={result.error ? 'plans-error' : undefined}>{result.text}</p>
						{result.link && (
							<LinkResult
								id="session-share-link"
								label={t('session.share-link-label')}
								link={result.link}
								onCopied={(copied) => setResult((r) => r && { ...r, text: copiedText(t, copied) })}
							/>
						)}
					</>
				)}
			</div>
		</section>
	);
}
