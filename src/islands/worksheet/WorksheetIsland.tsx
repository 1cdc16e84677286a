import { useEffect, useMemo, useState } from 'preact/hooks';
import { useStore } from '@nanostores/preact';
import type { WorksheetDefinition } from '../../schemas/worksheet';
import {
	$plans,
	activePlanOf,
	createPlan,
	deletePlan,
	duplicatePlan,
	editAnswer,
	editHeader,
	setActivePlan,
} from '../../store/plans';
import { useLater } from '../common/use-later';
import { InTurn, takeTurn } from '../common/in-turn';
import { useFragment } from './use-fragment';
import { keepsAny } from '../../store/keeps-any';
import { QUARANTINE_PREFIX } from '../../store/keys';
import { printPlan } from '../common/print-plan';
import type { KnownWorksheets } from '../../plan/codecs/plan-file';
import type { ContinueTarget } from '../../plan/continue';
import type { HeaderField, PlanRecord } from '../../plan/record';
import { $saveState } from '../../store/storage';
import { Field } from './Field';
import { formatDate } from '../../plan/dates';
import { planLabel, shownTitle } from '../../plan/answers/plan-label';
import { fieldFor } from '../../plan/answers/reader-hints';
import type { Words } from '../../plan/i18n/translate';
import { useT, useTranslator, WordsContext } from '../common/words';
import type { WORKSHEET_WORDS } from './worksheet-words';

interface Props {
	definition: WorksheetDefinition;
	/** Phase names of the worksheet's model by phase id, for section headings. */
	phaseNames: Record<string, string>;
	/** Address of this worksheet's blank copy page. */
	blankHref: string;
	/** True on the blank copy page: nothing is loaded or saved. */
	blank?: boolean;
	/** Every worksheet on the site with its version, to check plans arriving by link. */
	known: KnownWorksheets;
	/** Worksheets a plan of this one can continue in ("Continue in…"), with the answers each takes. */
	continueTo?: ContinueTarget[];
	/** Title and address of each worksheet a plan of this one can be continued from, by id. */
	continueSources?: Record<string, { title: string; href: string }>;
	/** The interface's words in the page's language (see WORKSHEET_WORDS). */
	words: Words<(typeof WORKSHEET_WORDS)[number] | 'common'>;
}

const NO_ANSWERS: Record<string, unknown> = {};

/** A worksheet bound to the visitor's saved plans: every change is saved at once. */
export default function WorksheetIsland({ words, ...props }: Props) {
	return (
		<WordsContext.Provider value={useTranslator(words)}>
			<Worksheet {...props} />
		</WordsContext.Provider>
	);
}

