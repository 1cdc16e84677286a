import { useRef, useState } from 'preact/hooks';

interface Props {
	/** What the link holds, for the heading: a plan, or a coach's worksheet. */
	linkKind: 'plan' | 'coach';
	/** Tries a passphrase; the prompt forgets it as soon as this is called. */
	onUnlock: (passphrase: string) => void;
	onCancel: () => void;
	busy?: boolean;
	/** Why the last passphrase did not work. */
	error?: string;
	idPrefix: string;
}

/**
 * Asks for the passphrase of a private link. The passphrase lives only in the input while typed:
 * it is handed over once and the field is emptied, so nothing keeps it.
 */
export function PassphrasePrompt({ linkKind, onUnlock, onCancel, busy, error, idPrefix }: Props) {
	const [passphrase, setPassphrase] = useState('');
	const input = useRef<HTMLInputElement>(null);
	const id = `${idPrefix}-passphrase`;
	const submit = (event: Event) => {
		event.preventDefault();
		if (!passphrase) return;
		const given = passphrase;
		setPassphrase('');
		if (input.current) input.current.value = '';
		onUnlock(given);
	};
	return (
		<form class="ws-banner ws-passphrase print:hidden" onSubmit={submit} aria-labelledby={`${id}-heading`}>
			<p id={`${id}-heading`}>
				<strong>{linkKind === 'plan' ? 'This plan is protected with a passphrase.' : 'This worksheet link is protected with a passphrase.'}</strong>{' '}
				Enter the passphrase the sender gave you. It unlocks the link here in your browser and is not saved or sent anywhere. The
				passphrase keeps the {linkKind === 'plan' ? 'plan' : 'worksheet and the coach’s note'} unreadable to anyone who has only the
				link; anyone with both can read it.
			</p>
			<label for={id}>Passphrase</label>
			<input
				ref={input}
				id={id}
				type="password"
				autocomplete="off"
				value={passphrase}
				onInput={(e) => setPassphrase(e.currentTarget.value)}
				aria-invalid={error ? 'true' : undefined}
				aria-describedby={error ? `${id}-error` : undefined}
				disabled={busy}
			/>
			<div role="status">
				{busy && <p>Unlocking… (this takes a moment on purpose: it makes guessing slow)</p>}
				{error && !busy && (
					<p class="plans-error" id={`${id}-error`}>
						{error}
					</p>
				)}
			</div>
			<div class="ws-plan-buttons">
				<button type="submit" class="ws-primary" disabled={busy || !passphrase}>
					Unlock
				</button>
				<button type="button" onClick={onCancel} disabled={busy}>
					Cancel and show my own plans
				</button>
			</div>
		</form>
	);
}
