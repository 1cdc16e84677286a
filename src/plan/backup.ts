/**
 * When the visitor last kept a copy of everything, in words, and when to remind them: shared by My
 * plans and the worksheet page.
 */
import type { Key, Translate } from './i18n/translate';

/** Days after the last backup (with changes since) before the reminder shows. */
export const BACKUP_REMINDER_DAYS = 14;
const DAY = 24 * 60 * 60 * 1000;

/**
 * "never", "today", "yesterday", "12 days ago", "3 months ago": how long since `iso`, in `t`'s language.
 * From the catalog, not `Intl.RelativeTimeFormat`, whose first use cost 100-190 ms at 4× slowdown on
 * the pages that show it as they load (My plans, a worksheet). Past 60 days in months, past two years in years.
 */
export function backupAge(iso: string, now: Date, t: Translate<'common'>): string {
	const then = Date.parse(iso);
	if (!iso || Number.isNaN(then)) return t('common.backup-never');
	const days = Math.max(0, Math.floor((now.getTime() - then) / DAY));
	if (days < 3) return t(['common.backup-today', 'common.backup-yesterday', 'common.backup-two-days'][days] as Key<'common'>);
	if (days < 60) return t('common.backup-days', { count: days });
	if (days < 730) return t('common.backup-months', { count: Math.floor(days / 30) });
	return t('common.backup-years', { count: Math.floor(days / 365) });
}

/**
 * Whether to remind the visitor to keep a copy: something changed since the last backup, the last
 * backup (or, if never, the oldest change) is at least 14 days old, and the reminder was not
 * dismissed in the last 14 days.
 */
export function backupReminderDue(state: { lastBackup: string; dismissed: string; firstChange: string; lastChange: string }, now: Date): boolean {
	const { lastBackup, dismissed, firstChange, lastChange } = state;
	if (!lastChange || (lastBackup && lastChange <= lastBackup)) return false;
	if (dismissed && now.getTime() - Date.parse(dismissed) < BACKUP_REMINDER_DAYS * DAY) return false;
	const since = Date.parse(lastBackup || firstChange);
	return !Number.isNaN(since) && now.getTime() - since >= BACKUP_REMINDER_DAYS * DAY;
}
