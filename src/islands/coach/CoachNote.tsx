import type { CoachContext } from '../../plan/link';
import { formatDate } from '../../plan/dates';
import { useT } from '../common/words';

/** The coach's context for this worksheet, shown above it on screen and on paper. */
export function CoachNote({ context }: { context: CoachContext }) {
	const t = useT();
	const rows = [
		['For', context.client],
		['From your coach', context.coach],
		['Focus', context.focus],
		['Please send back by', context.returnBy && formatDate(context.returnBy, t)],
		['Note', context.note],
	].filter((row): row is [string, string] => !!row[1]);
	if (!rows.length) return null;
	return (
		<section class="ws-coach-note" aria-label="From your coach">
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
