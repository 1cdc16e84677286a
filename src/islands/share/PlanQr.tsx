import { useEffect, useState } from 'preact/hooks';
import { useStore } from '@nanostores/preact';
import { $protectedPlans } from '../../store/protection';
import type { PlanRecord } from '../../plan/record';
import { printedQrSize, qrPath, QUIET_ZONE, type QrCode } from '../../plan/codecs/qr-path';
import { useT } from '../common/words';
import { siteBase } from '../common/site-base';

interface Props {
	plan: PlanRecord;
	worksheetId: string;
}

type Code = ({ kind: 'code'; widthMm: number; moduleMm: number; linkLength: number } & QrCode) | { kind: 'too-long' } | { kind: 'none' };

/** A QR code as SVG, quiet zone included, drawn from its module grid; `width` in any CSS unit. */
export function QrSvg({ code, width, label }: { code: QrCode; width: string; label: string }) {
	const side = code.size + 2 * QUIET_ZONE;
	return (
		<svg
			viewBox={`${-QUIET_ZONE} ${-QUIET_ZONE} ${side} ${side}`}
			width={width}
			height={width}
			role="img"
			aria-label={label}
			shape-rendering="crispEdges"
		>
			<rect x={-QUIET_ZONE} y={-QUIET_ZONE} width={side} height={side} fill="#fff" />
			<path d={code.path} fill="#000" />
		</svg>
	);
}

/**
 * On paper, a QR code of the plan's share link in its own block at the end of the plan, sized from
 * its data so a phone can read it (see `printedQrSize`); when the plan is too long for a code, the
 * print says to use the plan file. Recomputed a moment after edits stop, so printing finds it ready.
 */
export function PlanQr({ plan, worksheetId }: Props) {
	const t = useT();
	const [code, setCode] = useState<Code>({ kind: 'none' });
	// A protected plan's code would print its answers in the clear: left out while protection is on.
	const protectedPlan = useStore($protectedPlans).has(plan.id);
	useEffect(() => {
		if (protectedPlan) return;
		let cancelled = false;
		const timer = setTimeout(async () => {
			const { encodeSharePayload, shareUrl } = await import('../../plan/link');
			const link = shareUrl(siteBase(), worksheetId, await encodeSharePayload({ plan, worksheet: worksheetId, context: plan.context }), 'plan');
			const drawn = await qrPath(link);
			const printed = drawn && printedQrSize(drawn.size);
			if (!cancelled) setCode(drawn && printed ? { kind: 'code', ...drawn, ...printed, linkLength: link.length } : { kind: 'too-long' });
		}, 400);
		return () => {
			cancelled = true;
			clearTimeout(timer);
		};
	}, [plan, worksheetId, protectedPlan]);
	if (protectedPlan)
		return (
			<p class="ws-qr-note print-only">
				{t('print.qr-protected')}
			</p>
		);
	if (code.kind === 'none') return null;
	if (code.kind === 'too-long')
		return (
			<p class="ws-qr-note print-only">{t('print.qr-too-long')}</p>
		);
	return (
		<figure
			class="ws-qr print-only"
			data-ready="true"
			data-modules={code.size}
			data-module-mm={code.moduleMm}
			data-link-length={code.linkLength}
			data-level={code.level}
		>
			<QrSvg code={code} width={`${code.widthMm}mm`} label={t('share.qr-label')} />
			<figcaption>
				<strong>{t('print.qr-heading')}</strong> {t('print.qr-about')}
			</figcaption>
		</figure>
	);
}
