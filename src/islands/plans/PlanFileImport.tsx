import { useState } from 'preact/hooks';
import { importPlans } from '../../store/arrivals';
import type { PlanRecord } from '../../plan/record';
import { fileSizeProblem, readPlanFile, type KnownWorksheets } from '../../plan/codecs/plan-file';
import { planLabel } from '../../plan/answers/plan-label';
import { useT, withParts } from '../common/words';
import { bundleSizeProblem, looksLikeBundle } from '../../plan/codecs/bundle';
import { BundleRestore } from './BundleRestore';

interface Props {
	worksheets: KnownWorksheets & Record<string, { title: string; href: string }>;
}

type State = { step: 'idle' } | { step: 'bundle'; text: string; name: string } | { step: 'error'; message: string } | { step: 'preview'; plans: PlanRecord[]; name: string } | { step: 'saved'; count: number };

/** "Open a plan file": pick or drop a file, see what is in it, then save it as new plans. */
export function PlanFileImport({ worksheets }: Props) {
	const t = useT();
	const [state, setState] = useState<State>({ step: 'idle' });
	const [dragging, setDragging] = useState(false);

	const read = async (file: File | undefined) => {
		if (!file) return;
		// Sizes first, from File.size: a bundle may be larger than a plan file, but never far larger than any real set.
		const bundleTooLarge = bundleSizeProblem(file.size, t);
		if (bundleTooLarge) return setState({ step: 'error', message: bundleTooLarge });
		const bundle = looksLikeBundle(await file.slice(0, 200).text());
		const tooLarge = bundle ? null : fileSizeProblem(file.size, t);
		if (tooLarge) return setState({ step: 'error', message: tooLarge });
		const text = await file.text();
		if (bundle) return setState({ step: 'bundle', text, name: file.name });
		const result = readPlanFile(text, worksheets, t);
		setState(result.ok ? { step: 'preview', plans: result.plans, name: file.name } : { step: 'error', message: result.message });
	};

	return (
		<section class="plans-import" aria-labelledby="plans-import-heading">
			<h2 id="plans-import-heading">{t('plans.import-heading')}</h2>
			<div
				class="plans-drop"
				data-dragging={dragging ? 'true' : undefined}
				onDragOver={(event) => {
					event.preventDefault();
					setDragging(true);
				}}
				onDragLeave={() => setDragging(false)}
				onDrop={(event) => {
					event.preventDefault();
					setDragging(false);
					read(event.dataTransfer?.files[0]);
				}}
			>
				<label for="plans-file">{t('plans.import-choose')}</label>
				<input
					id="plans-file"
					type="file"
					accept=".json,application/json"
					onChange={(event) => {
						read(event.currentTarget.files?.[0]);
						event.currentTarget.value = '';
					}}
				/>
				<p class="ws-hint">{t('plans.import-hint')}</p>
			</div>
			{state.step === 'bundle' && <BundleRestore text={state.text} name={state.name} worksheets={worksheets} onClose={() => setState({ step: 'idle' })} />}
			<div role="status" aria-live="polite" class="plans-import-result">
				{state.step === 'error' && (
					<p class="plans-error" role="alert">
						{state.message}
					</p>
				)}
				{state.step === 'saved' && <p>{t('plans.import-saved', { count: state.count })}</p>}
				{state.step === 'preview' && (
					<div class="plans-preview">
						<p>
							{withParts(t('plans.import-holds', { count: state.plans.length }), { name: <strong>{state.name}</strong> })}
						</p>
						<ul>
							{state.plans.map((plan) => (
								<li>
									{t(plan.person ? 'plans.import-item-for' : 'plans.import-item', {
										plan: planLabel(plan, t),
										person: plan.person,
										worksheet: worksheets[plan.worksheet]?.title ?? plan.worksheet,
										count: Object.keys(plan.answers).length,
									})}
								</li>
							))}
						</ul>
						<p class="ws-hint">{t('plans.import-adds', { count: state.plans.length })}</p>
						<div class="plans-buttons">
							<button type="button" onClick={() => setState({ step: 'saved', count: importPlans(state.plans).length })}>
								{t('plans.save-here')}
							</button>
							<button type="button" onClick={() => setState({ step: 'idle' })}>
								{t('plans.cancel')}
							</button>
						</div>
					</div>
				)}
			</div>
		</section>
	);
}
