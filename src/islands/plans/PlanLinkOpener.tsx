import { useState } from 'preact/hooks';
import type { KnownWorksheets } from '../../plan/codecs/plan-file';
import type { CoachContext, LinkKind } from '../../plan/link';
import type { PlanRecord } from '../../plan/record';
import { planLabel } from '../../plan/answers/plan-label';
import { useT } from '../common/words';
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

const NOT_A_LINK = 'This is not a Coaching Workbook plan or worksheet link. Copy the whole link, from “https” to its end, and paste it again.';

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
		const result = await decodeSharePayload(data, worksheets, kind);
		if (!result.ok) return setState({ step: 'error', message: result.message });
		const { plan, context, worksheet } = result.payload;
		setState(plan ? { step: 'plan', plan: context ? { ...plan, context } : plan } : { step: 'coach', worksheet, context: context ?? {}, privateLink });
	};

	const read = async (event: Event) => {
		event.preventDefault();
		const { readFragment, isPrivateLinkData } = await import('../../plan/link');
		const hash = text.trim().replace(/^[^#]*/, '');
		const fragment = readFragment(hash);
		if (!fragment) return setState({ step: 'error', message: NOT_A_LINK });
		setText('');
		if (isPrivateLinkData(fragment.data)) return setState({ step: 'locked', data: fragment.data, kind: fragment.kind });
		setState({ step: 'busy' });
		await open(fragment.data, fragment.kind, false);
	};

	const unlock = async (passphrase: string) => {
		if (state.step !== 'locked') return;
		const { decryptLinkData } = await import('../../plan/link');
		setState({ ...state, busy: true, error: undefined });
		const result = await decryptLinkData(state.data, passphrase);
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
			<h2 id="plans-link-heading">Open a plan link</h2>
			<form class="plans-link-form" onSubmit={read}>
				<label for="plans-link">Paste a share link or a coach’s link</label>
				<input id="plans-link" type="text" inputMode="url" autocomplete="off" spellcheck={false} value={text} onInput={(e) => setText(e.currentTarget.value)} />
				<button type="submit" disabled={!text.trim() || state.step === 'busy'}>
					Open the link
				</button>
				<p class="ws-hint">
					Opened here, the link is read in this browser and never visited, so the plan inside it is not kept in the browser’s history.
				</p>
			</form>
			<div role="status" aria-live="polite" class="plans-import-result">
				{state.step === 'busy' && <p>Opening the link…</p>}
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
							The link holds <strong>{planLabel(state.plan, t)}</strong>
							{state.plan.person && ` for ${state.plan.person}`}, a plan of the {sheet(state.plan.worksheet)?.title ?? state.plan.worksheet}, with{' '}
							{Object.keys(state.plan.answers).length} answers.
						</p>
						{replyTarget && <p>It is a reply to your plan “{planLabel(replyTarget, t)}”: merging adds the client’s answers to it, so you keep one plan.</p>}
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
									Merge into “{planLabel(replyTarget, t)}”
								</button>
							)}
							<button type="button" onClick={() => setState({ step: 'saved', plan: importPlans([state.plan])[0] })}>
								{replyTarget ? 'Save as a separate plan' : 'Save a copy on this device'}
							</button>
							<button type="button" onClick={() => setState({ step: 'idle' })}>
								Cancel
							</button>
						</div>
					</div>
				)}
				{state.step === 'coach' && (
					<div class="plans-preview">
						<p>
							The link is a coach’s {sheet(state.worksheet)?.title ?? state.worksheet}
							{state.context.coach ? `, from ${state.context.coach}` : ''}.
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
								Start this worksheet
							</button>
							<button type="button" onClick={() => setState({ step: 'idle' })}>
								Not now
							</button>
						</div>
					</div>
				)}
				{state.step === 'saved' && (
					<p>
						{state.merged ? 'Merged the reply into' : 'Saved'} “{planLabel(state.plan, t)}” on this device. It is listed above;{' '}
						<a href={sheet(state.plan.worksheet)?.href ?? '#'}>open it on its worksheet</a>.
					</p>
				)}
			</div>
		</section>
	);
}
