import { useStore } from '@nanostores/preact';
import type { WorksheetDefinition } from '../../schemas/worksheet';
import { $quarantine } from '../../store/quarantine';
import { $activePlanIds } from '../../store/plans';
import { worksheetOfDamaged, type SalvageField } from '../../plan/salvage';
import { DamagedPlanItem } from '../common/DamagedPlanItem';
import { useT, withParts } from '../common/words';
import { pagePath } from '../common/site-base';

/** The salvage view of a worksheet: its id, version, and fields with their kinds and labels. */
export const salvageTarget = (definition: WorksheetDefinition) => ({
	id: definition.id,
	version: definition.version,
	fields: definition.sections.flatMap((section) => section.fields.map(({ id, kind, label }): SalvageField => ({ id, kind, label }))),
});

/**
 * At the top of a worksheet: says so when a saved plan of this worksheet (the one it would show, or
 * one whose worksheet cannot be read) could not be read, so a damaged plan never looks like a lost
 * one. Offers salvage and the download.
 */
export function DamagedPlans({ definition }: { definition: WorksheetDefinition }) {
	const t = useT();
	const quarantine = useStore($quarantine);
	const activeId = useStore($activePlanIds)[definition.id];
	// A record whose worksheet cannot be read may be one of this worksheet's: said here too, never a silent blank.
	const mine = Object.entries(quarantine).filter(([id, entry]) => {
		const worksheet = worksheetOfDamaged(entry.raw);
		return id === activeId || worksheet === definition.id || worksheet === undefined;
	});
	if (!mine.length) return null;
	const plansHref = pagePath('/plans/');
	return (
		<div class="ws-banner ws-banner-error ws-damaged print:hidden" role="alert">
			<p>
				<strong>{t('worksheet.damaged-heading', { count: mine.length })}</strong>{' '}
				{withParts(t('worksheet.damaged-about', { count: mine.length }), { plans: <a href={plansHref}>{t('worksheet.my-plans')}</a> })}
			</p>
			<ul>
				{mine.map(([id, entry]) => (
					<DamagedPlanItem key={id} id={id} entry={entry} target={salvageTarget(definition)} />
				))}
			</ul>
		</div>
	);
}
