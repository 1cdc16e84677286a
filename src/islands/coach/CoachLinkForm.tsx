import { useEffect, useRef, useState } from 'preact/hooks';
import { loadCoachDraft, saveCoachDraft } from '../../store/coach-draft';
import { CONTEXT_LIMITS, type CoachContext } from '../../plan/link/coach-context';
import { copyText } from '../common/copy-text';
import { planLabel } from '../../plan/answers/plan-label';
import { useT } from '../common/words';
import { $plans } from '../../store/plans';
import { siteBase } from '../common/site-base';
import { ProtectOption } from '../share/ProtectOption';
import { useLinkProtection } from '../share/use-link-protection';

interface Props {
	/** Worksheets a coach can send, in the order offered. */
	worksheets: { id: string; title: string }[];
}

/** The link made, its mail address when short enough to mail, and what copying it did. */
/** `madeFrom`: the form as it was when the link was made; any change since makes the link out of date. */
type Made = { link: string; mailto?: string; copied?: string; protected?: boolean; madeFrom: string } | { error: string } | null;

const FIELDS: { key: keyof CoachContext; label: string; hint?: string; long?: boolean; date?: boolean }[] = [
	{ key: 'client', label: 'Client’s name' },
	{ key: 'coach', label: 'Your name' },
	{ key: 'focus', label: 'Focus of the work', hint: 'Shown at the top of the worksheet, and used as the plan’s name.', long: true },
	{ key: 'returnBy', label: 'Please send it back by', date: true },
	{ key: 'note', label: 'A note for your client', long: true },
];

/**
 * The coach's own plans of a worksheet, newest first, for "Your plan for this client". A static import:
 * loading the store lazily here made the bundler wrap it for lazy start-up on every worksheet page too.
 */
function useOwnPlans(worksheet: string) {
	const t = useT();
	const [plans, setPlans] = useState<{ id: string; label: string }[]>([]);
	useEffect(() => {
		return $plans.subscribe((all) =>
			setPlans(
				all
					.filter((plan) => plan.worksheet === worksheet)
					.map((plan) => ({ id: plan.id, label: plan.person ? `${plan.person}: ${planLabel(plan, t)}` : planLabel(plan, t) })),
			),
		);
	}, [worksheet]);
	return plans;
}

/**
 * For coaches: a link that opens a worksheet for a client with the coach's context on top. The
 * context travels inside the link's fragment; nothing is stored or sent by the site.
 */
