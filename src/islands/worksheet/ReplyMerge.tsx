import { useEffect, useState } from 'preact/hooks';
import type { PlanRecord } from '../../plan/record';
import type { WorksheetDefinition } from '../../schemas/worksheet';
import { mergeReply, type ReplyMerge as Merge } from '../../plan/merge-plans';
import { answerText } from '../../plan/answers/answer-text';
import { planLabel } from '../../plan/answers/plan-label';
import { putPlan } from '../../store/arrivals';
import { current } from '../../store/plans';
import { useT } from '../common/words';

interface Props {
	definition: WorksheetDefinition;
	/** The coach's plan the link was made for. */
	target: PlanRecord;
	/** The client's reply, read-only until the coach chooses. */
	reply: PlanRecord;
	/** After merging: show the coach's plan. */
	onMerged: (planId: string) => void;
	onSeparate: () => void;
	onClose: () => void;
}

/** Both plans at the worksheet's version (a reply from an older page migrates in memory), merged; `mine` is the coach's plan as compared. */
function usePreview(definition: WorksheetDefinition, target: PlanRecord, reply: PlanRecord): (Merge & { mine: PlanRecord }) | null {
	const [preview, setPreview] = useState<(Merge & { mine: PlanRecord }) | null>(null);
	useEffect(() => {
		let live = true;
		(async () => {
			const [mine, theirs] = [current(target), reply];
			const older = mine.worksheetVersion < definition.version || theirs.worksheetVersion < definition.version;
			const migrate = older ? (await import('../../plan/migrate')).migrateRecord : (record: PlanRecord) => record;
			const compared = migrate(mine, definition);
			if (live) setPreview({ ...mergeReply(compared, migrate(theirs, definition), new Date()), mine: compared });
		})();
		return () => {
			live = false;
		};
	}, [target, reply]);
	return preview;
}

/**
 * A client's returned copy of a link the coach made for one of their plans: offers to merge it into
 * that plan (one plan per client per piece of work), naming what it adds and showing, side by side,
 * each answer of the coach's it would replace, so nothing is replaced unseen.
 */
export function ReplyMerge({ definition, target, reply, onMerged, onSeparate, onClose }: Props) {
	const t = useT();
	const preview = usePreview(definition, target, reply);
	const label = planLabel(target, t);
	const count = (n: number) => t('worksheet.reply-answers', { count: n });
	const fieldLabel = (id: string) =>
		definition.sections.flatMap((section) => section.fields).find((field) => field.id === id)?.label ?? id;
	const who = reply.context?.client || reply.person || t('worksheet.reply-your-client');
	return (
		<section class="ws-banner print:hidden" aria-labelledby={`ws-${definition.id}--reply`}>
			<h2 id={`ws-${definition.id}--reply`}>{t('worksheet.reply-heading', { who, label })}</h2>
			{!preview ? (
				<p>{t('worksheet.reply-comparing')}</p>
			) : preview.added.length + preview.replaced.length === 0 ? (
				<p>{t('worksheet.reply-nothing-new')}</p>
			) : (
				<>
					<p>
						{preview.replaced.length
							? t('worksheet.reply-merge-replaces', { added: count(preview.added.length), replaced: count(preview.replaced.length) })
							: t('worksheet.reply-merge-adds', { added: count(preview.added.length) })}
					</p>
					{preview.added.length > 0 && <p>{t('worksheet.reply-adds', { fields: preview.added.map(fieldLabel).join(' · ') })}</p>}
					{preview.replaced.length > 0 && (
						<dl class="ws-reply-changes">
							{preview.replaced.map((id) => (
								<div>
									<dt>{fieldLabel(id)}</dt>
									<dd>
										<span class="ws-reply-side">{t('worksheet.reply-yours')}</span>
										{answerText(preview.mine.answers[id])}
									</dd>
									<dd>
										<span class="ws-reply-side">{t('worksheet.reply-theirs')}</span>
										{answerText(preview.record.answers[id])}
									</dd>
								</div>
							))}
						</dl>
					)}
				</>
			)}
			<div class="ws-plan-buttons">
				<button
					type="button"
					class="ws-primary"
					disabled={!preview}
					onClick={() => {
						if (!preview) return;
						putPlan(preview.record);
						onMerged(target.id);
					}}
				>
					{t(preview && preview.added.length + preview.replaced.length === 0 ? 'worksheet.reply-open' : 'worksheet.reply-merge', { label })}
				</button>
				<button type="button" onClick={onSeparate}>
					{t('worksheet.reply-separate')}
				</button>
				<button type="button" onClick={onClose}>
					{t('worksheet.close')}
				</button>
			</div>
		</section>
	);
}
