import { useEffect, useRef, useState } from 'preact/hooks';
import { loadCoachDraft, saveCoachDraft } from '../../store/coach-draft';
import { CONTEXT_LIMITS, type CoachContext } from '../../plan/link/coach-context';
import { copyText } from '../common/copy-text';
import { planLabel } from '../../plan/answers/plan-label';
import { reasonText } from '../../plan/reason';
import { $plans } from '../../store/plans';
import { siteBase } from '../common/site-base';
import { ProtectOption } from '../share/ProtectOption';
import { useLinkProtection } from '../share/use-link-protection';
import type { Key, Words } from '../../plan/i18n/translate';
import { useT, useTranslator, WordsContext } from '../common/words';
import type { COACH_WORDS } from './coach-words';

interface Props {
	/** Worksheets a coach can send, in the order offered. */
	worksheets: { id: string; title: string }[];
	/** The page's language, the coach's: the client's reply opens in it. */
	lang: string;
	/** The languages the client may read the worksheet in, by tag, with their names. */
	languages: { lang: string; label: string }[];
}

/** The link made, its mail address when short enough to mail, and what copying it did. */
/** `madeFrom`: the form as it was when the link was made; any change since makes the link out of date. */
/** `working`: what is under way while a protected link is encrypted (it takes a moment). */
type Made = { link: string; mailto?: string; copied?: string; protected?: boolean; madeFrom: string } | { error: string } | { working: string } | null;

/**
 * The link modules (encoding, compression, passphrase encryption), loaded when the coach first touches
 * the form, so the page's first download holds only the form and the link is ready by the click.
 */
const loadLink = () => import('../../plan/link');

const FIELDS: { key: keyof CoachContext; label: Key<'coach'>; hint?: Key<'coach'>; long?: boolean; date?: boolean }[] = [
	{ key: 'client', label: 'coach.client' },
	{ key: 'coach', label: 'coach.coach' },
	{ key: 'focus', label: 'coach.focus', hint: 'coach.focus-hint', long: true },
	{ key: 'returnBy', label: 'coach.return-by', date: true },
	{ key: 'note', label: 'coach.note', long: true },
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
					.map((plan) => ({ id: plan.id, label: plan.person ? t('coach.own-plan-of', { person: plan.person, plan: planLabel(plan, t) }) : planLabel(plan, t) })),
			),
		);
	}, [worksheet]);
	return plans;
}

/**
 * For coaches: a link that opens a worksheet for a client with the coach's context on top. The
 * context travels inside the link's fragment; nothing is stored or sent by the site.
 */
export default function CoachLinkForm({ words, ...props }: Props & { words: Words<(typeof COACH_WORDS)[number] | 'common'> }) {
	return (
		<WordsContext.Provider value={useTranslator(words)}>
			<CoachForm {...props} />
		</WordsContext.Provider>
	);
}

