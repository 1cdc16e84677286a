import { MIN_PASSPHRASE_LENGTH } from '../../plan/link/private';

interface Props {
	idPrefix: string;
	protect: boolean;
	passphrase: string;
	onProtect: (protect: boolean) => void;
	onPassphrase: (passphrase: string) => void;
	/** Why the passphrase cannot be used, shown under it. */
	error?: string;
}

/**
 * "Protect with a passphrase" for any link a visitor makes: a checkbox, then the passphrase and what
 * it does and does not protect. The passphrase stays in the form's state until the link is made.
 */
export function ProtectOption({ idPrefix, protect, passphrase, onProtect, onPassphrase, error }: Props) {
	const id = `${idPrefix}-protect`;
	return (
		<div class="ws-protect">
			<div class="ws-protect-toggle">
				<input id={id} type="checkbox" checked={protect} onChange={(e) => onProtect(e.currentTarget.checked)} />
				<label for={id}>Protect with a passphrase</label>
			</div>
			{protect && (
				<>
					<label for={`${id}-passphrase`}>Passphrase (at least {MIN_PASSPHRASE_LENGTH} characters)</label>
					<input
						id={`${id}-passphrase`}
						type="password"
						autocomplete="new-password"
						minLength={MIN_PASSPHRASE_LENGTH}
						value={passphrase}
						onInput={(e) => onPassphrase(e.currentTarget.value)}
						aria-describedby={`${id}-about${error ? ` ${id}-error` : ''}`}
						aria-invalid={error ? 'true' : undefined}
					/>
					{error && (
						<p class="plans-error" id={`${id}-error`}>
							{error}
						</p>
					)}
					<p class="ws-hint" id={`${id}-about`}>
						The link is encrypted in this browser and opens only with the passphrase. Anyone who has both the link and the passphrase
						can read it, so send the passphrase another way (say it, or use a different app), never in the message with the link.
						The passphrase is not saved anywhere: if it is lost, the link cannot be opened.
					</p>
				</>
			)}
		</div>
	);
}
