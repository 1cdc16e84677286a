import { useEffect, useRef } from 'preact/hooks';
import type { KnownWorksheets } from '../../plan/codecs/plan-file';
import type { PlanRecord } from '../../plan/record';
import type { WorksheetDefinition } from '../../schemas/worksheet';
import { useStore } from '@nanostores/preact';
import { $plans, setActivePlan } from '../../store/plans';
import { openCoachLink, planForReply, planFromCoachLink, saveSharedCopy } from '../../store/arrivals';
import { holdsLinkedPlan } from '../../plan/link/payload';
import { formatDate } from '../../plan/dates';
import { planLabel } from '../../plan/answers/plan-label';
import { CoachNote } from '../coach/CoachNote';
import { PassphrasePrompt } from '../share/PassphrasePrompt';
import { useLink } from './use-link';
import { ReplyMerge } from './ReplyMerge';
import { useT, withParts } from '../common/words';

interface Props {
	definition: WorksheetDefinition;
	known: KnownWorksheets;
	/** Hands the worksheet a plan to show read-only (from a share link), or null to show the visitor's own. */
	onShared: (plan: PlanRecord | null) => void;
	/** True while a link waits for the visitor (a coach link not started, a passphrase not given): the worksheet below stays closed. */
	onHold: (holding: boolean) => void;
}

/**
 * What a link in the address brought, and what the visitor can do with it: a coach link shows who
 * sent it and asks before starting the client's plan, a share link shows a plan read-only until
 * saved, a private link asks for its passphrase, a bad link says what is wrong. Nothing is stored
 * until the visitor chooses. Loaded after hydration: no link needs it sooner.
 */
export function OpenedLink({ definition, known, onShared, onHold }: Props) {
	const t = useT();
	const [link, clearLink, unlockLink] = useLink(definition.id, known);
	const plans = useStore($plans);
	const shared =
		link.kind === 'shared' ? { ...link.plan, context: (link.context as Record<string, string> | undefined) ?? link.plan.context } : null;
	// What waits for the visitor comes first: in view and focused, above the page's introduction.
	const waiting = useRef<HTMLElement>(null);
	useEffect(() => {
		onShared(shared);
		onHold(link.kind === 'coach' || link.kind === 'locked' || link.kind === 'loading');
	}, [link]);
	useEffect(() => {
		if (link.kind !== 'coach') return;
		waiting.current?.scrollIntoView({ block: 'start' });
		waiting.current?.focus({ preventScroll: true });
	}, [link.kind]);

	if (link.kind === 'coach') {
		const context = link.context as Record<string, string>;
		const started = planFromCoachLink(definition.id, context);
		const start = () => {
			openCoachLink(definition, context, link.privateLink);
			clearLink();
		};
		return (
			<section class="ws-banner ws-coach-arrival print:hidden" aria-labelledby={`ws-${definition.id}--arrival`}>
				<h2 id={`ws-${definition.id}--arrival`} tabIndex={-1} ref={waiting as never}>
					{context.coach ? t('worksheet.coach-sent', { coach: context.coach, title: definition.title }) : t('worksheet.a-coach-sent', { title: definition.title })}
				</h2>
				<CoachNote context={context} />
				<p>
					{started
						? t('worksheet.coach-started', { day: formatDate(started.created.slice(0, 10), t) })
						: t('worksheet.coach-not-started')}
				</p>
				<div class="ws-plan-buttons">
					<button type="button" class="ws-primary" onClick={start}>
						{t(started ? 'worksheet.coach-open' : 'worksheet.coach-start')}
					</button>
					<button type="button" onClick={clearLink}>
						{t('common.not-now')}
					</button>
				</div>
			</section>
		);
	}

	if (link.kind === 'loading') return <p class="ws-banner print:hidden">{t('worksheet.link-opening')}</p>;
	if (link.kind === 'locked')
		return (
			<PassphrasePrompt
				linkKind={link.linkKind}
				busy={link.busy}
				error={link.error}
				onUnlock={unlockLink}
				onCancel={clearLink}
				idPrefix={`ws-${definition.id}-`}
			/>
		);
	if (link.kind === 'error')
		return (
			<div class="ws-banner ws-banner-error print:hidden" role="alert">
				<p>{link.message}</p>
				<p>{t('worksheet.link-unchanged')}</p>
				<button type="button" onClick={clearLink}>
					{t('worksheet.show-own')}
				</button>
			</div>
		);
	if (!shared) return null;
	// The same link opened again after saving it: the saved plan, not a second copy.
	const saved = plans.find((plan) => plan.worksheet === shared.worksheet && holdsLinkedPlan(plan, shared));
	if (saved)
		return (
			<div class="ws-banner print:hidden" role="status">
				<p>
					{withParts(t('worksheet.link-saved-already'), {
						saved: <strong>{t('worksheet.link-saved-already-strong')}</strong>,
						label: planLabel(saved, t),
					})}
				</p>
				<div class="ws-plan-buttons">
					<button
						type="button"
						class="ws-primary"
						onClick={() => {
							setActivePlan(definition.id, saved.id);
							clearLink();
						}}
					>
						{t('worksheet.link-open-saved')}
					</button>
				</div>
			</div>
		);
	// A reply to a link the coach made for one of their plans: offer to merge it there.
	const target = planForReply(plans, shared);
	if (target)
		return (
			<ReplyMerge
				definition={definition}
				target={target}
				reply={shared}
				onMerged={(planId) => {
					setActivePlan(definition.id, planId);
					clearLink();
				}}
				onSeparate={() => {
					saveSharedCopy(shared);
					clearLink();
				}}
				onClose={clearLink}
			/>
		);
	return (
		<div class="ws-banner print:hidden" role="status">
			<p>
				<strong>{t('worksheet.shared-read-only')}</strong> {t('worksheet.shared-about')}
			</p>
			<div class="ws-plan-buttons">
				<button
					type="button"
					class="ws-primary"
					onClick={() => {
						saveSharedCopy(shared);
						clearLink();
					}}
				>
					{t('worksheet.shared-save')}
				</button>
				<button type="button" onClick={clearLink}>
					{t('worksheet.shared-close')}
				</button>
			</div>
		</div>
	);
}
