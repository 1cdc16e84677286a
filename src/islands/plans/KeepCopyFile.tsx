import { useEffect, useState } from 'preact/hooks';
import { useStore } from '@nanostores/preact';
import { $keepFile, startKeeping, stopKeeping, type WritableFileHandle } from '../../store/keep-file';
import { bundleFileName } from '../../plan/codecs/bundle';
import { allPlansFileName } from '../../plan/codecs/plan-file';
import { MIN_PASSPHRASE_LENGTH } from '../../plan/link/private';
import { useT } from '../common/words';

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
		if (secret && secret.length < MIN_PASSPHRASE_LENGTH) return setProblem(`Choose a passphrase of at least ${MIN_PASSPHRASE_LENGTH} characters, or leave it empty for a plain file.`);
		try {
			const file = await picker({
				suggestedName: secret ? bundleFileName(t) : allPlansFileName(t),
				types: [{ description: 'Coaching Workbook plans', accept: { 'application/json': ['.json'] } }],
			});
			await startKeeping(file, secret || null);
		} catch (error) {
			if (!(error instanceof DOMException && error.name === 'AbortError')) setProblem('The browser did not let the site use that file. Choose another one.');
		}
	};

	return (
		<section class="plans-keep-file" aria-labelledby="plans-keep-file-heading">
			<h3 id="plans-keep-file-heading">Keep a copy in a file</h3>
			<p>
				Choose a file once (in a folder your own cloud drive syncs, if you like); while this page is open, the site rewrites it a few seconds
				after each change.
			</p>
			{state.status !== 'on' && (
				<div class="plans-control">
					<label for="plans-keep-pass">Passphrase to protect the file (leave empty for a plain, readable file)</label>
					<input id="plans-keep-pass" type="password" autocomplete="new-password" value={secret} onInput={(event) => setSecret(event.currentTarget.value)} />
				</div>
			)}
			<div class="plans-buttons">
				{state.status === 'on' ? (
					<button type="button" onClick={stopKeeping}>
						Stop updating {state.name}
					</button>
				) : (
					<button type="button" onClick={choose}>
						{state.status === 'lost' ? 'Choose the file again' : 'Choose a file to keep updated'}
					</button>
				)}
			</div>
			<div role="status" aria-live="polite">
				{state.status === 'on' &&
					`Keeping ${state.protected ? 'a protected' : 'a plain'} copy in ${state.name}${state.written ? `, last written at ${new Date(state.written).toLocaleTimeString()}` : ''}.`}
				{problem && <span class="plans-error">{problem}</span>}
			</div>
			{state.status === 'lost' && (
				<p class="plans-error" role="alert">
					{state.message}
				</p>
			)}
		</section>
	);
}
