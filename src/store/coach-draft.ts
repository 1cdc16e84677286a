import type { CoachContext } from '../plan/link/coach-context';
import { COACH_DRAFT_KEY } from './keys';

/** What the coach form keeps across a reload: the worksheet chosen and the context typed (never the passphrase). */
export interface CoachDraft {
	worksheet: string;
	context: CoachContext;
}

const isText = (value: unknown): value is string => typeof value === 'string';

/**
 * The draft kept for this tab, or null. In sessionStorage: it survives a reload but not the tab, so a
 * client's name does not stay on a shared computer.
 */
export function loadCoachDraft(): CoachDraft | null {
	try {
		const value = JSON.parse(sessionStorage.getItem(COACH_DRAFT_KEY) ?? 'null');
		if (!value || !isText(value.worksheet) || typeof value.context !== 'object' || value.context === null) return null;
		const context = Object.fromEntries(Object.entries(value.context).filter(([, text]) => isText(text))) as CoachContext;
		return { worksheet: value.worksheet, context };
	} catch {
		return null;
	}
}

export function saveCoachDraft(draft: CoachDraft) {
	try {
		sessionStorage.setItem(COACH_DRAFT_KEY, JSON.stringify(draft));
	} catch {
		// Storage refused: the form still works, it just will not survive a reload.
	}
}
