import { useEffect, useRef, useState } from 'preact/hooks';
import { useStore } from '@nanostores/preact';
import { openBundle, summarizeBundle, type BundleContents, type BundleSummary } from '../../plan/codecs/bundle';
import type { KnownWorksheets } from '../../plan/codecs/plan-file';
import { $transfer, restoreBundle, type RestoreOutcome } from '../../store/transfer';
import { useT } from '../common/words';

interface Props {
	/** The bundle file's text and name. */
	text: string;
	name: string;
	worksheets: KnownWorksheets & Record<string, { title: string }>;
	onClose: () => void;
}

type State =
	| { step: 'passphrase'; message?: string; retry?: boolean }
	| { step: 'opening' }
	| { step: 'preview'; contents: BundleContents; summary: BundleSummary }
	| { step: 'restoring' }
	| { step: 'done'; outcome: RestoreOutcome }
	| { step: 'refused'; message: string };

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
const day = (iso: string) => {
	const date = new Date(iso);
	return Number.isNaN(date.getTime()) ? 'an unknown day' : date.toLocaleString(document.documentElement.lang || 'en', { dateStyle: 'long', timeStyle: 'short' });
};

/** Opening a bundle from another device: passphrase, preview, then merge, saying what changed. */
export function BundleRestore({ text, name, worksheets, onClose }: Props) {
	const t = useT();
	const [state, setState] = useState<State>({ step: 'passphrase' });
	const [passphrase, setPassphrase] = useState('');
	const transfer = useStore($transfer);
	const field = useRef<HTMLInputElement>(null);
	const heading = useRef<HTMLHeadingElement>(null);
	useEffect(() => field.current?.focus(), [state.step === 'passphrase']);
	useEffect(() => {
		if (state.step === 'preview' || state.step === 'done') heading.current?.focus();
	}, [state.step]);

	const open = async (event: Event) => {
		event.preventDefault();
		if (state.step === 'opening') return;
		setState({ step: 'opening' });
		const opened = await openBundle(text, passphrase, t);
		if (opened.ok) setState({ step: 'preview', contents: opened.contents, summary: summarizeBundle(opened.contents, worksheets) });
		else if (opened.retry) setState({ step: 'passphrase', message: opened.message, retry: true });
		else setState({ step: 'refused', message: opened.message });
	};

	const restore = async (contents: BundleContents) => {
		if (transfer.busy) return;
		setState({ step: 'restoring' });
		setState({ step: 'done', outcome: await restoreBundle(contents) });
	};

	return (
		<div class="plans-preview plans-bundle" data-bundle={state.step}>
			{(state.step === 'passphrase' || state.step === 'opening') && (
				<form onSubmit={open}>
					<p>
						<strong>{name}</strong> is a protected file of plans moved from another device. Type the passphrase it was made with.
					</p>
					<div class="plans-control">
						<label for="plans-bundle-pass">Passphrase</label>
						<input
							id="plans-bundle-pass"
							ref={field}
							type="password"
							autocomplete="off"
							spellcheck={false}
							value={passphrase}
							aria-invalid={state.step === 'passphrase' && state.retry ? 'true' : undefined}
							aria-describedby={state.step === 'passphrase' && state.message ? 'plans-bundle-pass-error' : undefined}
							onInput={(event) => setPassphrase(event.currentTarget.value)}
						/>
					</div>
					{state.step === 'passphrase' && state.message && (
						<p id="plans-bundle-pass-error" class="plans-error" role="alert">
							{state.message}
						</p>
					)}
					<div class="plans-buttons">
						<button type="submit" disabled={state.step === 'opening' || passphrase.length === 0}>
							{state.step === 'opening' ? 'Opening…' : 'Open'}
						</button>
						<button type="button" onClick={onClose}>
							Cancel
						</button>
					</div>
				</form>
			)}
			{state.step === 'refused' && (
				<>
					<p class="plans-error" role="alert">
						{state.message}
					</p>
					<button type="button" onClick={onClose}>
						Close
					</button>
				</>
			)}
			{state.step === 'preview' && (
				<>
					<h3 ref={heading} tabIndex={-1}>
						What the file holds
					</h3>
					<ul data-bundle-summary>
						<li>{plural(state.summary.plans, 'plan')}</li>
						<li>For: {state.summary.people.length ? state.summary.people.join(', ') : 'no one named'}</li>
						<li>Made {day(state.summary.made)}</li>
						{state.summary.sessions > 0 && <li>{plural(state.summary.sessions, 'coaching session')} with their notes</li>}
						{state.summary.practice && <li>Your practice progress</li>}
						{state.summary.quarantined > 0 && <li>{plural(state.summary.quarantined, 'record')} that could not be read, kept as they are</li>}
					</ul>
					{state.summary.unknownWorksheets.length > 0 && (
						<p data-bundle="unknown-worksheets">
							Plans of worksheets this site does not have ({state.summary.unknownWorksheets.join(', ')}) are kept as they are and listed with
							your plans; they go along untouched when you move your plans again.
						</p>
					)}
					<p class="ws-hint">Plans you already have are merged answer by answer, the newest edit winning; nothing here is deleted.</p>
					<div class="plans-buttons">
						<button type="button" onClick={() => restore(state.contents)} disabled={transfer.busy}>
							Restore on this device
						</button>
						<button type="button" onClick={onClose}>
							Cancel
						</button>
					</div>
				</>
			)}
			{state.step === 'restoring' && (
				<p>
					<label for="plans-bundle-progress">Restoring…</label>{' '}
					<progress id="plans-bundle-progress" max={transfer.total || 1} value={transfer.done} />
				</p>
			)}
			{state.step === 'done' &&
				(state.outcome.ok ? (
					<>
						<h3 ref={heading} tabIndex={-1} data-bundle-outcome>
							Restored: added {state.outcome.added}, updated {state.outcome.updated}, unchanged {state.outcome.unchanged}.
						</h3>
						{(state.outcome.sessions > 0 || state.outcome.quarantined > 0) && (
							<p>
								Also {plural(state.outcome.sessions, 'session')} and {plural(state.outcome.quarantined, 'set-aside record')}.
							</p>
						)}
						{state.outcome.practice && <p>Your practice progress now includes the answers from the file (for each item, the answer given last).</p>}
						<button type="button" onClick={onClose}>
							Done
						</button>
					</>
				) : (
					<>
						<p class="plans-error" role="alert" data-bundle-outcome>
							{state.outcome.message}
						</p>
						<button type="button" onClick={onClose}>
							Close
						</button>
					</>
				))}
		</div>
	);
}
