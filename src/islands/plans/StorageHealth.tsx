import { useEffect } from 'preact/hooks';
import { useStore } from '@nanostores/preact';
import { $storageHealth, checkStorageHealth, storageTruthNow } from '../../store/health';
import { readableSize } from '../../plan/sizes';
import { storageTruth } from '../../plan/storage-truth';
import { useT } from '../common/words';


/** What the browser has promised about this site's storage, and how much it holds. */
export function StorageHealth() {
	const t = useT();
	const health = useStore($storageHealth);
	useEffect(() => {
		checkStorageHealth();
	}, []);
	const truth = storageTruthNow(health);
	return (
		<ul class="plans-health">
			<li data-health="persist">
				{health.persisted === null
					? health.checked
						? t('storage.persist-unknown')
						: t('storage.persist-asking')
					: health.persisted
						? t('storage.persist-yes')
						: t('storage.persist-no')}
			</li>
			{/* Always a line, measuring or measured, so the lines below do not move when the figure arrives. */}
			<li data-health="usage">
				{health.usage === null ? (
					t(health.checked ? 'storage.usage-unknown' : 'storage.usage-measuring')
				) : health.quota ? (
					t('storage.usage-of', { used: readableSize(health.usage, t), quota: readableSize(health.quota, t) })
				) : (
					t('storage.usage', { used: readableSize(health.usage, t) })
				)}
			</li>
			{/* Always a line, so nothing below moves when the browser's answer arrives. */}
			<li data-health="truth">
				{truth
					? t(truth)
					: health.checked
						? t('storage.file-keeps')
						: t(storageTruth({ persisted: false, standalone: false, safari: false })!)}
			</li>
		</ul>
	);
}
