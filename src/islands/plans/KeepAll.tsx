import { useState } from 'preact/hooks';
import { useStore } from '@nanostores/preact';
import { $plans } from '../../store/plans';
import { downloadPlans } from '../common/download';
import { StorageHealth } from './StorageHealth';
import { useT } from '../common/words';

/** "Keep your plans": what the browser promises about its storage, and one file of every plan. */
export function KeepAll() {
	const t = useT();
	const plans = useStore($plans, { ssr: () => [] });
	// Busy while the file is built: a slow phone takes a moment with many plans, and a second
	// press would start a second download.
	const [downloading, setDownloading] = useState(false);
	const downloadAll = async () => {
		if (downloading) return;
		setDownloading(true);
		try {
			// The coach's sessions go in the file too; their store (and its validation) loads here.
			const { $sessions } = await import('../../store/sessions');
			await downloadPlans(plans, t, { all: true, sessions: $sessions.get() });
		} finally {
			setDownloading(false);
		}
	};
	return (
		<section class="plans-keep" aria-labelledby="plans-keep-heading">
			<h2 id="plans-keep-heading">{t('plans.keep-heading')}</h2>
			<StorageHealth />
			<button type="button" disabled={plans.length === 0} aria-busy={downloading ? 'true' : undefined} aria-disabled={downloading ? 'true' : undefined} onClick={downloadAll}>
				{t(downloading ? 'plans.preparing' : 'plans.download-all')}
			</button>
			<p class="ws-hint">{t('plans.download-all-hint')}</p>
		</section>
	);
}
