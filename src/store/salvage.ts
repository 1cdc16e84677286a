import { salvageRecord, type SalvageField, type Salvaged } from '../plan/salvage';
import type { PlanRecord } from '../plan/record';
import { $quarantine } from './quarantine';
import { createPlan } from './plans';

/** What salvage did: the new plan and what was and was not read, or why nothing was made. */
export type SalvageResult = { ok: true; plan: PlanRecord; salvaged: Salvaged } | { ok: false; why: 'gone' | 'nothing' };

/**
 * Reads what survives of a quarantined record into a NEW plan of `worksheet`, with the damaged plan's
 * title, marked with `recovered` (the quarantine id; see keys.ts) and `origin: 'recovered'` (the screen
 * words it "Recovered: …"). The quarantined record stays as it was,
 * so the visitor can still download it or try again after an update. The new plan becomes the one the
 * worksheet shows.
 */
export function salvageQuarantined(
	quarantineId: string,
	worksheet: { id: string; version: number; fields: SalvageField[] },
): SalvageResult {
	const entry = $quarantine.get()[quarantineId];
	if (!entry) return { ok: false, why: 'gone' };
	const salvaged = salvageRecord(entry.raw, worksheet.fields);
	if (!salvaged.recovered.length && !salvaged.title && !salvaged.person)
		return { ok: false, why: 'nothing' };
	const plan = createPlan(
		{ id: worksheet.id, version: worksheet.version },
		{
			title: salvaged.title ?? '',
			origin: 'recovered',
			person: salvaged.person ?? '',
			date: salvaged.date ?? '',
			answers: salvaged.answers,
			recovered: quarantineId,
		},
	);
	return { ok: true, plan, salvaged };
}
