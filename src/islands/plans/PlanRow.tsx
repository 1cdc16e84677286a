import { Component } from 'preact';
import type { PlanRecord } from '../../plan/record';
import type { Translate } from '../../plan/i18n/translate';
import { planLabel } from '../../plan/answers/plan-label';
import { withParts } from '../common/words';

export interface RowProps {
	plan: PlanRecord;
	/** The plan's worksheet on this site, if it still is. */
	sheet: { title: string; href: string } | undefined;
	/** When the plan was last downloaded (ISO), if ever. */
	downloaded: string | undefined;
	t: Translate;
	/** The list's one date formatter. */
	when: (iso: string) => string;
}

/**
 * One plan's row. A row renders again only when its plan, worksheet or download changes: with 500 rows,
 * re-rendering them all on each keystroke in the filter or store update is what a slow phone feels.
 * Its buttons and link carry `data-act`; the list answers their clicks with one listener (PlansList).
 */
export class PlanRow extends Component<RowProps> {
	shouldComponentUpdate(next: RowProps) {
		const now = this.props;
		return next.plan !== now.plan || next.sheet !== now.sheet || next.downloaded !== now.downloaded || next.t !== now.t;
	}

	render({ plan, sheet, downloaded, t, when }: RowProps) {
		const label = planLabel(plan, t);
		return (
			<tr data-plan={plan.id}>
				<th scope="row">
					{sheet ? (
						<a href={sheet.href} data-act="open">
							{label}
						</a>
					) : (
						label
					)}
					{plan.person && <span class="plans-person"> · {plan.person}</span>}
					{plan.sentBack && (
						<span class="plans-sent">
							{' '}
							{withParts(t('plans.sent-back'), { when: <time dateTime={plan.sentBack}>{when(plan.sentBack)}</time> })}
						</span>
					)}
				</th>
				<td>{sheet?.title ?? t('plans.not-on-site', { id: plan.worksheet })}</td>
				<td>
					<span class="plans-cell-label">{t('plans.cell-edited')}</span>
					<time dateTime={plan.updated}>{when(plan.updated)}</time>
				</td>
				<td>
					<span class="plans-cell-label">{t('plans.cell-downloaded')}</span>
					{downloaded ? <time dateTime={downloaded}>{when(downloaded)}</time> : t('plans.never')}
				</td>
				<td class="plans-buttons">
					<button type="button" data-act="duplicate" aria-label={t('plans.duplicate-plan', { plan: label })}>
						{t('plans.duplicate')}
					</button>
					<button type="button" data-act="delete" aria-label={t('plans.delete-plan', { plan: label })}>
						{t('plans.delete')}
					</button>
				</td>
			</tr>
		);
	}
}
