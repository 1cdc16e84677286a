import type { CoachContext } from '../../plan/link';
import { formatDate } from '../../plan/dates';
import { useT } from '../common/words';

/** The coach's context for this worksheet, shown above it on screen and on paper. */
export function CoachNote({ context }: { context: CoachContext }) {
	const t = useT();
	const rows = [
		[t('coach.note-for'), context.client],
		[t('coach.note-from'), context.coach],
		[t('coach.note-focus'), context.focus],
		[t('coach.note-return-by'), context.returnBy && formatDate(context.returnBy, t)],
		[t('coach.note-note'), context.note],
	].filter((row): row is [string, string] => !!row[1]);
	if (!rows.length) return null;
	return (
		<section class="ws-coach-note" aria-label={t('coach.note-from')}>
			<dl>
				{rows.map(([label, text]) => (
					<div>
						<dt>{label}</dt>
						<dd class="ws-printed-text">{text}</dd>
					</div>
				))}
			</dl>
		</section>
	);
}
