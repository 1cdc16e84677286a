import { useEffect, useRef, useState } from 'preact/hooks';
import type { WorksheetDefinition } from '../../schemas/worksheet';
import type { PlanRecord } from '../../plan/record';
import { migrateRecord } from '../../plan/migrate';
import { copyText } from '../common/copy-text';
import { PhoneQr } from './PhoneQr';
import { ProtectOption } from './ProtectOption';
import { useLinkProtection } from './use-link-protection';
import { setPlanProtected } from '../../store/protection';
import { markSentBack } from '../../store/arrivals';
import { copiedText, LinkResult } from './LinkResult';
import { downloadCalendar, plainLinkData, tooLongForLink } from './plan-exports';
import { useT } from '../common/words';
import { siteBase } from '../common/site-base';

interface Props {
	plan: PlanRecord;
	definition: WorksheetDefinition;
	phaseNames: Record<string, string>;
}

type Result = {
	text: string;
	link?: string;
	mailto?: string;
	/** What the phone's share sheet gets, where the browser has one. */
	share?: ShareData;
	/** The link goes back to the coach: using it marks the plan "sent back". */
	toCoach?: boolean;
	error?: boolean;
	/** While the plan is protected, an export in plain text waits here for "… anyway". */
	unprotected?: { label: string; run: () => void };
} | null;

/**
 * Ways to take a plan elsewhere, all in this browser: a share link, Markdown, a calendar file.
 * The codecs load on first use, so the worksheet itself stays light.
 */
