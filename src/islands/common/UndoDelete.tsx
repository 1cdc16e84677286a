import { useStore } from '@nanostores/preact';
import { $lastDeleted, undoDelete } from '../../store/plans';
import { planLabel } from '../../plan/answers/plan-label';

/** "Deleted …. Undo", announced politely; `worksheet` limits it to plans of one worksheet. */
export function UndoDelete({ worksheet }: { worksheet?: string }) {
	const deleted = useStore($lastDeleted);
	const shown = deleted && (!worksheet || deleted.worksheet === worksheet);
	return (
		<div role="status" class="ws-status">
			{shown && (
				<span>
					Deleted “{planLabel(deleted)}”.{' '}
					<button type="button" class="ws-link-button" onClick={undoDelete}>
						Undo
					</button>
				</span>
			)}
		</div>
	);
}
