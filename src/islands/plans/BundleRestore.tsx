import { useEffect, useRef, useState } from 'preact/hooks';
import { useStore } from '@nanostores/preact';
import { openBundle, summarizeBundle, type BundleContents, type BundleSummary } from '../../plan/codecs/bundle';
import type { KnownWorksheets } from '../../plan/codecs/plan-file';
import { $transfer, restoreBundle, type RestoreOutcome } from '../../store/transfer';
import { useT, withParts } from '../common/words';
import { momentInWords } from '../../plan/moments';

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

/** Opening a bundle from another device: passphrase, preview, then merge, saying what changed. */
export function BundleRestore({ text, name, worksheets, onClose }: Props) {
	const t = useT();
	const day = (iso: string) => {
		const date = new Date(iso);
		return Number.isNaN(date.getTime()) ? t('storage.unknown-day') : momentInWords(date, t, false);
	};
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
					<p>{withParts(t('storage.bundle-intro'), { name: <strong>{name}</strong> })}</p>
					<div class="plans-control">
						<label for="plans-bundle-pass">{t('storage.passphrase')}</label>
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
							{t(state.step === 'opening' ? 'storage.opening' : 'storage.open')}
						</button>
						<button type="button" onClick={onClose}>
							{t('storage.cancel')}
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
						{t('storage.close')}
					</button>
				</>
			)}
			{state.step === 'preview' && (
				<>
					<h3 ref={heading} tabIndex={-1}>
						{t('storage.holds-heading')}
					</h3>
					<ul data-bundle-summary>
						<li>{t('storage.holds-plans', { count: state.summary.plans })}</li>
						<li>{t('storage.holds-for', { people: state.summary.people.length ? state.summary.people.join(', ') : t('storage.no-one') })}</li>
						<li>{t('storage.made', { day: day(state.summary.made) })}</li>
						{state.summary.sessions > 0 && <li>{t('storage.holds-sessions', { count: state.summary.sessions })}</li>}
						{state.summary.practice && <li>{t('storage.holds-practice')}</li>}
						{state.summary.quarantined > 0 && <li>{t('storage.holds-quarantined', { count: state.summary.quarantined })}</li>}
					</ul>
					{state.summary.unknownWorksheets.length > 0 && (
						<p data-bundle="unknown-worksheets">{t('storage.unknown-worksheets', { ids: state.summary.unknownWorksheets.join(', ') })}</p>
					)}
					<p class="ws-hint">{t('storage.merge-hint')}</p>
					<div class="plans-buttons">
						<button type="button" onClick={() => restore(state.contents)} disabled={transfer.busy}>
							{t('storage.restore')}
						</button>
						<button type="button" onClick={onClose}>
							{t('storage.cancel')}
						</button>
					</div>
				</>
			)}
			{state.step === 'restoring' && (
				<p>
					<label for="plans-bundle-progress">{t('storage.restoring')}</label>{' '}
					<progress id="plans-bundle-progress" max={transfer.total || 1} value={transfer.done} />
				</p>
			)}
			{state.step === 'done' &&
				(state.outcome.ok ? (
					<>
						<h3 ref={heading} tabIndex={-1} data-bundle-outcome>
							{t('storage.restored', { added: state.outcome.added, updated: state.outcome.updated, unchanged: state.outcome.unchanged })}
						</h3>
						{(state.outcome.sessions > 0 || state.outcome.quarantined > 0) && (
							<p>
								{t('storage.also', {
									sessions: t('storage.also-sessions', { count: state.outcome.sessions }),
									records: t('storage.also-records', { count: state.outcome.quarantined }),
								})}
							</p>
						)}
						{state.outcome.practice && <p>{t('storage.practice-merged')}</p>}
						<button type="button" onClick={onClose}>
							{t('storage.done')}
						</button>
					</>
				) : (
					<>
						<p class="plans-error" role="alert" data-bundle-outcome>
							{t(state.outcome.problem)}
						</p>
						<button type="button" onClick={onClose}>
							{t('storage.close')}
						</button>
					</>
				))}
		</div>
	);
}