export function ShareTools({ plan, definition, phaseNames }: Props) {
	const t = useT();
	const [result, setResult] = useState<Result>(null);
	// A link just made comes into view (clear of the sticky bar) with its field focused, ready to copy.
	const resultRegion = useRef<HTMLDivElement>(null);
	const linkInput = useRef<HTMLInputElement>(null);
	useEffect(() => {
		if (!result?.link) return;
		linkInput.current?.focus({ preventScroll: true });
		resultRegion.current?.scrollIntoView({ block: 'nearest' });
	}, [result?.link]);
	// A reply to a private coach link is protected unless the client chooses otherwise.
	const protection = useLinkProtection(plan.privateLink === true);
	useEffect(() => setPlanProtected(plan.id, protection.protect), [plan.id, protection.protect]);
	const current = () => migrateRecord(plan, definition);

	/** The link data as it leaves: sealed with the passphrase while the plan is protected; null when too long. */
	const linkData = async () => {
		const { MAX_LINK_CHARS } = await import('../../plan/codecs/limits');
		let encoded = await plainLinkData(current(), definition);
		if (encoded && protection.protect) {
			setResult({ text: t('share.encrypting') });
			encoded = await protection.seal(encoded);
			if (encoded.length > MAX_LINK_CHARS) encoded = null;
		}
		return encoded;
	};

	/** Runs an export that leaves as plain text; while the plan is protected, says so and waits for a choice. */
	const plainExport = (warning: string, label: string, run: () => void) => {
		if (!protection.protect) return run();
		setResult({ text: warning, unprotected: { label, run } });
	};


	const shareLink = async (forCoach: boolean) => {
		const { shareUrl, mailtoFor } = await import('../../plan/link');
		if (!protection.ready()) return;
		const encoded = await linkData();
		if (!encoded) return setResult(tooLongForLink(t));
		// A reply opens in the coach's language, wherever the client filled it in.
		const link = shareUrl(siteBase(forCoach ? plan.context?.lang : undefined), definition.id, encoded, 'plan');
		// Never the plan's title or person: a subject line travels in clear, whatever protects the link.
		const subject = forCoach ? t('share.subject-mine', { title: definition.title }) : definition.title;
		const { protect } = protection;
		const body = forCoach
			? t(protect ? 'share.body-mine-private' : 'share.body-mine', { link })
			: t(protect ? 'share.body-plan-private' : 'share.body-plan', { link });
		const mailto = mailtoFor(link, subject, body);
		const canShare = typeof navigator.share === 'function';
		const who = forCoach ? 'share.made-for-coach' : protect ? 'share.made-private' : 'share.made-plain';
		const length = link.length.toLocaleString(t.locale);
		setResult({
			text: `${t(who, { length })} ${t(protect ? 'share.made-protected' : 'share.made-unprotected')}`,
			link,
			mailto,
			share: canShare ? { title: subject, text: body.slice(0, body.lastIndexOf('\n\n')), url: link } : undefined,
			toCoach: forCoach,
		});
	};

	/** Marks a reply as sent once the client has taken its link somewhere. */
	const sent = () => result?.toCoach && markSentBack(plan.id);

	const shareSheet = async (data: ShareData) => {
		try {
			await navigator.share(data);
			sent();
		} catch {
			// Cancelled, or refused by the browser: the link stays on screen to copy.
		}
	};

	/** The phone's code holds the same link a share would: private while the plan is protected. */
	const phoneLink = async () => {
		const { shareUrl } = await import('../../plan/link');
		if (!protection.ready()) return { message: t('share.phone-protected') };
		const encoded = await linkData();
		setResult(null);
		return encoded
			? { link: shareUrl(siteBase(), definition.id, encoded, 'plan'), private: protection.protect }
			: { message: t('share.qr-too-long') };
	};

	const copyMarkdown = async () => {
		const { planToMarkdown } = await import('../../plan/codecs/markdown');
		if (await copyText(planToMarkdown(current(), definition, phaseNames, t)))
			setResult({ text: t('share.markdown-copied') });
		else setResult({ text: t('share.markdown-refused'), error: true });
	};

	const calendar = async () => setResult(await downloadCalendar(t, current(), definition, plan));

	const linkCopied = (copied: boolean) => {
		if (copied) sent();
		setResult((r) => r && { ...r, text: copiedText(t, copied) });
	};

	return (
		<section class="ws-share print:hidden" aria-label={t('share.label')}>
			<div class="ws-plan-buttons">
				{plan.context && (
					<button type="button" class="ws-primary" onClick={() => shareLink(true)}>
						{t('share.send-back')}
					</button>
				)}
				<button type="button" onClick={() => shareLink(false)}>
					{t('share.share-link')}
				</button>
				<button type="button" onClick={() => plainExport(t('share.markdown-plain'), t('share.markdown-anyway'), copyMarkdown)}>
					{t('share.markdown')}
				</button>
				<button type="button" onClick={() => plainExport(t('share.calendar-plain'), t('share.calendar-anyway'), calendar)}>
					{t('share.calendar')}
				</button>
			</div>
			<ProtectOption idPrefix={`ws-${definition.id}-`} {...protection.option} />
			{/* A phone is already the phone: its own code is only clutter there. */}
			<div class="ws-not-on-phone">
				<PhoneQr makeLink={phoneLink} idPrefix={`ws-${definition.id}-`} />
			</div>
			<div role="status" class="ws-share-result" ref={resultRegion}>
				{result && (
					<>
						<p class={result.error ? 'plans-error' : undefined}>{result.text}</p>
						{result.unprotected && (
							<div class="ws-plan-buttons">
								<button type="button" onClick={result.unprotected.run}>
									{result.unprotected.label}
								</button>
								<button type="button" onClick={() => setResult(null)}>
									{t('share.cancel')}
								</button>
							</div>
						)}
						{result.link && (
							<LinkResult id={`ws-${definition.id}--link`} label={t('share.link-label')} link={result.link} inputRef={linkInput} onCopied={linkCopied}>
								{result.share && (
									<button type="button" class="ws-primary" onClick={() => shareSheet(result.share!)}>
										{t(result.toCoach ? 'share.send-with' : 'share.share-with')}
									</button>
								)}
								{result.mailto && (
									<a href={result.mailto} onClick={sent}>
										{t('share.email')}
									</a>
								)}
							</LinkResult>
						)}
					</>
				)}
			</div>
		</section>
	);
}
