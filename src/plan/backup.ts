/**
 * When the visitor last kept a copy of everything, in words, and when to remind them: shared by My
 * plans and the worksheet page.
 */

/** Days after the last backup (with changes since) before the reminder shows. */
export const BACKUP_REMINDER_DAYS = 14;
const DAY = 24 * 60 * 60 * 1000;

/** "never", "today", "yesterday", "12 days ago", "3 months ago": how long since `iso`, in `lang`. */
export function backupAge(iso: string, now: Date, lang = 'en'): string {
	const then = Date.parse(iso);
	if (!iso || Number.isNaN(then)) return 'never';
	const days = Math.max(0, Math.floor((now.getTime() - then) / DAY));
	const words = new Intl.RelativeTimeFormat(lang, { numeric: 'auto' });
	if (days < 60) return words.format(-days, 'day');
	if (days < 730) return words.format(-Math.floor(days / 30), 'month');
	return words.format(-Math.floor(days / 365), 'year');
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
