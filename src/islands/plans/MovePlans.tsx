import { useRef, useState } from 'preact/hooks';
import { useStore } from '@nanostores/preact';
import { $plans } from '../../store/plans';
import { $transfer, makeEverythingBundle, TransferBusy } from '../../store/transfer';
import { bundleFileName, generatePassphrase } from '../../plan/codecs/bundle';
import { MIN_PASSPHRASE_LENGTH } from '../../plan/link/passphrase';
import { downloadText } from '../common/download';
import { BackupStatus } from '../common/BackupStatus';
import { KeepCopyFile } from './KeepCopyFile';
import { useT } from '../common/words';

type State = { step: 'idle' } | { step: 'working' } | { step: 'done'; how: 'shared' | 'downloaded'; name: string } | { step: 'error'; message: string };

/** Whether this browser can hand a file to the system share sheet (AirDrop, Messages, mail). */
function canShareFile(file: File): boolean {
	try {
		return typeof navigator.share === 'function' && typeof navigator.canShare === 'function' && navigator.canShare({ files: [file] });
	} catch {
		return false;
	}
}

/**
 * "Move to another device": one protected file of everything this site keeps here (plans, session
 * notes, set-aside records), sealed with a passphrase the visitor types or copies. It leaves by the
 * share sheet where the browser can share files, and as a download everywhere else.
 */
export function MovePlans() {
	const t = useT();
	const plans = useStore($plans, { ssr: () => [] });
	const transfer = useStore($transfer);
	const [passphrase, setPassphrase] = useState('');
	const [generated, setGenerated] = useState(false);
	const [shown, setShown] = useState(false);
	const [state, setState] = useState<State>({ step: 'idle' });
	const field = useRef<HTMLInputElement>(null);
	const short = passphrase.length < MIN_PASSPHRASE_LENGTH;

	const make = async (event: Event) => {
		event.preventDefault();
		if (short) {
			setState({ step: 'error', message: t('storage.move-short', { count: MIN_PASSPHRASE_LENGTH }) });
			return field.current?.focus();
		}
		if (transfer.busy || state.step === 'working') return;
		setState({ step: 'working' });
		try {
			const text = await makeEverythingBundle(passphrase);
			const name = bundleFileName(t);
			const file = new File([text], name, { type: 'application/json' });
			if (canShareFile(file)) {
				try {
					await navigator.share({ files: [file], title: t('storage.move-share-title') });
					return setState({ step: 'done', how: 'shared', name });
				} catch (error) {
					// Closing the share sheet is a choice, not a failure; anything else falls back to a download.
					if (error instanceof DOMException && error.name === 'AbortError') return setState({ step: 'idle' });
				}
			}
			downloadText(name, text);
			setState({ step: 'done', how: 'downloaded', name });
		} catch (error) {
			setState({
				step: 'error',
				message: error instanceof TransferBusy ? t('storage.move-busy') : error instanceof Error ? error.message : t('storage.move-failed'),
			});
		}
	};

	return (
		<section class="plans-move" id="move-plans" aria-labelledby="plans-move-heading">
			<h2 id="plans-move-heading">{t('storage.move-heading')}</h2>
			<BackupStatus backupHref="#move-plans" />
			<p>{t('storage.move-about')}</p>
			<form onSubmit={make}>
				<div class="plans-control">
					<label for="plans-move-pass">{t('storage.move-pass', { count: MIN_PASSPHRASE_LENGTH })}</label>
					<input
						id="plans-move-pass"
						ref={field}
						type={shown || generated ? 'text' : 'password'}
						autocomplete="new-password"
						spellcheck={false}
						value={passphrase}
						aria-describedby="plans-move-pass-hint"
						onInput={(event) => {
							setPassphrase(event.currentTarget.value);
							setGenerated(false);
						}}
					/>
				</div>
				<p id="plans-move-pass-hint" class="ws-hint">
					{t(generated ? 'storage.move-pass-generated' : 'storage.move-pass-hint')}
				</p>
				<div class="plans-buttons">
					<button
						type="button"
						onClick={() => {
							setPassphrase(generatePassphrase());
							setGenerated(true);
						}}
					>
						{t('storage.make-pass')}
					</button>
					{generated && (
						<button type="button" onClick={() => navigator.clipboard?.writeText(passphrase).catch(() => {})}>
							{t('storage.copy-pass')}
						</button>
					)}
					{!generated && (
						<button type="button" aria-pressed={shown} onClick={() => setShown(!shown)}>
							{t(shown ? 'storage.hide-pass' : 'storage.show-pass')}
						</button>
					)}
					<button type="submit" disabled={plans.length === 0 || transfer.busy || state.step === 'working'} aria-disabled={transfer.busy}>
						{t(state.step === 'working' ? 'storage.making' : 'storage.make')}
					</button>
				</div>
			</form>
			<div role="status" aria-live="polite" class="plans-move-result">
				{state.step === 'done' &&
					(state.how === 'shared'
						? t('storage.shared', { name: state.name })
						: t('storage.downloaded', { name: state.name }))}
				{state.step === 'error' && <span class="plans-error">{state.message}</span>}
			</div>
			<KeepCopyFile />
		</section>
	);
}
