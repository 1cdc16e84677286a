import { useEffect, useMemo, useState } from 'preact/hooks';
import { useStore } from '@nanostores/preact';
import { $plans, deletePlan, duplicatePlan, setActivePlan } from '../../store/plans';
import { planLabel } from '../../plan/answers/plan-label';
import { useT } from '../common/words';
import { groupPlans, type GroupBy, type SortBy } from '../../plan/plan-groups';
import { UndoDelete } from '../common/UndoDelete';
import { $downloads } from '../../store/downloads';
import { $sessions } from '../../store/sessions';
import { ClientSessions } from './ClientSessions';
import { downloadPlans } from '../common/download';
import { PlanFileImport } from './PlanFileImport';
import { PlanLinkOpener } from './PlanLinkOpener';
import { StorageHealth } from './StorageHealth';
import { MovePlans } from './MovePlans';
import { QuarantineList } from './QuarantineList';
import type { SalvageField } from '../../plan/salvage';
import type { SummaryFields } from '../../plan/session';

interface Props {
	/** Title, page address and current version of every worksheet on the site, by id. */
	worksheets: Record<string, { title: string; href: string; version: number; fields?: SalvageField[]; summary?: SummaryFields }>;
	/** Each model's name and session page, by model id. */
	models?: Record<string, { name: string; sessionHref: string }>;
}

/** Rows shown at first, and added by each "Show more" (a coach with 500 plans still sees them all). */
const PAGE = 500;

// One formatter for every row: `toLocaleString` builds a new one per call (737 ms of 500 rows' load in a 4× slowed profile).
const editedFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' });
const edited = (iso: string) => editedFormat.format(new Date(iso));

/**
 * The "My plans" list: every plan in this browser, grouped by person or worksheet with a count per
 * group, filtered and sorted, with open, duplicate and delete (undoable).
 */
