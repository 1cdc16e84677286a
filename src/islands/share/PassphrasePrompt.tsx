import { useEffect, useRef, useState } from 'preact/hooks';
import { useT } from '../common/words';

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
 * Asks for the passphrase of a private link. The passphrase lives only in this prompt while it is
 * shown (kept after a wrong try, so a typo can be mended) and goes when the link opens; nothing
 * stores it. The prompt comes into view with its field focused, as nothing else on the page can be
 * used before it.
 */
export function PassphrasePrompt({ linkKind, onUnlock, onCancel, busy, error, idPrefix }: Props) {
	const t = useT();
	const [passphrase, setPassphrase] = useState('');
	const [shown, setShown] = useState(false);
	const input = useRef<HTMLInputElement>(null);
	const form = useRef<HTMLFormElement>(null);
	const id = `${idPrefix}-passphrase`;
	useEffect(() => {
		form.current?.scrollIntoView({ block: 'start' });
		input.current?.focus({ preventScroll: true });
	}, []);
	// After a wrong try the field keeps its text and takes the focus again.
	useEffect(() => {
		if (error && !busy) input.current?.focus();
	}, [error, busy]);
	const submit = (event: Event) => {
		event.preventDefault();
		if (passphrase) onUnlock(passphrase);
	};
	return (
		<form class="ws-banner ws-passphrase print:hidden" onSubmit={submit} aria-labelledby={`${id}-heading`} ref={form}>
			<p id={`${id}-heading`}>
				<strong>{t(linkKind === 'plan' ? 'share.locked-plan' : 'share.locked-worksheet')}</strong>{' '}
				{t(linkKind === 'plan' ? 'share.locked-plan-about' : 'share.locked-worksheet-about')}
			</p>
			<label for={id}>{t('share.passphrase')}</label>
			<input
				ref={input}
				id={id}
				type={shown ? 'text' : 'password'}
				autocomplete="off"
				value={passphrase}
				onInput={(e) => setPassphrase(e.currentTarget.value)}
				aria-invalid={error ? 'true' : undefined}
				aria-describedby={error ? `${id}-error` : undefined}
				disabled={busy}
			/>
			<div class="ws-protect-toggle">
				<input id={`${id}-show`} type="checkbox" checked={shown} onChange={(e) => setShown(e.currentTarget.checked)} />
				<label for={`${id}-show`}>{t('share.passphrase-show')}</label>
			</div>
			<div role="status">
				{busy && <p>{t('share.unlocking')}</p>}
				{error && !busy && (
					<p class="plans-error" id={`${id}-error`}>
						{error}
					</p>
				)}
			</div>
			<div class="ws-plan-buttons">
				<button type="submit" class="ws-primary" disabled={busy || !passphrase}>
					{t('share.unlock')}
				</button>
				<button type="button" onClick={onCancel} disabled={busy}>
					{t('share.unlock-cancel')}
				</button>
			</div>
		</form>
	);
}
