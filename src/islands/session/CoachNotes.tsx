interface Props {
	notes: string;
	onChange: (notes: string) => void;
}

/** The coach's own notes: saved with the session on this device, never in the client's plan. */
export function CoachNotes({ notes, onChange }: Props) {
	return (
		<section class="session-notes print:hidden" aria-labelledby="session-notes-title">
			<h3 id="session-notes-title">Your private notes</h3>
			<p class="ws-hint" id="session-notes-hint">
				Only for you, the coach: saved on this device with the session, apart from the plan. They are not in the client’s print, share
				link, Markdown or plan file.
			</p>
			<label class="sr-only" for="session-notes">
				Private notes
			</label>
			<textarea id="session-notes" aria-describedby="session-notes-hint" rows={5} value={notes} onInput={(event) => onChange(event.currentTarget.value)} />
		</section>
	);
}
