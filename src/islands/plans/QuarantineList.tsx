import { useStore } from '@nanostores/preact';
import { $quarantine } from '../../store/quarantine';
import { downloadText } from '../common/download';

/** Saved data this version of the site cannot read: never deleted, listed with a download. */
export function QuarantineList() {
	const entries = Object.entries(useStore($quarantine, { ssr: () => ({}) }));
	if (!entries.length) return null;
	return (
		<section class="plans-quarantine" aria-labelledby="plans-quarantine-heading">
			<h2 id="plans-quarantine-heading">Saved data that could not be opened</h2>
			<p>
				This browser holds {entries.length === 1 ? 'a saved plan' : `${entries.length} saved plans`} that this version of the site cannot
				read. {entries.length === 1 ? 'It has' : 'They have'} been kept aside, unchanged. Download a copy to keep it safe, or to send it
				to someone who can help recover it.
			</p>
			<ul>
				{entries.map(([id, entry]) => (
					<li>
						<span>
							Plan “{id}”: {entry.reason}.
						</span>{' '}
						<button type="button" onClick={() => downloadText(`coaching-workbook-unreadable-${id}.json`, entry.raw)}>
							Download “{id}”
						</button>
					</li>
				))}
			</ul>
		</section>
	);
}
