import { useEffect, useRef, useState } from 'preact/hooks';
import { qrPath, QUIET_ZONE, type QrCode } from '../../plan/codecs/qr-path';
import { QrSvg } from './PlanQr';
import { useT } from '../common/words';

interface Props {
	/** Makes the plan's share link (private while the plan is protected), or says why it cannot. */
	makeLink: () => Promise<{ link: string; private: boolean } | { message: string }>;
	idPrefix: string;
}

type Shown = { code: QrCode; private: boolean } | { message: string } | null;

/** "Open on my phone": the plan's share link as a QR code on screen, to move a plan from laptop to phone. */
export function PhoneQr({ makeLink, idPrefix }: Props) {
	const t = useT();
	const [shown, setShown] = useState<Shown>(null);
	const panel = useRef<HTMLElement>(null);
	// The code appears below the buttons: bring it into view so the whole code can be scanned.
	useEffect(() => {
		if (shown) panel.current?.scrollIntoView({ block: 'nearest' });
	}, [shown]);
	const show = async () => {
		const made = await makeLink();
		if ('message' in made) return setShown(made);
		const code = await qrPath(made.link);
		setShown(code ? { code, private: made.private } : { message: t('share.qr-too-long') });
	};
	const headingId = `${idPrefix}-phone-heading`;
	return (
		<div class="ws-phone">
			<button type="button" aria-expanded={shown ? 'true' : 'false'} aria-controls={`${idPrefix}-phone`} onClick={() => (shown ? setShown(null) : show())}>
				{t('share.phone')}
			</button>
			<div id={`${idPrefix}-phone`} class="ws-phone-qr-slot">
				{shown && (
					<section class="ws-phone-qr" aria-labelledby={headingId} ref={panel}>
						<p id={headingId}>
							<strong>{t('share.phone-heading')}</strong>{' '}
							{'code' in shown ? t(shown.private ? 'share.phone-about-private' : 'share.phone-about', { save: t('worksheet.shared-save') }) : shown.message}
						</p>
						{'code' in shown && (
							<QrSvg code={shown.code} width={`${Math.max(240, (shown.code.size + 2 * QUIET_ZONE) * 3)}px`} label={t('share.qr-label')} />
						)}
						<button type="button" onClick={() => setShown(null)}>
							{t('share.phone-hide')}
						</button>
					</section>
				)}
			</div>
		</div>
	);
}
