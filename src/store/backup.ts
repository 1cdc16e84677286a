/**
 * When the visitor last kept a copy of everything, and when they last dismissed the reminder. Small on
 * purpose: the worksheet page reads it without loading the bundle code.
 *
 * localStorage (see `keys.ts`): `cw:backup-made` (ISO time of the last bundle or kept-file write),
 * `cw:backup-dismissed` (ISO time the reminder was last dismissed). Empty or absent: never.
 */
import { persistentAtom } from '@nanostores/persistent';
import { BACKUP_DISMISSED_KEY, BACKUP_MADE_KEY } from './keys';

export const $lastBackup = persistentAtom<string>(BACKUP_MADE_KEY, '');
export const $backupDismissed = persistentAtom<string>(BACKUP_DISMISSED_KEY, '');

export function dismissBackupReminder(now = new Date()) {
	$backupDismissed.set(now.toISOString());
}
