import { useState } from 'preact/hooks';
import type { KnownWorksheets } from '../../plan/codecs/plan-file';
import type { CoachContext, LinkKind } from '../../plan/link';
import type { PlanRecord } from '../../plan/record';
import { planLabel } from '../../plan/answers/plan-label';
import { useT, withParts } from '../common/words';
import { importPlans, openCoachLink, planForReply, putPlan } from '../../store/arrivals';
import { $plans } from '../../store/plans';
import { CoachNote } from '../coach/CoachNote';
import { PassphrasePrompt } from '../share/PassphrasePrompt';

interface Props {
	worksheets: KnownWorksheets & Record<string, { title: string; href: string }>;
}

type State =
	| { step: 'idle' }
	| { step: 'busy' }
	| { step: 'error'; message: string }
	| { step: 'locked'; data: string; kind: LinkKind; busy?: boolean; error?: string }
	| { step: 'plan'; plan: PlanRecord }
	| { step: 'coach'; worksheet: string; context: CoachContext; privateLink: boolean }
	| { step: 'saved'; plan: PlanRecord; merged?: boolean };

/**
 * "Open a plan link": a pasted share or coach link, opened here without visiting it, so the plan in
 * it never enters the browser's history (a visited link's address, plan included, stays there).
 */
export function PlanLinkOpener({ worksheets }: Props) {
	const t = useT();
	const [text, setText] = useState('');
	const [state, setState] = useState<State>({ step: 'idle' });

	const open = async (data: string, kind: LinkKind, privateLink: boolean) => {
		const { decodeSharePayload } = await import('../../plan/link');
		const result = await decodeSharePayload(data, worksheets, t, kind);
		if (!result.ok) return setState({ step: 'error', message: result.message });
		const { plan, context, worksheet } = result.payload;
		setState(plan ? { step: 'plan', plan: context ? { ...plan, context } : plan } : { step: 'coach', worksheet, context: context ?? {}, privateLink });
	};

	const read = async (event: Event) => {
		event.preventDefault();
		const { readFragment, isPrivateLinkData } = await import('../../plan/link');
		const hash = text.trim().replace(/^[^#]*/, '');
		const fragment = readFragment(hash);
		if (!fragment) return setState({ step: 'error', message: t('plans.not-a-link') });
		setText('');
		if (isPrivateLinkData(fragment.data)) return setState({ step: 'locked', data: fragment.data, kind: fragment.kind });
		setState({ step: 'busy' });
		await open(fragment.data, fragment.kind, false);
	};

	const unlock = async (passphrase: string) => {
		if (state.step !== 'locked') return;
		const { decryptLinkData } = await import('../../plan/link');
		setState({ ...state, busy: true, error: undefined });
		const result = await decryptLinkData(state.data, passphrase, t);
		if (result.ok) return open(result.linkData, state.kind, true);
		setState(result.reason === 'wrong-passphrase' ? { ...state, busy: false, error: result.message } : { step: 'error', message: result.message });
	};

	const sheet = (id: string) => worksheets[id];
	// A client's reply to a link made for one of this coach's plans, of the same worksheet version (a reply
	// from an older page is saved as its own plan here; its worksheet page migrates and merges it).
	const found = state.step === 'plan' ? planForReply($plans.get(), state.plan) : undefined;
	const replyTarget = state.step === 'plan' && found?.worksheetVersion === state.plan.worksheetVersion ? found : undefined;
	return (
		<section class="plans-import plans-link" aria-labelledby="plans-link-heading">
			<h2 id="plans-link-heading">{t('plans.link-heading')}</h2>
			<form class="plans-link-form" onSubmit={read}>
				<label for="plans-link">{t('plans.link-paste')}</label>
				<input id="plans-link" type="text" inputMode="url" autocomplete="off" spellcheck={false} value={text} onInput={(e) => setText(e.currentTarget.value)} />
				<button type="submit" disabled={!text.trim() || state.step === 'busy'}>
					{t('plans.link-open')}
				</button>
				<p class="ws-hint">{t('plans.link-hint')}</p>
			</form>
			<div role="status" aria-live="polite" class="plans-import-result">
				{state.step === 'busy' && <p>{t('plans.link-opening')}</p>}
				{state.step === 'error' && (
					<p class="plans-error" role="alert">
						{state.message}
					</p>
				)}
				{state.step === 'locked' && (
					<PassphrasePrompt
						linkKind={state.kind}
						busy={state.busy}
						error={state.error}
						onUnlock={unlock}
						onCancel={() => setState({ step: 'idle' })}
						idPrefix="plans-link"
					/>
				)}
				{state.step === 'plan' && (
					<div class="plans-preview">
						<p>
							{withParts(
								t(state.plan.person ? 'plans.link-holds-for' : 'plans.link-holds', {
									person: state.plan.person,
									worksheet: sheet(state.plan.worksheet)?.title ?? state.plan.worksheet,
									count: Object.keys(state.plan.answers).length,
								}),
								{ plan: <strong>{planLabel(state.plan, t)}</strong> },
							)}
						</p>
						{replyTarget && <p>{t('plans.link-reply', { plan: planLabel(replyTarget, t) })}</p>}
						<div class="plans-buttons">
							{replyTarget && (
								<button
									type="button"
									onClick={async () => {
										const { mergeReply } = await import('../../plan/merge-plans');
										putPlan(mergeReply(replyTarget, state.plan, new Date()).record);
										setState({ step: 'saved', plan: replyTarget, merged: true });
									}}
								>
									{t('plans.link-merge', { plan: planLabel(replyTarget, t) })}
								</button>
							)}
							<button type="button" onClick={() => setState({ step: 'saved', plan: importPlans([state.plan])[0] })}>
								{t(replyTarget ? 'plans.link-save-separate' : 'plans.link-save-copy')}
							</button>
							<button type="button" onClick={() => setState({ step: 'idle' })}>
								{t('plans.cancel')}
							</button>
						</div>
					</div>
				)}
				{state.step === 'coach' && (
					<div class="plans-preview">
						<p>
							{state.context.coach
								? t('plans.link-coach-from', { worksheet: sheet(state.worksheet)?.title ?? state.worksheet, coach: state.context.coach })
								: t('plans.link-coach', { worksheet: sheet(state.worksheet)?.title ?? state.worksheet })}
						</p>
						<CoachNote context={state.context} />
						<div class="plans-buttons">
							<button
								type="button"
								onClick={() => {
									openCoachLink({ id: state.worksheet, version: sheet(state.worksheet).version }, state.context as Record<string, string>, state.privateLink);
									location.assign(sheet(state.worksheet).href);
								}}
							>
								{t('plans.link-start')}
							</button>
							<button type="button" onClick={() => setState({ step: 'idle' })}>
								{t('plans.link-not-now')}
							</button>
						</div>
					</div>
				)}
				{state.step === 'saved' && (
					<p>
						{withParts(t(state.merged ? 'plans.link-merged' : 'plans.link-saved', { plan: planLabel(state.plan, t) }), {
							open: <a href={sheet(state.plan.worksheet)?.href ?? '#'}>{t('plans.link-open-worksheet')}</a>,
						})}
					</p>
				)}
			</div>
		</section>
	);
}