export default function PlansList({ worksheets, models = {} }: Props) {
	const t = useT();
	const plans = useStore($plans, { ssr: () => [] });
	const downloads = useStore($downloads, { ssr: () => ({}) });
	const sessions = useStore($sessions, { ssr: () => [] });
	// Busy while the file is built: a slow phone takes a moment with many plans, and a second
	// press would start a second download.
	const [downloading, setDownloading] = useState(false);
	const downloadAll = async () => {
		if (downloading) return;
		setDownloading(true);
		try {
			await downloadPlans(plans, { all: true, sessions });
		} finally {
			setDownloading(false);
		}
	};
	const [ready, setReady] = useState(false);
	useEffect(() => setReady(true), []);
	const [filter, setFilter] = useState('');
	const [by, setBy] = useState<GroupBy>('person');
	const [sort, setSort] = useState<SortBy>('edited');
	const worksheetTitle = (id: string) => worksheets[id]?.title ?? `${id} (not on this site)`;
	const groups = useMemo(() => groupPlans(plans, { by, sort, filter, worksheetTitle, t }), [plans, by, sort, filter]);
	const shown = groups.reduce((sum, group) => sum + group.plans.length, 0);
	// Rows render a page at a time: 5,000 plans as rows would stall a slow phone on load and on
	// every keystroke in the filter; the filter itself still searches every plan.
	const [limit, setLimit] = useState(PAGE);
	let budget = limit;
	const pages = groups
		.map((group) => {
			const rows = group.plans.slice(0, Math.max(0, budget));
			budget -= rows.length;
			return { group, rows };
		})
		.filter(({ rows }) => rows.length > 0);
	const more = Math.min(PAGE, shown - limit);

	return (
		<div class="plans-list not-content" data-ready={ready ? 'true' : 'false'}>
			<UndoDelete />
			{/* Until the browser's plans are read, a line of the same length holds the place, so the page does not shift. */}
			{plans.length === 0 && (
				<p class="plans-empty">
					{ready ? 'No plans yet. Open any worksheet and start typing: your plan appears here.' : 'Looking for the plans saved in this browser; any it holds are listed here.'}
				</p>
			)}
			{plans.length > 0 && (
				<div class="plans-controls" role="search" aria-label="Find plans">
					<div class="plans-control">
						<label for="plans-filter">Filter</label>
						<input type="search" id="plans-filter" value={filter} placeholder="Name, person or worksheet" onInput={(e) => setFilter(e.currentTarget.value)} />
					</div>
					<div class="plans-control">
						<label for="plans-group">Group by</label>
						<select id="plans-group" value={by} onChange={(e) => setBy(e.currentTarget.value as GroupBy)}>
							<option value="person">Person</option>
							<option value="worksheet">Worksheet</option>
						</select>
					</div>
					<div class="plans-control">
						<label for="plans-sort">Sort by</label>
						<select id="plans-sort" value={sort} onChange={(e) => setSort(e.currentTarget.value as SortBy)}>
							<option value="edited">Last edited</option>
							<option value="name">Name</option>
						</select>
					</div>
					<p class="plans-shown" role="status">
						{shown === plans.length ? `${plans.length} ${plans.length === 1 ? 'plan' : 'plans'}` : `${shown} of ${plans.length} plans match`}
					</p>
				</div>
			)}
			{plans.length > 0 && shown === 0 && <p>No plan matches “{filter.trim()}”.</p>}
			{pages.map(({ group, rows }, g) => (
				<section
					class="plans-group"
					aria-labelledby={`plans-group-${g}`}
					data-group={group.key}
					// Its height before it is laid out (see .plans-group), so the scroll bar stays put: about a row's height per plan.
					style={{ containIntrinsicSize: `auto ${6 + rows.length * 3.5}rem` }}
				>
					<h2 id={`plans-group-${g}`}>
						{group.label} <span class="plans-count">({group.plans.length} {group.plans.length === 1 ? 'plan' : 'plans'})</span>
					</h2>
					<table class="plans-table">
						<caption class="sr-only">Plans: {group.label}</caption>
						<thead>
							<tr>
								<th scope="col">Plan</th>
								<th scope="col">Worksheet</th>
								<th scope="col">Last edited</th>
								<th scope="col">Last downloaded</th>
								<th scope="col">
									<span class="sr-only">Actions</span>
								</th>
							</tr>
						</thead>
						<tbody>
							{rows.map((plan) => {
								const sheet = worksheets[plan.worksheet];
								return (
									<tr data-plan={plan.id}>
										<th scope="row">
											{sheet ? (
												<a href={sheet.href} onClick={() => setActivePlan(plan.worksheet, plan.id)}>
													{planLabel(plan, t)}
												</a>
											) : (
												planLabel(plan, t)
											)}
											{plan.person && <span class="plans-person"> · {plan.person}</span>}
											{plan.sentBack && (
												<span class="plans-sent">
													{' '}
													· Sent back to the coach <time dateTime={plan.sentBack}>{edited(plan.sentBack)}</time>
												</span>
											)}
										</th>
										<td>{sheet?.title ?? `${plan.worksheet} (not on this site)`}</td>
										<td>
											<span class="plans-cell-label">Last edited </span>
											<time dateTime={plan.updated}>{edited(plan.updated)}</time>
										</td>
										<td>
											<span class="plans-cell-label">Last downloaded </span>
											{downloads[plan.id] ? <time dateTime={downloads[plan.id]}>{edited(downloads[plan.id])}</time> : 'never'}
										</td>
										<td class="plans-buttons">
											<button type="button" onClick={() => duplicatePlan(plan.id)} aria-label={`Duplicate ${planLabel(plan, t)}`}>
												Duplicate
											</button>
											<button type="button" onClick={() => deletePlan(plan.id)} aria-label={`Delete ${planLabel(plan, t)}`}>
												Delete
											</button>
										</td>
									</tr>
								);
							})}
						</tbody>
					</table>
					{by === 'person' && <ClientSessions person={group.key} sessions={sessions} plans={plans} worksheets={worksheets} models={models} />}
				</section>
			))}
			{more > 0 && (
				<p class="plans-more">
					<button type="button" onClick={() => setLimit(limit + PAGE)}>
						Show {more} more {more === 1 ? 'plan' : 'plans'}
					</button>{' '}
					<span class="ws-hint">
						{limit} of {shown} shown
					</span>
				</p>
			)}
			<section class="plans-keep" aria-labelledby="plans-keep-heading">
				<h2 id="plans-keep-heading">Keep your plans safe</h2>
				<StorageHealth />
				<button type="button" disabled={plans.length === 0} aria-busy={downloading ? 'true' : undefined} aria-disabled={downloading ? 'true' : undefined} onClick={downloadAll}>
					{downloading ? 'Preparing the file…' : 'Download all plans'}
				</button>
				<p class="ws-hint">
					One file with every plan, and your sessions with their private notes; “Open a plan file” below reads the plans back, here or on
					another device. Keep the file as safe as the notes in it.
				</p>
			</section>
			<MovePlans />
			<PlanFileImport worksheets={worksheets} />
			<PlanLinkOpener worksheets={worksheets} />
			<QuarantineList worksheets={worksheets} />
		</div>
	);
}