function Worksheet({ definition, phaseNames, blankHref, blank = false, known, continueTo = [], continueSources = {} }: Omit<Props, 'words'>) {
	const t = useT();
	const $active = useMemo(() => activePlanOf(definition.id, definition), [definition.id]);
	const active = useStore($active, { ssr: () => null });
	const plans = useStore($plans, { ssr: () => [] }).filter((plan) => plan.worksheet === definition.id);
	// Every store starts from its server value so hydration matches the HTML (Preact does not patch
	// attributes while hydrating), then shows the browser's real state.
	const saveState = useStore($saveState, { ssr: () => ({ status: 'idle' as const }) });
	// Ready once every section has hydrated, each in its turn (see InTurn). Until then the fieldset is
	// disabled and no plan is shown, so the sections keep the props the server rendered them with.
	const [ready, setReady] = useState(false);
	useEffect(() => takeTurn().then(() => setReady(true)), []);

	// A share link shows someone's plan read-only until the visitor saves a copy (see OpenedLink).
	const [shared, setShared] = useState<PlanRecord | null>(null);
	// A coach link or a private link waiting for the visitor keeps the worksheet closed (see OpenedLink).
	const [holding, setHolding] = useState(false);
	const plan = blank || !ready ? null : (shared ?? active);
	const answers = plan?.answers ?? NO_ANSWERS;
	// The download helper loads on use: typing never needs it.
	const download = () => plan && import('../common/download').then(({ downloadPlans }) => downloadPlans([plan], t));
	const extras = useLater(() => import('./plan-extras'));
	const parts = useLater(() => import('./plan-parts'), !!plan);
	// A link's handling loads when the address carries a fragment (at load or later); salvage, when
	// this browser keeps a damaged plan (set aside as the plan store connected, before hydration).
	const linked = useFragment();
	const keepsDamaged = useMemo(() => keepsAny(QUARANTINE_PREFIX), []);
	const opened = useLater(() => import('./OpenedLink'), linked && !blank);
	const damaged = useLater(() => import('./DamagedPlans'), keepsDamaged && !blank);
	const onAnswer = (fieldId: string) => (compute: (answers: Record<string, unknown>) => unknown) => editAnswer(definition, fieldId, compute);
	const onHeader = (field: HeaderField) => (event: Event) => editHeader(definition, field, (event.currentTarget as HTMLInputElement).value);
	// A double hyphen keeps these ids apart from field ids, which start with a letter.
	const headerId = (field: string) => `ws-${definition.id}--${field}`;

	// The sections, made again only when the plan or its parts change (the island's props never do): the
	// render after hydration (ready, the stores' real values) then skips their hundreds of elements.
	const sections = useMemo(
		() =>
			definition.sections.map((section) => (
				<InTurn hydrating={!ready}>
					<section class="ws-section" aria-labelledby={`ws-${definition.id}--section-${section.phase}`}>
						<h2 id={`ws-${definition.id}--section-${section.phase}`}>{section.title ?? phaseNames[section.phase] ?? section.phase}</h2>
						{section.intro && <p class="ws-section-intro">{section.intro}</p>}
						{section.fields.map((field) => (
							<Field
								key={field.id}
								field={fieldFor(field, plan?.context ? 'client' : 'coach')}
								answers={answers}
								onChange={onAnswer(field.id)}
								idPrefix={`ws-${definition.id}-`}
							/>
						))}
						{parts &&
							plan &&
							section.fields.map(
								(field) =>
									field.kind === 'reviews' && (
										<parts.RoundsProgress key={`${field.id}-progress`} field={field} value={answers[field.id]} idPrefix={`ws-${definition.id}-`} />
									),
							)}
					</section>
				</InTurn>
			)),
		[plan, parts],
	);

	return (
		<div class="worksheet not-content" data-worksheet={definition.id} data-ready={ready ? 'true' : 'false'} data-blank={blank ? 'true' : undefined}>
			<header class="ws-print-header print-only">
				<p class="ws-print-kind">{definition.title}</p>
				<h2 class="ws-print-title">{(plan && shownTitle(plan, t)) || (blank ? '' : t('common.untitled-plan'))}</h2>
				<dl>
					<dt>{t('print.name')}</dt>
					<dd>{plan?.person || <span class="ws-ruled ws-inline-ruled" />}</dd>
					<dt>{t('print.date')}</dt>
					<dd>{plan?.date ? formatDate(plan.date, t) : <span class="ws-ruled ws-inline-ruled" />}</dd>
				</dl>
			</header>

			{damaged && <damaged.DamagedPlans definition={definition} />}
			{opened && <opened.OpenedLink definition={definition} known={known} onShared={setShared} onHold={setHolding} />}

			{!blank && !shared && !holding && (
				<section class="ws-plans print:hidden" aria-label={t('worksheet.plans-label')}>
					<div class="ws-plan-row">
						<label for={headerId('plan')}>{t('worksheet.plan')}</label>
						<select
							id={headerId('plan')}
							disabled={!ready}
							value={plan?.id ?? ''}
							onChange={(e) => setActivePlan(definition.id, e.currentTarget.value)}
						>
							{!plan && <option value="">{t('worksheet.new-plan-option')}</option>}
							{plans.map((p) => (
								<option value={p.id}>{planLabel(p, t)}</option>
							))}
						</select>
					</div>
					<div class="ws-plan-buttons">
						<button type="button" disabled={!ready} onClick={() => createPlan(definition)}>
							{t('worksheet.new-plan')}
						</button>
						<button type="button" disabled={!ready || !plan} onClick={() => plan && duplicatePlan(plan.id)}>
							{t('worksheet.duplicate')}
						</button>
						<button type="button" disabled={!ready || !plan} onClick={() => plan && deletePlan(plan.id)}>
							{t('worksheet.delete')}
						</button>
						<button type="button" disabled={!ready || !plan} onClick={download}>
							{t('worksheet.download')}
						</button>
					</div>
					{/* The live region is there from the start, so a deletion's message is announced. */}
					{extras ? <extras.UndoDelete worksheet={definition.id} /> : <div role="status" class="ws-status" />}
				</section>
			)}

			{blank && (
				<p class="ws-blank-note print:hidden">
					{t('worksheet.blank-note')}{' '}
					<button type="button" onClick={() => window.print()}>
						{t('worksheet.print-blank')}
					</button>
				</p>
			)}

			{parts && plan?.context && !holding && <parts.CoachNote context={plan.context} />}
			{parts && plan && !shared && !blank && !holding && (
				<parts.ShareTools key={plan.id} plan={plan} definition={definition} phaseNames={phaseNames} />
			)}
			{parts && plan && !shared && !blank && (continueTo.length > 0 || plan.from) && (
				<parts.ContinueIn plan={plan} targets={continueTo} sources={continueSources} idPrefix={`ws-${definition.id}-`} />
			)}

			<fieldset class="ws-body" disabled={!ready || !!shared || holding} hidden={holding}>
				<legend class="sr-only">{definition.title}</legend>
				{!blank && (
					<div class="ws-header-fields print:hidden">
						<div class="ws-field">
							<label for={headerId('title')}>{t('worksheet.plan-name')}</label>
							<input type="text" id={headerId('title')} value={plan ? shownTitle(plan, t) : ''} placeholder={t('worksheet.plan-name-example')} onInput={onHeader('title')} />
						</div>
						<div class="ws-field">
							<label for={headerId('person')}>{t('worksheet.your-name')}</label>
							<input type="text" id={headerId('person')} value={plan?.person ?? ''} autocomplete="name" onInput={onHeader('person')} />
						</div>
						<div class="ws-field">
							<label for={headerId('date')}>{t('worksheet.date')}</label>
							<input type="date" id={headerId('date')} value={plan?.date ?? ''} onInput={onHeader('date')} />
						</div>
					</div>
				)}
				{sections}
				{parts && plan && <parts.RetiredAnswers plan={plan} definition={definition} />}
			</fieldset>
			{parts && plan && !blank && <parts.PlanQr plan={plan} worksheetId={definition.id} />}

			{/* Outside the sticky footer, so the bar at the bottom stays one line high. */}
			{extras && !blank && !shared && !holding && (
				<div class="ws-keep print:hidden">
					<extras.FirstSaveTruth />
					<extras.BackupStatus />
				</div>
			)}
			<div class="ws-footer print:hidden" hidden={holding}>
				{!blank && !shared && (
					<div class="ws-save" role={saveState.status === 'failed' ? 'alert' : 'status'} data-state={saveState.status}>
						{saveState.status === 'failed' ? (
							<>
								<p>{t('worksheet.not-saved', { reason: t(`worksheet.not-saved-${saveState.reason}`) })}</p>
								{plan && (
									<button type="button" onClick={download}>
										{t('worksheet.download')}
									</button>
								)}
							</>
						) : plan ? (
							t('worksheet.saved')
						) : (
							t('worksheet.nothing-saved')
						)}
					</div>
				)}
				{/* The blank copy has its own print button in its note. */}
				{!blank && (
					<div class="ws-print-buttons">
						<button type="button" class="ws-primary" onClick={printPlan}>
							{t('worksheet.print')}
						</button>
						<a href={blankHref}>{t('worksheet.print-blank-link')}</a>
					</div>
				)}
			</div>
		</div>
	);
}
