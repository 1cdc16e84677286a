import { useEffect, useState } from 'preact/hooks';
import { useStore } from '@nanostores/preact';
import { $keepFile, startKeeping, stopKeeping, type WritableFileHandle } from '../../store/keep-file';
import { bundleFileName } from '../../plan/codecs/bundle';
import { allPlansFileName } from '../../plan/codecs/plan-file';
import { MIN_PASSPHRASE_LENGTH } from '../../plan/link/passphrase';
import { useT } from '../common/words';
import { clockTime } from '../../plan/moments';

type Picker = (options: { suggestedName: string; types: { description: string; accept: Record<string, string[]> }[] }) => Promise<WritableFileHandle>;

/**
 * "Keep a copy in a file": shown only where the browser lets a site write a file the visitor chose
 * (`showSaveFilePicker`); hidden elsewhere rather than shown broken.
 */
export function KeepCopyFile() {
	const t = useT();
	const [picker, setPicker] = useState<Picker | null>(null);
	const [secret, setSecret] = useState('');
	const [problem, setProblem] = useState('');
	const state = useStore($keepFile);
	useEffect(() => {
		const found = (window as unknown as { showSaveFilePicker?: Picker }).showSaveFilePicker;
		if (typeof found === 'function') setPicker(() => found.bind(window));
	}, []);
	if (!picker) return null;

	const choose = async () => {
		setProblem('');
		if (secret && secret.length < MIN_PASSPHRASE_LENGTH) return setProblem(t('storage.keep-short', { count: MIN_PASSPHRASE_LENGTH }));
		try {
			const file = await picker({
				suggestedName: secret ? bundleFileName(t) : allPlansFileName(t),
				types: [{ description: t('storage.keep-file-type'), accept: { 'application/json': ['.json'] } }],
			});
			await startKeeping(file, secret || null);
		} catch (error) {
			if (!(error instanceof DOMException && error.name === 'AbortError')) setProblem(t('storage.keep-refused'));
		}
	};

	return (
		<section class="plans-keep-file" aria-labelledby="plans-keep-file-heading">
			<h3 id="plans-keep-file-heading">{t('storage.keep-heading')}</h3>
			<p>{t('storage.keep-about')}</p>
			{state.status !== 'on' && (
				<div class="plans-control">
					<label for="plans-keep-pass">{t('storage.keep-pass')}</label>
					<input id="plans-keep-pass" type="password" autocomplete="new-password" value={secret} onInput={(event) => setSecret(event.currentTarget.value)} />
				</div>
			)}
			<div class="plans-buttons">
				{state.status === 'on' ? (
					<button type="button" onClick={stopKeeping}>
						{t('storage.keep-stop', { name: state.name })}
					</button>
				) : (
					<button type="button" onClick={choose}>
						{t(state.status === 'lost' ? 'storage.keep-again' : 'storage.keep-choose')}
					</button>
				)}
			</div>
			<div role="status" aria-live="polite">
				{state.status === 'on' &&
					(state.written
						? t(state.protected ? 'storage.keeping-protected-at' : 'storage.keeping-plain-at', {
								name: state.name,
								time: clockTime(new Date(state.written), true),
							})
						: t(state.protected ? 'storage.keeping-protected' : 'storage.keeping-plain', { name: state.name }))}
				{problem && <span class="plans-error">{problem}</span>}
			</div>
			{state.status === 'lost' && (
				<p class="plans-error" role="alert">
					{t(state.denied ? 'storage.keep-denied' : 'storage.keep-lost', { name: state.name })}
				</p>
			)}
		</section>
	);
}
