import { useStore } from '@nanostores/preact';
import { $lastDeleted, undoDelete } from '../../store/plans';
import { planLabel } from '../../plan/answers/plan-label';
import { useT, withParts } from './words';

/** "Deleted …. Undo", announced politely; `worksheet` limits it to plans of one worksheet. */
export function UndoDelete({ worksheet }: { worksheet?: string }) {
	const t = useT();
	const deleted = useStore($lastDeleted);
	const shown = deleted && (!worksheet || deleted.worksheet === worksheet);
	return (
		<div role="status" class="ws-status">
			{shown && (
				<span>
					{withParts(t('common.deleted'), {
						label: planLabel(deleted, t),
						undo: (
							<button type="button" class="ws-link-button" onClick={undoDelete}>
								{t('common.undo')}
							</button>
						),
					})}
				</span>
			)}
		</div>
	);
}
