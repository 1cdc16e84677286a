import { useStore } from '@nanostores/preact';
import { $quarantine } from '../../store/quarantine';
import { worksheetOfDamaged, type SalvageField } from '../../plan/salvage';
import { DamagedPlanItem } from '../common/DamagedPlanItem';
import { useT } from '../common/words';

interface Props {
	/** Every worksheet by id, with the fields salvage reads back. */
	worksheets: Record<string, { title: string; href: string; version: number; fields?: SalvageField[] }>;
}

/** Saved data this version of the site cannot read: never deleted, listed with a download and salvage. */
export function QuarantineList({ worksheets }: Props) {
	const t = useT();
	const entries = Object.entries(useStore($quarantine, { ssr: () => ({}) }));
	if (!entries.length) return null;
	return (
		<section class="plans-quarantine" aria-labelledby="plans-quarantine-heading">
			<h2 id="plans-quarantine-heading">{t('storage.quarantine-heading')}</h2>
			<p>{t('storage.quarantine-about', { count: entries.length })}</p>
			<ul>
				{entries.map(([id, entry]) => {
					const worksheetId = worksheetOfDamaged(entry.raw);
					const sheet = worksheetId ? worksheets[worksheetId] : undefined;
					const target = sheet?.fields && worksheetId ? { id: worksheetId, version: sheet.version, fields: sheet.fields } : undefined;
					return <DamagedPlanItem key={id} id={id} entry={entry} worksheetTitle={sheet?.title} target={target} />;
				})}
			</ul>
		</section>
	);
}
