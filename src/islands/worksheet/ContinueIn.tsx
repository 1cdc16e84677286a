import { useState } from 'preact/hooks';
import { useStore } from '@nanostores/preact';
import type { PlanRecord } from '../../plan/record';
import type { ContinueTarget } from '../../plan/continue';
import { $plans, setActivePlan } from '../../store/plans';
import { continuePlan } from '../../store/continue';
import { planLabel } from '../../plan/answers/plan-label';
import { useT, withParts } from '../common/words';

interface Props {
	plan: PlanRecord;
	/** Worksheets this plan can continue in, with the answers each takes. */
	targets: ContinueTarget[];
	/** Title and address of each worksheet a plan of this one may have come from, by id. */
	sources: Record<string, { title: string; href: string }>;
	idPrefix: string;
}

/**
 * "Continue in…": starts a plan of another worksheet from this one, and, on a plan that was continued,
 * a link back to the plan it came from. Never changes this plan.
 */
export function ContinueIn({ plan, targets, sources, idPrefix }: Props) {
	const t = useT();
	const plans = useStore($plans);
	const [choice, setChoice] = useState(targets[0]?.id ?? '');
	const source = plan.from && plans.find((p) => p.id === plan.from!.plan);
	const sourceSheet = plan.from && sources[plan.from.worksheet];
	const selectId = `${idPrefix}continue`;
	const start = async () => {
		const target = targets.find((t) => t.id === choice);
		if (!target) return;
		await continuePlan(plan.id, target, t);
		window.location.assign(target.href);
	};
	return (
		<section class="ws-continue print:hidden" aria-label={t('worksheet.continue-label')}>
			{plan.from && (
				<p class="ws-continued-from">
					{source && sourceSheet
						? withParts(t('worksheet.continued-from'), {
								source: (
									<a href={sourceSheet.href} onClick={() => setActivePlan(source.worksheet, source.id)}>
										{t('worksheet.continued-source', { label: planLabel(source, t), worksheet: sourceSheet.title })}
									</a>
								),
							})
						: t('worksheet.continued-from-gone', { worksheet: sourceSheet?.title ?? plan.from.worksheet })}
				</p>
			)}
			{targets.length > 0 && (
				<div class="ws-continue-row">
					<label for={selectId}>{t('worksheet.continue-in')}</label>
					<select id={selectId} value={choice} onChange={(e) => setChoice(e.currentTarget.value)}>
						{targets.map((target) => (
							<option value={target.id}>{target.title}</option>
						))}
					</select>
					<button type="button" onClick={start}>
						{t('worksheet.continue-plan')}
					</button>
					<p class="ws-hint">{t('worksheet.continue-hint')}</p>
				</div>
			)}
		</section>
	);
}