export default function CoachLinkForm({ worksheets }: Props) {
	const [worksheet, setWorksheet] = useState(worksheets[0]?.id ?? '');
	const [context, setContext] = useState<CoachContext>({});
	const [made, setMade] = useState<Made>(null);
	const [ready, setReady] = useState(false);
	const protection = useLinkProtection();
	const linkInput = useRef<HTMLInputElement>(null);
	const ownPlans = useOwnPlans(worksheet);
	useEffect(() => {
		const draft = loadCoachDraft();
		if (draft && worksheets.some((w) => w.id === draft.worksheet)) {
			setWorksheet(draft.worksheet);
			setContext(draft.context);
		}
		setReady(true);
	}, []);
	useEffect(() => {
		if (ready) saveCoachDraft({ worksheet, context });
	}, [ready, worksheet, context]);
	const formNow = JSON.stringify({ worksheet, context, protect: protection.protect });
	const stale = !!made && 'link' in made && made.madeFrom !== formNow;
	// A new link comes into view with its field focused, ready to copy.
	useEffect(() => {
		if (!made || !('link' in made)) return;
		linkInput.current?.focus({ preventScroll: true });
		linkInput.current?.closest('.coach-result')?.scrollIntoView({ block: 'nearest' });
	}, [made && 'link' in made ? made.link : null]);

	const make = async (event: Event) => {
		event.preventDefault();
		const { encodeSharePayload, shareUrl, contextProblem, mailtoFor } = await import('../../plan/link');
		const clean = Object.fromEntries(Object.entries(context).filter(([, v]) => v && v.trim())) as CoachContext;
		// A plan chosen for another worksheet, or deleted since, is not sent.
		if (!ownPlans.some((plan) => plan.id === clean.plan)) delete clean.plan;
		const problem = contextProblem(clean);
		if (problem) return setMade({ error: problem });
		if (!protection.ready()) return;
		const encoded = await protection.seal(await encodeSharePayload({ worksheet, context: clean }));
		const { protect } = protection;
		const link = shareUrl(siteBase(), worksheet, encoded, 'coach');
		const title = worksheets.find((w) => w.id === worksheet)?.title ?? 'worksheet';
		// A protected link's message names no one: mail travels in clear, whatever protects the link.
		const body = `${clean.client && !protect ? `Hello ${clean.client},\n\n` : ''}Here is a ${title} to fill in before our next session. It opens in your browser and saves only on your device.${protect ? ' It is protected with a passphrase, which I will give you separately.' : ''} When you are done, press “Send back to my coach” and send me the link it gives you.\n\n${link}`;
		setMade({ link, mailto: mailtoFor(link, title, body), protected: protect, madeFrom: formNow });
	};

	return (
		<form class="coach-form worksheet not-content" data-ready={ready ? 'true' : 'false'} onSubmit={make}>
			{/* Disabled until hydrated, so nothing typed before then is lost. */}
			<fieldset class="coach-fields" disabled={!ready}>
				<legend class="sr-only">The worksheet and your context</legend>
				<div class="ws-field">
					<label for="coach-worksheet">Worksheet</label>
					<select id="coach-worksheet" value={worksheet} onChange={(e) => setWorksheet(e.currentTarget.value)}>
						{worksheets.map((w) => (
							<option value={w.id}>{w.title}</option>
						))}
					</select>
				</div>
				{FIELDS.map(({ key, label, hint, long, date }) => {
					const id = `coach-${key}`;
					const common = {
						id,
						value: context[key] ?? '',
						maxLength: CONTEXT_LIMITS[key],
						'aria-describedby': hint ? `${id}-hint` : undefined,
						onInput: (e: Event) => {
							const value = (e.currentTarget as HTMLInputElement).value;
							setContext((c) => ({ ...c, [key]: value }));
						},
					};
					return (
						<div class="ws-field">
							<label for={id}>{label}</label>
							{hint && (
								<p class="ws-hint" id={`${id}-hint`}>
									{hint}
								</p>
							)}
							{long ? <textarea rows={3} {...common} /> : <input type={date ? 'date' : 'text'} {...common} />}
						</div>
					);
				})}
				{ownPlans.length > 0 && (
					<div class="ws-field">
						<label for="coach-plan">Your plan for this client</label>
						<p class="ws-hint" id="coach-plan-hint">
							When the reply comes back, you can merge it into this plan instead of keeping a second one.
						</p>
						<select
							id="coach-plan"
							aria-describedby="coach-plan-hint"
							value={context.plan ?? ''}
							onChange={(e) => {
								const plan = e.currentTarget.value;
								setContext((c) => ({ ...c, plan }));
							}}
						>
							<option value="">None: keep the reply as a plan of its own</option>
							{ownPlans.map((plan) => (
								<option value={plan.id}>{plan.label}</option>
							))}
						</select>
					</div>
				)}
				<ProtectOption idPrefix="coach" {...protection.option} />
				<button type="submit" class="ws-primary">
					Make the link
				</button>
			</fieldset>
			<div role="status" class="coach-result">
				{made && 'error' in made && <p class="plans-error">{made.error}</p>}
				{made && 'link' in made && stale && (
					<p class="plans-error">
						You changed the form after making this link, so it no longer matches. Make the link again to send what the form says now.
					</p>
				)}
				{made && 'link' in made && !stale && (
					<div class="ws-share-link">
						<label for="coach-link">Link for your client ({made.link.length.toLocaleString('en-GB')} characters)</label>
						<input id="coach-link" ref={linkInput} type="text" readOnly value={made.link} onFocus={(e) => e.currentTarget.select()} />
						<div class="ws-plan-buttons">
							<button
								type="button"
								onClick={async () => {
									const copied = await copyText(made.link);
									setMade({ ...made, copied: copied ? 'Copied the link.' : 'The browser did not allow copying: select the link and copy it yourself.' });
								}}
							>
								Copy link
							</button>
							{made.mailto ? (
								<a href={made.mailto}>Email it to your client</a>
							) : (
								<span>This link is too long for an email address: copy it into your message instead.</span>
							)}
						</div>
						{made.protected && (
							<p>
								This link opens only with your passphrase. Give it to your client another way than the link (say it, or use a different
								app). Ask them to protect the link they send back too.
							</p>
						)}
						{made.copied && <p>{made.copied}</p>}
					</div>
				)}
			</div>
		</form>
	);
}
