import { useState } from 'preact/hooks';
import { useStore } from '@nanostores/preact';
import type { QuarantinedRecord } from '../../store/quarantine';
import { $plans } from '../../store/plans';
import { salvageQuarantined, type SalvageResult } from '../../store/salvage';
import type { SalvageField } from '../../plan/salvage';
import { downloadText } from './download';
import { SalvageReport } from './SalvageReport';
import { reasonText } from '../../plan/reason';
import { useT } from './words';

interface Props {
	id: string;
	entry: QuarantinedRecord;
	/** The worksheet's title, when the list spans several worksheets. */
	worksheetTitle?: string;
	/** What salvage reads the record against; without it only the download is offered. */
	target?: { id: string; version: number; fields: SalvageField[] };
}

/**
 * One damaged plan, as the worksheet's banner and My plans both list it: why it could not be read,
 * salvage into a new plan, the untouched text as a download, and what salvage already recovered.
 */
export function DamagedPlanItem({ id, entry, worksheetTitle, target }: Props) {
	const t = useT();
	const plans = useStore($plans);
	const [result, setResult] = useState<SalvageResult | null>(null);
	const recovered = plans.find((plan) => plan.recovered === id);
	return (
		<li>
			<span>{t(worksheetTitle ? 'common.damaged-plan-of' : 'common.damaged-plan', { id, worksheet: worksheetTitle ?? '', reason: reasonText(entry.reason, t) })}</span>
			<div class="ws-plan-buttons">
				{target && (
					<button type="button" onClick={() => setResult(salvageQuarantined(id, target))}>
						{t('common.damaged-recover', { id })}
					</button>
				)}
				<button type="button" onClick={() => downloadText(t('common.damaged-file', { id }), entry.raw)}>
					{t('common.damaged-download', { id })}
				</button>
			</div>
			{result ? <SalvageReport result={result} /> : recovered && <p>{t('common.damaged-recovered', { title: recovered.title })}</p>}
		</li>
	);
}
