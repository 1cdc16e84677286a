import { useState } from 'preact/hooks';
import { ALL_MODELS, DRILLS, itemsOf, type DrillId, type PracticeData } from '../../plan/practice/items';
import { progressOver, type Progress } from '../../plan/practice/schedule';
import { resetProgress } from '../../store/practice';
import { withBase } from '../common/with-base';

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
	const [confirming, setConfirming] = useState(false);
	const pool = itemsOf(data.items, model);
	const round = progressOver(pool, progress, now);
	const answeredAny = Object.keys(progress).length > 0;
	return (
		<div class="practice-hub">
			<div class="practice-field">
				<label for="practice-model">Practise</label>
				<select id="practice-model" value={model} onChange={(e) => onModel(e.currentTarget.value)}>
					<option value={ALL_MODELS}>All models</option>
					{data.models.map((m) => (
						<option value={m.id}>{m.name}</option>
					))}
				</select>
			</div>

			<section class="practice-card" aria-labelledby="practice-round-heading">
				<h2 id="practice-round-heading">Ten minutes</h2>
				<p>
					A mixed round from every drill. What you got wrong comes back first, what you know comes back later: a right answer rests
					a day, then three, then a week, then a month.
				</p>
				<p class="practice-count">{round.seen ? `${round.due} due now · ${round.known} known · ${round.total - round.seen} not tried yet` : `${round.total} items, none tried yet`}</p>
				<button type="button" class="ws-primary" onClick={() => onStart('round')}>
					Start a ten-minute round
				</button>
			</section>

			<section aria-labelledby="practice-drills-heading">
				<h2 id="practice-drills-heading">Drills</h2>
				<ul class="practice-drills">
					{DRILLS.map((drill) => {
						const items = itemsOf(data.items, model, drill.id);
						if (!items.length) return null;
						const p = progressOver(items, progress, now);
						return (
							<li class="practice-card">
								<h3>{drill.name}</h3>
								<p>{drill.ask}</p>
								<p class="practice-count">
									{items.length} {items.length === 1 ? 'item' : 'items'} · {p.seen} tried · {p.known} known
								</p>
								<button type="button" onClick={() => onStart('drill', drill.id)} aria-label={`Practise: ${drill.name}`}>
									Practise
								</button>
							</li>
						);
					})}
				</ul>
			</section>

			<section aria-labelledby="practice-progress-heading">
				<h2 id="practice-progress-heading">Your progress</h2>
				<p>Known: answered right at least twice in a row. Kept in this browser only, like your plans.</p>
				<div class="practice-table" role="region" aria-label="Progress by model and drill" tabIndex={0}>
					<table>
						<thead>
							<tr>
								<th scope="col">Model</th>
								{DRILLS.map((drill) => (
									<th scope="col">{drill.name}</th>
								))}
							</tr>
						</thead>
						<tbody>
							{data.models.map((m) => (
								<tr>
									<th scope="row">{m.name}</th>
									{DRILLS.map((drill) => {
										const items = itemsOf(data.items, m.id, drill.id);
										const p = progressOver(items, progress, now);
										return <td>{items.length ? `${p.known} of ${p.total}` : '–'}</td>;
									})}
								</tr>
							))}
						</tbody>
					</table>
				</div>
				{answeredAny &&
					(confirming ? (
						<div class="practice-confirm" role="group" aria-labelledby="practice-reset-ask">
							<p id="practice-reset-ask">Forget every answer you have given? Every item starts again as new.</p>
							<div class="practice-buttons">
								<button
									type="button"
									onClick={() => {
										resetProgress();
										setConfirming(false);
									}}
								>
									Yes, reset my progress
								</button>
								<button type="button" onClick={() => setConfirming(false)}>
									Keep it
								</button>
							</div>
						</div>
					) : (
						<button type="button" onClick={() => setConfirming(true)}>
							Reset progress…
						</button>
					))}
			</section>

			<section aria-labelledby="practice-quiz-heading">
				<h2 id="practice-quiz-heading">Printable quizzes</h2>
				<p>One per model, with the answer key on a separate page, for a study group or a pen.</p>
				<ul class="practice-quizzes">
					{data.models
						.filter((m) => m.id !== 'general')
						.map((m) => (
							<li>
								<a href={withBase(`/practice/quiz/${m.id}/`)}>{m.name} quiz</a>
							</li>
						))}
				</ul>
			</section>
		</div>
	);
}
