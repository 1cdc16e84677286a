import { useEffect, useState } from 'preact/hooks';
import type { PlanRecord } from '../../plan/record';
import { qrPath } from '../../plan/codecs/qr-path';

interface Props {
	plan: PlanRecord;
	worksheetId: string;
	siteBase: string;
}

type Code = { kind: 'code'; size: number; path: string } | { kind: 'too-long' } | { kind: 'none' };

/**
 * On paper, a QR code of the plan's share link, so a printed plan can be scanned back into a
 * browser; when the plan is too long for a code, the print says to use the plan file.
 * Recomputed a moment after edits stop, so printing finds it ready.
 */
export function PlanQr({ plan, worksheetId, siteBase }: Props) {
	const [code, setCode] = useState<Code>({ kind: 'none' });
	useEffect(() => {
		let cancelled = false;
		const timer = setTimeout(async () => {
			const { encodeSharePayload, shareUrl } = await import('../../plan/link');
			const link = shareUrl(siteBase, worksheetId, await encodeSharePayload({ plan, worksheet: worksheetId, context: plan.context }), 'plan');
			const drawn = await qrPath(link);
			if (!cancelled) setCode(drawn ? { kind: 'code', ...drawn } : { kind: 'too-long' });
		}, 400);
		return () => {
			cancelled = true;
			clearTimeout(timer);
		};
	}, [plan, worksheetId, siteBase]);
	if (code.kind === 'none') return null;
	if (code.kind === 'too-long')
		return <p class="ws-qr-note">This plan is too long for a QR code. To open it on another device, use its plan file (“Download plan”).</p>;
	return (
		<figure class="ws-qr" data-ready="true">
			<svg viewBox={`-2 -2 ${code.size + 4} ${code.size + 4}`} role="img" aria-label="QR code of this plan's share link" shape-rendering="crispEdges">
				<rect x="-2" y="-2" width={code.size + 4} height={code.size + 4} fill="#fff" />
				<path d={code.path} fill="#000" />
			</svg>
			<figcaption>Scan to open this plan in a browser.</figcaption>
		</figure>
	);
}
