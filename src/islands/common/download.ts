import type { Translate } from '../../plan/i18n/translate';
import type { PlanRecord } from '../../plan/record';
import type { SessionRecord } from '../../plan/session';
import { noteDownloaded } from '../../store/downloads';

/** Saves text as a file through the browser's own download, without any server. */
export function downloadText(fileName: string, text: string, type = 'application/json') {
	const url = URL.createObjectURL(new Blob([text], { type }));
	const link = document.createElement('a');
	link.href = url;
	link.download = fileName;
	link.rel = 'noopener';
	document.body.append(link);
	link.click();
	link.remove();
	// Let the download start before the address is released.
	setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/**
 * Saves plans as one plan file and notes when each was downloaded. `all` names the file for
 * "Download all plans" even when there is a single plan; `sessions` go in with them (the coach's
 * session records and private notes). The codec loads on first use.
 */
export async function downloadPlans(plans: PlanRecord[], t: Translate<'export'>, { all = false, sessions = [] as SessionRecord[] } = {}) {
	const { allPlansFileName, planFileName, planFileText } = await import('../../plan/codecs/plan-file');
	downloadText(all ? allPlansFileName(t) : planFileName(plans[0]), planFileText(plans, new Date(), sessions));
	noteDownloaded(plans.map((plan) => plan.id));
}
