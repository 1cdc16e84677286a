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
						? 'This browser does not say whether it keeps the site’s data: it may clear it when space runs low.'
						: 'Asking this browser whether it keeps the site’s data or may clear it when space runs low…'
					: health.persisted
						? 'This browser has agreed to keep the site’s data until you clear it.'
						: 'This browser has not promised to keep the site’s data: it may clear it when space runs low.'}
			</li>
			{/* Always a line, measuring or measured, so the lines below do not move when the figure arrives. */}
			<li data-health="usage">
				{health.usage === null ? (
					health.checked ? 'This browser does not say how much space the site uses.' : 'Measuring the space this site uses in this browser…'
				) : (
					<>
						Space used by this site: {readableSize(health.usage, t)}
						{health.quota ? ` of about ${readableSize(health.quota, t)} available` : ''}.
					</>
				)}
			</li>
			{/* Always a line, so nothing below moves when the browser's answer arrives. */}
			<li data-health="truth">
				{truth ??
					(health.checked
						? 'A copy in a file (“Move to another device”) keeps your plans if this device is lost or replaced.'
						: storageTruth({ persisted: false, standalone: false, safari: false }))}
			</li>
		</ul>
	);
}
