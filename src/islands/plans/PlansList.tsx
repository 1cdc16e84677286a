import type { PLANS_WORDS } from './plans-words';
import { useEffect, useMemo, useState } from 'preact/hooks';
import { useStore } from '@nanostores/preact';
import { $plans, deletePlan, duplicatePlan, setActivePlan } from '../../store/plans';
import type { PlanRecord } from '../../plan/record';
import type { Words } from '../../plan/i18n/translate';
import { useT, useTranslator, WordsContext } from '../common/words';
import { PlanRow } from './PlanRow';
import { momentInWords } from '../../plan/moments';
import { groupPlans, type GroupBy, type SortBy } from '../../plan/plan-groups';
import { UndoDelete } from '../common/UndoDelete';
import { $downloads } from '../../store/downloads';
import { useLater } from '../common/use-later';
import { keepsAny } from '../../store/keeps-any';
import { SESSION_PREFIX } from '../../store/keys';
import type { SalvageField } from '../../plan/salvage';
import type { SummaryFields } from '../../plan/session';

interface Props {
	/** Title, page address and current version of every worksheet on the site, by id. */
	worksheets: Record<string, { title: string; href: string; version: number; fields?: SalvageField[]; summary?: SummaryFields }>;
	/** Each model's name and session page, by model id. */
	models?: Record<string, { name: string; sessionHref: string }>;
}

/**
 * A client's sessions and the validation they need, fetched as soon as this code runs, and only when
 * the browser keeps sessions at all (most visitors keep none).
 */
const sessionsPart = typeof window !== 'undefined' && keepsAny(SESSION_PREFIX) ? import('./sessions-part') : null;

/** No plans, the same array each time (so memos keep). */
const NONE: PlanRecord[] = [];

/** Rows shown at first, and added by each "Show more" (a coach with 500 plans still sees them all). */
const PAGE = 500;
/**
 * Rows rendered in the list's first paint (more than a laptop's screen holds), then in each later task
 * until the page is shown: building and laying out 500 rows at once held a coach's first screen back about
 * 290 ms. Forty rows took 20-40 ms in a profiled load here; twenty keep a batch near 12 ms, which a phone
 * four times slower still does within a 50 ms task.
 */
const FIRST_ROWS = 24;
const MORE_ROWS = 20;

/**
 * The "My plans" list: every plan in this browser, grouped by person or worksheet with a count per
 * group, filtered and sorted, with open, duplicate and delete (undoable).
 */
export default function PlansList({ words, ...props }: Props & { words: Words<(typeof PLANS_WORDS)[number] | 'common'> }) {
	return (
		<WordsContext.Provider value={useTranslator(words)}>
			<Plans {...props} />
		</WordsContext.Provider>
	);
}

