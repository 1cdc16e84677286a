import { MIN_PASSPHRASE_LENGTH } from '../../plan/link/passphrase';
import { useT } from '../common/words';

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
	const t = useT();
	const id = `${idPrefix}-protect`;
	return (
		<div class="ws-protect">
			<div class="ws-protect-toggle">
				<input id={id} type="checkbox" checked={protect} onChange={(e) => onProtect(e.currentTarget.checked)} />
				<label for={id}>{t('share.protect')}</label>
			</div>
			{protect && (
				<>
					<label for={`${id}-passphrase`}>{t('share.protect-passphrase', { count: MIN_PASSPHRASE_LENGTH })}</label>
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
						{t('share.protect-about')}
					</p>
				</>
			)}
		</div>
	);
}