function CoachForm({ worksheets, lang, languages }: Props) {
	const t = useT();
	const [worksheet, setWorksheet] = useState(worksheets[0]?.id ?? '');
	const [clientLang, setClientLang] = useState(lang);
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
	const formNow = JSON.stringify({ worksheet, context, clientLang, protect: protection.protect });
	const stale = !!made && 'link' in made && made.madeFrom !== formNow;
	// A new link comes into view with its field focused, ready to copy.
	useEffect(() => {
		if (!made || !('link' in made)) return;
		linkInput.current?.focus({ preventScroll: true });
		linkInput.current?.closest('.coach-result')?.scrollIntoView({ block: 'nearest' });
	}, [made && 'link' in made ? made.link : null]);

	const make = async (event: Event) => {
		event.preventDefault();
		const { encodeSharePayload, shareUrl, contextProblem, mailtoFor } = await loadLink();
		const clean = { ...(Object.fromEntries(Object.entries(context).filter(([, v]) => v && v.trim())) as CoachContext), lang };
		// A plan chosen for another worksheet, or deleted since, is not sent.
		if (!ownPlans.some((plan) => plan.id === clean.plan)) delete clean.plan;
		const problem = contextProblem(clean);
		if (problem) return setMade({ error: reasonText(problem, t) });
		if (!protection.ready()) return;
		const { protect } = protection;
		if (protect) setMade({ working: t('share.encrypting') });
		const encoded = await protection.seal(await encodeSharePayload({ worksheet, context: clean }));
		const link = shareUrl(siteBase(clientLang), worksheet, encoded, 'coach');
		const title = worksheets.find((w) => w.id === worksheet)?.title ?? t('coach.a-worksheet');
		// A protected link's message names no one: mail travels in clear, whatever protects the link.
		const hello = clean.client && !protect ? `${t('coach.mail-hello', { client: clean.client })}\n\n` : '';
		const body = `${hello}${t(protect ? 'coach.mail-body-protected' : 'coach.mail-body', { worksheet: title })}\n\n${link}`;
		setMade({ link, mailto: mailtoFor(link, title, body), protected: protect, madeFrom: formNow });
	};

	return (
		<form class="coach-form worksheet not-content" data-ready={ready ? 'true' : 'false'} onSubmit={make} onFocusCapture={loadLink} onPointerDown={loadLink}>
			{/* Disabled until hydrated, so nothing typed before then is lost. */}
			<fieldset class="coach-fields" disabled={!ready}>
				<legend class="sr-only">{t('coach.fields')}</legend>
				<div class="ws-field">
					<label for="coach-worksheet">{t('coach.worksheet')}</label>
					<select id="coach-worksheet" value={worksheet} onChange={(e) => setWorksheet(e.currentTarget.value)}>
						{worksheets.map((w) => (
							<option value={w.id}>{w.title}</option>
						))}
					</select>
				</div>
				{languages.length > 1 && (
					<div class="ws-field">
						<label for="coach-lang">{t('coach.client-lang')}</label>
						<select id="coach-lang" value={clientLang} aria-describedby="coach-lang-hint" onChange={(e) => setClientLang(e.currentTarget.value)}>
							{languages.map((language) => (
								<option value={language.lang} lang={language.lang}>
									{language.label}
								</option>
							))}
						</select>
						<p class="ws-hint" id="coach-lang-hint">
							{t('coach.client-lang-hint')}
						</p>
					</div>
				)}
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
							<label for={id}>{t(label)}</label>
							{hint && (
								<p class="ws-hint" id={`${id}-hint`}>
									{t(hint)}
								</p>
							)}
							{long ? <textarea rows={3} {...common} /> : <input type={date ? 'date' : 'text'} {...common} />}
						</div>
					);
				})}
				{ownPlans.length > 0 && (
					<div class="ws-field">
						<label for="coach-plan">{t('coach.own-plan')}</label>
						<p class="ws-hint" id="coach-plan-hint">
							{t('coach.own-plan-hint')}
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
							<option value="">{t('coach.own-plan-none')}</option>
							{ownPlans.map((plan) => (
								<option value={plan.id}>{plan.label}</option>
							))}
						</select>
					</div>
				)}
				<ProtectOption idPrefix="coach" {...protection.option} />
				<button type="submit" class="ws-primary">
					{t('coach.make')}
				</button>
			</fieldset>
			<div role="status" class="coach-result">
				{made && 'working' in made && <p>{made.working}</p>}
				{made && 'error' in made && <p class="plans-error">{made.error}</p>}
				{made && 'link' in made && stale && (
					<p class="plans-error">
						{t('coach.stale')}
					</p>
				)}
				{made && 'link' in made && !stale && (
					<div class="ws-share-link">
						<label for="coach-link">{t('coach.link-label', { length: made.link.length.toLocaleString(t.locale) })}</label>
						<input id="coach-link" ref={linkInput} type="text" readOnly value={made.link} onFocus={(e) => e.currentTarget.select()} />
						<div class="ws-plan-buttons">
							<button
								type="button"
								onClick={async () => {
									const copied = await copyText(made.link);
									setMade({ ...made, copied: copied ? t('coach.copied') : t('coach.copy-refused') });
								}}
							>
								{t('coach.copy')}
							</button>
							{made.mailto ? (
								<a href={made.mailto}>{t('coach.email')}</a>
							) : (
								<span>{t('coach.too-long-to-mail')}</span>
							)}
						</div>
						{made.protected && (
							<p>{t('coach.protected')}</p>
						)}
						{made.copied && <p>{made.copied}</p>}
					</div>
				)}
			</div>
		</form>
	);
}
