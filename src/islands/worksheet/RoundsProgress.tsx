import type { Field } from '../../schemas/worksheet';
import { progressFields, roundProgress } from '../../plan/answers/progress';
import { formatDate } from '../../plan/dates';
import { roundLabel } from '../../plan/answers/labels';
import { useT } from '../common/words';

interface Props {
	field: Extract<Field, { kind: 'reviews' }>;
	/** The field's stored rounds. */
	value: unknown;
	idPrefix: string;
}

const TOP = 12;
const SCALE_H = 80;
const BARS_TOP = 124;
const BARS_H = 56;
const STEP = 56;
const LEFT = 34;

/**
 * Progress across rounds: the round's 1-10 answer as a line with round markers, and actions planned
 * (hatched) against done (solid) as paired bars. Drawn in `currentColor` with patterns and markers, so it
 * reads in light and dark themes and prints in black and white. The table beside it carries the same
 * figures in text, for screen readers and for anyone who prefers numbers.
 */
export function RoundsProgress({ field, value, idPrefix }: Props) {
	const t = useT();
	const rounds = roundProgress(field, value);
	const { scale, actions } = progressFields(field);
	if (rounds.length === 0 || rounds.every((r) => r.scale === null && r.planned === 0)) return null;
	const id = `${idPrefix}${field.id}-progress`;
	const scaleName = field.progress?.scaleName ?? t('worksheet.progress-rating');
	const width = LEFT + rounds.length * STEP + 8;
	const x = (i: number) => LEFT + STEP / 2 + i * STEP;
	const y = (level: number) => TOP + SCALE_H - ((level - 1) / 9) * SCALE_H;
	const most = Math.max(1, ...rounds.map((r) => r.planned));
	const barH = (count: number) => (count / most) * BARS_H;
	const line = rounds
		.map((r, i) => (r.scale === null ? null : `${x(i)},${y(r.scale)}`))
		.filter(Boolean)
		.join(' ');
	const summary = rounds
		.map((r) => {
			const round = roundLabel(r.round - 1, t);
			const rating = { scale: scaleName.toLowerCase(), value: r.scale ?? t('worksheet.progress-not-given') };
			const done = { done: r.done, planned: r.planned };
			if (scale && actions) return t('worksheet.progress-round-both', { round, ...rating, ...done });
			return scale ? t('worksheet.progress-round-scale', { round, ...rating }) : t('worksheet.progress-round-actions', { round, ...done });
		})
		.join('; ');
	return (
		<figure class="ws-progress" aria-labelledby={`${id}-caption`} data-progress={field.id}>
			<figcaption id={`${id}-caption`}>{t('worksheet.progress-caption')}</figcaption>
			<div class="ws-progress-body">
				<div class="ws-progress-chart">
					<svg viewBox={`0 0 ${width} 200`} width={width} height="200" role="img" aria-label={t('worksheet.progress-chart', { summary })}>
						<defs>
							<pattern id={`${id}-hatch`} width="5" height="5" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
								<line x1="0" y1="0" x2="0" y2="5" stroke="currentColor" stroke-width="1.5" />
							</pattern>
						</defs>
						{scale && (
							<g class="ws-progress-scale">
								<text x={LEFT - 6} y={y(10) + 4} text-anchor="end">10</text>
								<text x={LEFT - 6} y={y(1) + 4} text-anchor="end">1</text>
								<line x1={LEFT} x2={width - 4} y1={y(10)} y2={y(10)} stroke="currentColor" stroke-opacity="0.3" stroke-dasharray="2 3" />
								<line x1={LEFT} x2={width - 4} y1={y(1)} y2={y(1)} stroke="currentColor" stroke-opacity="0.5" />
								{line.includes(' ') && <polyline points={line} fill="none" stroke="currentColor" stroke-width="2" />}
								{rounds.map(
									(r, i) =>
										r.scale !== null && (
											<g>
												<circle cx={x(i)} cy={y(r.scale)} r="4.5" class="ws-progress-dot" stroke="currentColor" stroke-width="2" />
												<text x={x(i)} y={y(r.scale) - 8} text-anchor="middle" class="ws-progress-value">
													{r.scale}
												</text>
											</g>
										),
								)}
							</g>
						)}
						{actions && (
							<g class="ws-progress-actions">
								<text x={LEFT - 6} y={BARS_TOP + 4} text-anchor="end">{most}</text>
								<text x={LEFT - 6} y={BARS_TOP + BARS_H + 4} text-anchor="end">0</text>
								<line x1={LEFT} x2={width - 4} y1={BARS_TOP + BARS_H} y2={BARS_TOP + BARS_H} stroke="currentColor" stroke-opacity="0.5" />
								{rounds.map((r, i) => (
									<g>
										<rect x={x(i) - 15} y={BARS_TOP + BARS_H - barH(r.planned)} width="13" height={barH(r.planned)} fill={`url(#${id}-hatch)`} stroke="currentColor" stroke-width="1.5" />
										<rect x={x(i) + 2} y={BARS_TOP + BARS_H - barH(r.done)} width="13" height={barH(r.done)} fill="currentColor" />
									</g>
								))}
							</g>
						)}
						{rounds.map((r, i) => (
							<text x={x(i)} y="196" text-anchor="middle">
								{t('worksheet.progress-round-short', { round: r.round })}
							</text>
						))}
					</svg>
					<ul class="ws-progress-legend" aria-hidden="true">
						{scale && (
							<li>
								<svg width="22" height="12" viewBox="0 0 22 12">
									<line x1="0" y1="6" x2="22" y2="6" stroke="currentColor" stroke-width="2" />
									<circle cx="11" cy="6" r="4" class="ws-progress-dot" stroke="currentColor" stroke-width="2" />
								</svg>{' '}
								{t('worksheet.progress-scale-legend', { scale: scaleName })}
							</li>
						)}
						{actions && (
							<>
								<li>
									<svg width="12" height="12" viewBox="0 0 12 12">
										<rect x="1" y="1" width="10" height="10" fill={`url(#${id}-hatch)`} stroke="currentColor" stroke-width="1.5" />
									</svg>{' '}
									{t('worksheet.progress-planned')}
								</li>
								<li>
									<svg width="12" height="12" viewBox="0 0 12 12">
										<rect x="1" y="1" width="10" height="10" fill="currentColor" />
									</svg>{' '}
									{t('worksheet.progress-done')}
								</li>
							</>
						)}
					</ul>
				</div>
				<table class="ws-progress-table">
					<caption class="sr-only">{t('worksheet.progress-table')}</caption>
					<thead>
						<tr>
							<th scope="col">{t('worksheet.progress-round')}</th>
							<th scope="col">{t('worksheet.date')}</th>
							{scale && <th scope="col">{t('worksheet.progress-scale-column', { scale: scaleName })}</th>}
							{actions && <th scope="col">{t('worksheet.progress-actions-column')}</th>}
						</tr>
					</thead>
					<tbody>
						{rounds.map((r) => (
							<tr>
								<th scope="row">{r.round}</th>
								<td>{r.date ? formatDate(r.date, t) : '–'}</td>
								{scale && <td>{r.scale ?? '–'}</td>}
								{actions && <td>{t('worksheet.progress-done-of', { done: r.done, planned: r.planned })}</td>}
							</tr>
						))}
					</tbody>
				</table>
			</div>
		</figure>
	);
}
