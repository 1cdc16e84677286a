import { useT } from '../common/words';

interface Props {
	notes: string;
	onChange: (notes: string) => void;
}

/** The coach's own notes: saved with the session on this device, never in the client's plan. */
export function CoachNotes({ notes, onChange }: Props) {
	const t = useT();
	return (
		<section class="session-notes print:hidden" aria-labelledby="session-notes-title">
			<h3 id="session-notes-title">{t('session.notes-heading')}</h3>
			<p class="ws-hint" id="session-notes-hint">
				{t('session.notes-hint')}
			</p>
			<label class="sr-only" for="session-notes">
				{t('session.notes-label')}
			</label>
			<textarea id="session-notes" aria-describedby="session-notes-hint" rows={5} value={notes} onInput={(event) => onChange(event.currentTarget.value)} />
		</section>
	);
}
