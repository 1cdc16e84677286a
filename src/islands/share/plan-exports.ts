import type { Translate } from '../../plan/i18n/translate';
import type { PlanRecord } from '../../plan/record';
import type { WorksheetDefinition } from '../../schemas/worksheet';
import { downloadText } from '../common/download';

/** What an export says back: a line for the status region, and the link when one was made. */
export type ExportResult = { text: string; link?: string; error?: boolean };

/** One wording wherever a plan is too long to travel in a link. */
export const tooLongForLink = (t: Translate<'share'>): ExportResult => ({ text: t('share.too-long'), error: true });

/** The plan's plain link data (already migrated to `definition`), or null when it is too long for a link. */
export async function plainLinkData(plan: PlanRecord, definition: WorksheetDefinition): Promise<string | null> {
	const [{ encodeSharePayload }, { MAX_LINK_CHARS }] = await Promise.all([import('../../plan/link'), import('../../plan/codecs/limits')]);
	const encoded = await encodeSharePayload({ plan, worksheet: definition.id, context: plan.context });
	return encoded.length > MAX_LINK_CHARS ? null : encoded;
}

/** Downloads the plan's dated actions as a calendar file named after `fileNameFrom`; says what happened. */
export async function downloadCalendar(t: Translate<'share' | 'export' | 'print'>, plan: PlanRecord, definition: WorksheetDefinition, fileNameFrom: PlanRecord = plan): Promise<ExportResult> {
	const { planToIcs, calendarFileName } = await import('../../plan/codecs/calendar');
	const made = planToIcs(plan, definition, t);
	if (!made.ok) return { text: made.message, error: true };
	downloadText(calendarFileName(fileNameFrom), made.text, 'text/calendar');
	return { text: t('share.calendar-downloaded') };
}
