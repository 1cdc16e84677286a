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
		...planActions(plan, definition).map((action) => ({ ...action, from: `${definition.title}: ${action.from}` })),
		...(closePlan && closeDefinition ? planActions(closePlan, closeDefinition).map((action) => ({ ...action, from: `${closeDefinition.title}: ${action.from}` })) : []),
	];
	const highlights = sessionHighlights(plan, summaryFields(definition), closePlan, closeDefinition && summaryFields(closeDefinition));
	const rows = times.map((step) => ({ ...step, status: budgetStatus(session.spent[step.id] ?? 0, step.budget) }));
	const total = budgetStatus(
		times.reduce((sum, step) => sum + (session.spent[step.id] ?? 0), 0),
		session.length === null ? undefined : session.length * 60_000,
	);

	const shareLink = async () => {
		const [{ shareUrl }, { migrateRecord }] = await Promise.all([import('../../plan/link'), import('../../plan/migrate')]);
		const encoded = await plainLinkData(migrateRecord(plan, definition), definition);
		if (!encoded) return setResult(tooLongForLink(t));
		setResult({
			text: 'Anyone with this link can see the plan (not your private notes). The plan travels inside the link; nothing is uploaded.',
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
				Session summary
			</h2>
			<dl class="session-facts">
				<dt>Client</dt>
				<dd>{plan.person || 'Not named'}</dd>
				<dt>Plan</dt>
				<dd>
					{planLabel(plan, t)} ({definition.title})
				</dd>
				{closePlan && (
					<>
						<dt>Close</dt>
						<dd>{planLabel(closePlan, t)}</dd>
					</>
				)}
				<dt>Date</dt>
				<dd>{plan.date ? formatDate(plan.date) : formatDate(localDay(new Date(session.created)))}</dd>
				<dt>Model</dt>
				<dd>{modelName}</dd>
			</dl>

			<h3>What the session came to</h3>
			<dl class="session-facts session-highlights">
				<dt>Goal</dt>
				<dd>{highlights.goal ?? 'Not written yet'}</dd>
				<dt>Takeaway</dt>
				<dd>{highlights.takeaway ?? 'Not written yet'}</dd>
				<dt>Commitment</dt>
				<dd>{highlights.commitment ?? 'Not rated yet'}</dd>
			</dl>

			<h3>Actions</h3>
			{actions.length ? (
				<table class="session-table">
					<thead>
						<tr>
							<th scope="col">Action</th>
							<th scope="col">By when</th>
							<th scope="col">Written in</th>
						</tr>
					</thead>
					<tbody>
						{actions.map((action) => (
							<tr>
								<td>
									{action.what}
									{action.done && ' (done)'}
								</td>
								<td>{action.by ? formatDate(action.by) : 'No date yet'}</td>
								<td>{action.from}</td>
							</tr>
						))}
					</tbody>
				</table>
			) : (
				<p class="ws-muted">No actions written yet. Go back to any phase, or the close, to add them.</p>
			)}

			<h3>Time</h3>
			<table class="session-table">
				<thead>
					<tr>
						<th scope="col">Step</th>
						<th scope="col">Time spent</th>
						<th scope="col">Its share</th>
					</tr>
				</thead>
				<tbody>
					{rows.map((row) => (
						<tr data-over={row.status.over ? 'true' : undefined}>
							<th scope="row">{row.label}</th>
							<td>
								{row.status.spentText}
								{row.status.overText && <span class="session-over-note"> ({row.status.overText})</span>}
							</td>
							<td>{row.status.budgetText ?? (session.length === null ? 'No timer' : 'Between sessions')}</td>
						</tr>
					))}
				</tbody>
				<tfoot>
					<tr>
						<th scope="row">Whole session</th>
						<td>{total.spentText}</td>
						<td>{total.budgetText ?? 'No timer'}</td>
					</tr>
				</tfoot>
			</table>

			<div class="ws-plan-buttons session-summary-buttons print:hidden">
				<button type="button" class="ws-primary" onClick={() => window.print()}>
					Print the summary
				</button>
				<button type="button" onClick={shareLink}>
					Share link to the plan
				</button>
				<button type="button" onClick={calendar}>
					Download calendar file
				</button>
				<a href={worksheetHref} onClick={onOpenWorksheet}>
					Open the worksheet page
				</a>
			</div>
			<div role="status" class="ws-share-result print:hidden">
				{result && (
					<>
						<p class={result.error ? 'plans-error' : undefined}>{result.text}</p>
						{result.link && (
							<LinkResult
								id="session-share-link"
								label="Link to the plan"
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
