import { useEffect, useState } from 'preact/hooks';
import { useStore } from '@nanostores/preact';
import { $plans } from '../../store/plans';
import { $backupDismissed, $lastBackup, dismissBackupReminder } from '../../store/backup';
import { backupAge, backupReminderDue } from '../../plan/backup';
import { useT, withParts } from './words';
import { pagePath } from './site-base';

interface Props {
	/** Where "Back up now" leads: the move section on My plans (an id on this page; by default its address). */
	backupHref?: string;
}

/**
 * "Last backup: 12 days ago", and after 14 days with changes since, a quiet reminder that can be
 * dismissed. Shown on My plans and on every worksheet page.
 */
export function BackupStatus({ backupHref = pagePath('/plans/#move-plans') }: Props) {
	const t = useT();
	const plans = useStore($plans, { ssr: () => [] });
	const lastBackup = useStore($lastBackup);
	const dismissed = useStore($backupDismissed);
	// The clock is read after hydration, so the server's HTML and the first render agree.
	const [now, setNow] = useState<Date | null>(null);
	useEffect(() => setNow(new Date()), []);
	if (!now || plans.length === 0) return null;
	const changes = plans.map((plan) => plan.updated).sort();
	const due = backupReminderDue({ lastBackup, dismissed, firstChange: changes[0], lastChange: changes[changes.length - 1] }, now);
	return (
		<div class="plans-backup not-content">
			<p class="plans-backup-line" data-backup="last">
				{withParts(t('common.backup-last'), {
					when: lastBackup ? <time dateTime={lastBackup}>{backupAge(lastBackup, now, t)}</time> : t('common.backup-never'),
				})}
			</p>
			{due && (
				<div class="plans-backup-reminder" role="note" aria-label={t('common.backup-reminder')}>
					<p>{t(lastBackup ? 'common.backup-changed' : 'common.backup-none')}</p>
					<div class="plans-buttons">
						<a class="ws-link-button" href={backupHref}>
							{t('common.backup-now')}
						</a>
						<button type="button" onClick={() => dismissBackupReminder()}>
							{t('common.not-now')}
						</button>
					</div>
				</div>
			)}
		</div>
	);
}
