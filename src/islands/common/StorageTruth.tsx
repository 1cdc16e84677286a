import { useEffect, useState } from 'preact/hooks';
import { useStore } from '@nanostores/preact';
import { $storageHealth, checkStorageHealth, storageTruthNow } from '../../store/health';
import { $saveState } from '../../store/storage';
import { $plans } from '../../store/plans';
import { useT } from './words';

/**
 * Said once, at the first save on this device (the visitor's first plan): what may delete plans in
 * this browser and what prevents it. Nothing when storage is persistent or the site is installed.
 */
export function FirstSaveTruth() {
	const t = useT();
	const save = useStore($saveState);
	const plans = useStore($plans, { ssr: () => [] });
	const health = useStore($storageHealth);
	const [closed, setClosed] = useState(false);
	const first = save.status === 'saved' && plans.length === 1;
	useEffect(() => {
		if (first && !health.checked) checkStorageHealth();
	}, [first]);
	const truth = first && !closed ? storageTruthNow(health) : null;
	if (!truth) return null;
	return (
		<div class="ws-storage-truth" role="note" aria-label={t('common.truth-label')}>
			<p>{t('common.truth-saved', { truth: t(truth) })}</p>
			<button type="button" onClick={() => setClosed(true)}>
				{t('common.got-it')}
			</button>
		</div>
	);
}
