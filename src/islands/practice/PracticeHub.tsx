import { useState } from 'preact/hooks';
import { ALL_MODELS, DRILLS, itemsOf, type DrillId, type PracticeData } from '../../plan/practice/items';
import { progressOver, type Progress } from '../../plan/practice/schedule';
import { resetProgress } from '../../store/practice';
import { useT } from '../common/words';
import { pagePath } from '../common/site-base';

interface Props {
	data: PracticeData;
	progress: Progress;
	now: number;
	model: string;
	onModel: (model: string) => void;
	onStart: (mode: 'round' | 'drill', drill?: DrillId) => void;
}


/** The practice page's first screen: the ten-minute round, each drill, progress per drill and model, reset, quizzes. */
export function PracticeHub({ data, progress, now, model, onModel, onStart }: Props) {
	const t = useT();
	const [confirming, setConfirming] = useState(false);
	const pool = itemsOf(data.items, model);
	const round = progressOver(pool, progress, now);
	const answeredAny = Object.keys(progress).length > 0;
	return (
		<div class="practice-hub">
			<div class="practice-field">
				<label for="practice-model">{t('practice.choose-model')}</label>
				<select id="practice-model" value={model} onChange={(e) => onModel(e.currentTarget.value)}>
					<option value={ALL_MODELS}>{t('practice.all-models-option')}</option>
					{data.models.map((m) => (
						<option value={m.id}>{m.name}</option>
					))}
				</select>
			</div>

			<section class="practice-card" aria-labelledby="practice-round-heading">
				<h2 id="practice-round-heading">{t('practice.round-heading')}</h2>
				<p>{t('practice.round-about')}</p>
				<p class="practice-count">
					{round.seen ? t('practice.round-count', { due: round.due, known: round.known, untried: round.total - round.seen }) : t('practice.round-count-new', { total: round.total })}
				</p>
				<button type="button" class="ws-primary" onClick={() => onStart('round')}>
					{t('practice.start-round')}
				</button>
			</section>

			<section aria-labelledby="practice-drills-heading">
				<h2 id="practice-drills-heading">{t('practice.drills-heading')}</h2>
				<ul class="practice-drills">
					{DRILLS.map((drill) => {
						const items = itemsOf(data.items, model, drill);
						if (!items.length) return null;
						const p = progressOver(items, progress, now);
						return (
							<li class="practice-card">
								<h3>{t(`practice.drill-${drill}`)}</h3>
								<p>{t(`practice.drill-${drill}-ask`)}</p>
								<p class="practice-count">{t('practice.drill-count', { count: items.length, tried: p.seen, known: p.known })}</p>
								<button type="button" onClick={() => onStart('drill', drill)} aria-label={t('practice.practise-drill', { drill: t(`practice.drill-${drill}`) })}>
									{t('practice.practise')}
								</button>
							</li>
						);
					})}
				</ul>
			</section>

			<section aria-labelledby="practice-progress-heading">
				<h2 id="practice-progress-heading">{t('practice.progress-heading')}</h2>
				<p>{t('practice.progress-about')}</p>
				<div class="practice-table" role="region" aria-label={t('practice.progress-table')} tabIndex={0}>
					<table>
						<thead>
							<tr>
								<th scope="col">{t('practice.model')}</th>
								{DRILLS.map((drill) => (
									<th scope="col">{t(`practice.drill-${drill}`)}</th>
								))}
							</tr>
						</thead>
						<tbody>
							{data.models.map((m) => (
								<tr>
									<th scope="row">{m.name}</th>
									{DRILLS.map((drill) => {
										const items = itemsOf(data.items, m.id, drill);
										const p = progressOver(items, progress, now);
										return <td>{items.length ? t('practice.known-of', { known: p.known, total: p.total }) : '–'}</td>;
									})}
								</tr>
							))}
						</tbody>
					</table>
				</div>
				{answeredAny &&
					(confirming ? (
						<div class="practice-confirm" role="group" aria-labelledby="practice-reset-ask">
							<p id="practice-reset-ask">{t('practice.reset-ask')}</p>
							<div class="practice-buttons">
								<button
									type="button"
									onClick={() => {
										resetProgress();
										setConfirming(false);
									}}
								>
									{t('practice.reset-yes')}
								</button>
								<button type="button" onClick={() => setConfirming(false)}>
									{t('practice.reset-keep')}
								</button>
							</div>
						</div>
					) : (
						<button type="button" onClick={() => setConfirming(true)}>
							{t('practice.reset')}
						</button>
					))}
			</section>

			<section aria-labelledby="practice-quiz-heading">
				<h2 id="practice-quiz-heading">{t('practice.quizzes-heading')}</h2>
				<p>{t('practice.quizzes-about')}</p>
				<ul class="practice-quizzes">
					{data.models
						.filter((m) => m.id !== 'general')
						.map((m) => (
							<li>
								<a href={pagePath(`/practice/quiz/${m.id}/`)}>{t('practice.quiz-link', { model: m.name })}</a>
							</li>
						))}
				</ul>
			</section>
		</div>
	);
}