function Plans({ worksheets, models = {} }: Props) {
	const t = useT();
	// Written from the catalog's names, not by `Intl` (see dates.ts): the first date formatter cost 120-400 ms here.
	const edited = (iso: string) => momentInWords(new Date(iso), t);
	const plans = useStore($plans, { ssr: () => [] });
	const downloads = useStore($downloads, { ssr: () => ({}) });
	const part = useLater(() => sessionsPart ?? Promise.resolve(null));
	// Rows wait for the sessions under them, when there are any, so those do not push the rows about.
	const sessionsReady = !sessionsPart || !!part;
	const [hydrated, setHydrated] = useState(false);
	useEffect(() => setHydrated(true), []);
	// The tools under the list (moving plans, files, links, damaged plans) are rendered by the server
	// (plans.astro), disabled; their code loads once the list is up, and hydrates that markup in place.
	const [toolsAwake, setToolsAwake] = useState(false);
	useEffect(() => {
		import('./wake-tools').then(({ wakeTools }) => {
			const root = document.getElementById('plans-tools');
			if (root) wakeTools(root, t, { worksheets, onAwake: () => setToolsAwake(true) });
			else setToolsAwake(true);
		});
	}, []);
	const [filter, setFilter] = useState('');
	const [by, setBy] = useState<GroupBy>('person');
	const [sort, setSort] = useState<SortBy>('edited');
	const worksheetTitle = (id: string) => worksheets[id]?.title ?? t('plans.not-on-site', { id });
	const listed = sessionsReady ? plans : NONE;
	const groups = useMemo(() => groupPlans(listed, { by, sort, filter, worksheetTitle, t }), [listed, by, sort, filter, t]);
	const shown = groups.reduce((sum, group) => sum + group.plans.length, 0);
	// Rows render a page at a time: 5,000 plans as rows would stall a slow phone on load and on
	// every keystroke in the filter; the filter itself still searches every plan.
	const [limit, setLimit] = useState(PAGE);
	const [grown, setGrown] = useState(FIRST_ROWS);
	const rendered = Math.min(limit, grown);
	const growing = rendered < Math.min(limit, shown);
	useEffect(() => {
		// Effects run after the paint, so each batch of rows is on screen before the next is built.
		if (!growing) return;
		const next = setTimeout(() => setGrown(rendered + MORE_ROWS));
		return () => clearTimeout(next);
	}, [growing, rendered]);
	// A new filter, grouping or order starts again from a screenful, so each keystroke answers at once
	// even among 5,000 plans (all 500 rows changing took 130-190 ms a key).
	const view = <T,>(set: (value: T) => void, value: T) => {
		set(value);
		setGrown(FIRST_ROWS);
	};
	let budget = rendered;
	const pages = groups
		.map((group) => {
			const rows = group.plans.slice(0, Math.max(0, budget));
			budget -= rows.length;
			return { group, rows };
		})
		.filter(({ rows }) => rows.length > 0);
	const more = Math.min(PAGE, shown - limit);
	// Ready once the list, all its rows and everything under it answer.
	const ready = hydrated && sessionsReady && toolsAwake && !growing;
	// What sits under the list shows again now that the rows are in (see ReadingPlans.astro).
	useEffect(() => {
		if (ready) delete document.documentElement.dataset.readingPlans;
	}, [ready]);
	// One listener for every row's link and buttons (three per row were 1,500 listeners to add on load).
	const act = (event: MouseEvent) => {
		const control = (event.target as Element).closest<HTMLElement>('[data-act]');
		const plan = control && plans.find(({ id }) => id === control.closest('tr')?.dataset.plan);
		if (!plan) return;
		if (control.dataset.act === 'open') setActivePlan(plan.worksheet, plan.id);
		else if (control.dataset.act === 'duplicate') duplicatePlan(plan.id);
		else if (control.dataset.act === 'delete') deletePlan(plan.id);
	};

	return (
		<div class="plans-list not-content" data-ready={ready ? 'true' : 'false'} onClick={act}>
			<UndoDelete />
			{/* Until the browser's plans are read, a line of the same length holds the place, so the page does not shift. */}
			{listed.length === 0 && (
				<p class="plans-empty">
					{t(ready ? 'plans.none-yet' : 'plans.looking')}
				</p>
			)}
			{listed.length > 0 && (
				<div class="plans-controls" role="search" aria-label={t('plans.find')}>
					<div class="plans-control">
						<label for="plans-filter">{t('plans.filter')}</label>
						<input type="search" id="plans-filter" value={filter} placeholder={t('plans.filter-placeholder')} onInput={(e) => view(setFilter, e.currentTarget.value)} />
					</div>
					<div class="plans-control">
						<label for="plans-group">{t('plans.group-by')}</label>
						<select id="plans-group" value={by} onChange={(e) => view(setBy, e.currentTarget.value as GroupBy)}>
							<option value="person">{t('plans.by-person')}</option>
							<option value="worksheet">{t('plans.by-worksheet')}</option>
						</select>
					</div>
					<div class="plans-control">
						<label for="plans-sort">{t('plans.sort-by')}</label>
						<select id="plans-sort" value={sort} onChange={(e) => view(setSort, e.currentTarget.value as SortBy)}>
							<option value="edited">{t('plans.sort-edited')}</option>
							<option value="name">{t('plans.sort-name')}</option>
						</select>
					</div>
					<p class="plans-shown" role="status">
						{shown === listed.length ? t('plans.count', { count: listed.length }) : t('plans.match', { shown, total: listed.length })}
					</p>
				</div>
			)}
			{listed.length > 0 && shown === 0 && <p>{t('plans.no-match', { filter: filter.trim() })}</p>}
			{pages.map(({ group, rows }, g) => (
				<section
					class="plans-group"
					aria-labelledby={`plans-group-${g}`}
					data-group={group.key}
					// Its height before it is laid out (see .plans-group), so the scroll bar stays put: about a row's height per plan.
					style={{ containIntrinsicSize: `auto ${6 + rows.length * 3.5}rem` }}
				>
					<h2 id={`plans-group-${g}`}>
						{group.label} <span class="plans-count">{t('plans.group-count', { count: group.plans.length })}</span>
					</h2>
					<table class="plans-table">
						<caption class="sr-only">{t('plans.group-caption', { group: group.label })}</caption>
						<thead>
							<tr>
								<th scope="col">{t('plans.col-plan')}</th>
								<th scope="col">{t('plans.col-worksheet')}</th>
								<th scope="col">{t('plans.col-edited')}</th>
								<th scope="col">{t('plans.col-downloaded')}</th>
								<th scope="col">
									<span class="sr-only">{t('plans.col-actions')}</span>
								</th>
							</tr>
						</thead>
						<tbody>
							{rows.map((plan) => (
								<PlanRow key={plan.id} plan={plan} sheet={worksheets[plan.worksheet]} downloaded={downloads[plan.id]} t={t} when={edited} />
							))}
						</tbody>
					</table>
					{by === 'person' && part && <part.PersonSessions person={group.key} plans={plans} worksheets={worksheets} models={models} />}
				</section>
			))}
			{more > 0 && (
				<p class="plans-more">
					<button type="button" onClick={() => setLimit(limit + PAGE)}>
						{t('plans.show-more', { count: more })}
					</button>{' '}
					<span class="ws-hint">{t('plans.shown-of', { limit, shown })}</span>
				</p>
			)}
		</div>
	);
}
