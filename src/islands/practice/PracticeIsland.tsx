import type { PRACTICE_WORDS } from './practice-words';
import { useEffect, useRef, useState } from 'preact/hooks';
import { useStore } from '@nanostores/preact';
import type { Words } from '../../plan/i18n/translate';
import { useT, useTranslator, WordsContext } from '../common/words';
import { ALL_MODELS, itemsOf, type DrillId, type DrillItem, type PracticeData } from '../../plan/practice/items';
import { nextItem } from '../../plan/practice/schedule';
import { $practiceSaved, $progress, recordAnswer } from '../../store/practice';
import { ChoiceQuestion } from './ChoiceQuestion';
import { OrderQuestion } from './OrderQuestion';
import { PracticeHub } from './PracticeHub';
import { weekdayTime } from '../../plan/moments';

/** A ten-minute round, in ms; a drill run asks this many items at most. */
const ROUND_MS = 10 * 60_000;
const DRILL_RUN = 10;

interface Run {
	mode: 'round' | 'drill';
	drill?: DrillId;
	started: number;
	asked: number;
	right: number;
	current: DrillItem | undefined;
	answered: boolean;
	/** Why the run ended: its time or length was up, nothing was left to ask, or the learner ended it. */
	ended?: 'time' | 'limit' | 'empty' | 'you';
}


/**
 * The practice page: the hub, one item at a time in a drill or a ten-minute round, and the end of a run.
 * Items load from `itemsHref` (the page language's `/practice/items.json`) once the page is up; answers
 * go to the learner's progress at once, so a reload loses nothing but the item on screen.
 */
export default function PracticeIsland({ words, itemsHref }: { words: Words<(typeof PRACTICE_WORDS)[number] | 'common'>; itemsHref: string }) {
	return (
		<WordsContext.Provider value={useTranslator(words)}>
			<Practice itemsHref={itemsHref} />
		</WordsContext.Provider>
	);
}

function Practice({ itemsHref }: { itemsHref: string }) {
	const t = useT();
	const [data, setData] = useState<PracticeData | 'error' | null>(null);
	const [model, setModel] = useState(ALL_MODELS);
	const [run, setRun] = useState<Run | null>(null);
	const [, tick] = useState(0);
	const progress = useStore($progress);
	const saved = useStore($practiceSaved);
	const heading = useRef<HTMLHeadingElement>(null);

	useEffect(() => {
		// A model's overview links here with `?model=<id>`.
		const asked = new URLSearchParams(location.search).get('model');
		if (asked) setModel(asked);
		fetch(itemsHref)
			.then((response) => (response.ok ? response.json() : Promise.reject(new Error(String(response.status)))))
			.then(setData, () => setData('error'));
	}, [itemsHref]);
	// A run is one history entry: the browser's Back leaves it for the hub, not the page.
	useEffect(() => {
		const back = () => setRun(null);
		addEventListener('popstate', back);
		return () => removeEventListener('popstate', back);
	}, []);
	// The round's clock on screen, once a second while a round runs.
	useEffect(() => {
		if (run?.mode !== 'round') return;
		const timer = setInterval(() => tick((n) => n + 1), 1000);
		return () => clearInterval(timer);
	}, [run?.mode]);
	// A new screen (an item, the end, the hub) starts at its heading.
	const screen = run ? (run.current ? run.current.id : 'end') : 'hub';
	const first = useRef(true);
	useEffect(() => {
		if (first.current) return void (first.current = false);
		heading.current?.focus();
	}, [screen]);

	if (data === null) return <p class="practice-loading">{t('practice.loading')}</p>;
	if (data === 'error')
		return (
			<p class="practice-error" role="alert">
				{t('practice.load-failed')}
			</p>
		);

	if (model !== ALL_MODELS && !data.models.some((m) => m.id === model)) setModel(ALL_MODELS);
	const pool = (drill?: DrillId) => itemsOf(data.items, model, drill);
	const start = (mode: Run['mode'], drill?: DrillId) => {
		const now = Date.now();
		const current = nextItem(pool(drill), $progress.get(), now);
		if (!run) history.pushState({ practice: mode }, '');
		setRun({ mode, drill, started: now, asked: 0, right: 0, current, answered: false, ...(current ? {} : { ended: 'empty' as const }) });
	};
	const answer = (right: boolean) => {
		if (!run?.current || run.answered) return;
		recordAnswer(run.current.id, right);
		setRun({ ...run, asked: run.asked + 1, right: run.right + (right ? 1 : 0), answered: true });
	};
	const next = () => {
		if (!run) return;
		const now = Date.now();
		const over = run.mode === 'round' ? now - run.started >= ROUND_MS : run.asked >= DRILL_RUN;
		const current = over ? undefined : nextItem(pool(run.drill), $progress.get(), now, new Set(run.current ? [run.current.id] : []));
		const ended = over ? (run.mode === 'round' ? 'time' : 'limit') : current ? undefined : 'empty';
		setRun({ ...run, current, answered: false, ended });
	};
	const end = () => setRun({ ...run!, current: undefined, ended: 'you' });
	// Back to the hub through history, so the entry the run added goes too.
	const leave = () => (history.state?.practice ? history.back() : setRun(null));
	const modelName = model === ALL_MODELS ? t('practice.all-models') : (data.models.find((m) => m.id === model)?.name ?? model);
	const unsaved = !saved && (
		<p class="practice-error" role="alert">
			{t('practice.not-saving')}
		</p>
	);

	if (!run)
		return (
			<div class="practice" data-ready="true">
				<h2 class="sr-only" tabIndex={-1} ref={heading}>
					{t('practice.heading')}
				</h2>
				{unsaved}
				<PracticeHub data={data} progress={progress} now={Date.now()} model={model} onModel={setModel} onStart={start} />
			</div>
		);

	const title = run.mode === 'round' ? t('practice.round') : t(`practice.drill-${run.drill!}`);
	if (!run.current) {
		const upcoming = pool(run.drill)
			.map((item) => progress[item.id]?.due)
			.filter((due): due is number => due !== undefined && due > Date.now())
			.sort((a, b) => a - b)[0];
		return (
			<div class="practice" data-ready="true" data-screen="end">
				<h2 tabIndex={-1} ref={heading}>
					{t(run.asked ? 'practice.run-done' : 'practice.run-empty', { title })}
				</h2>
				{unsaved}
				{run.asked > 0 && <p>{t('practice.score', { count: run.asked, right: run.right })}</p>}
				{run.ended === 'time' && <p>{t('practice.time-up')}</p>}
				{run.ended === 'empty' && (
					<p>
						{upcoming
							? t(run.mode === 'drill' ? 'practice.nothing-due-drill-until' : 'practice.nothing-due-round-until', {
									model: modelName,
									when: weekdayTime(new Date(upcoming), t),
								})
							: t(run.mode === 'drill' ? 'practice.nothing-due-drill' : 'practice.nothing-due-round', { model: modelName })}
					</p>
				)}
				<div class="practice-buttons">
					<button type="button" class="ws-primary" onClick={leave}>
						{t('practice.back')}
					</button>
					<button type="button" onClick={() => start(run.mode, run.drill)}>
						{t(run.mode === 'round' ? 'practice.another-round' : 'practice.again')}
					</button>
				</div>
			</div>
		);
	}

	const item = run.current;
	const left = Math.max(0, Math.ceil((ROUND_MS - (Date.now() - run.started)) / 60_000));
	const buttons = (
		<>
			<button type="button" class="ws-primary" onClick={next}>
				{t('practice.next')}
			</button>
			<button type="button" onClick={end}>
				{t(run.mode === 'round' ? 'practice.end-round' : 'practice.end-drill')}
			</button>
		</>
	);
	return (
		<div class="practice" data-ready="true" data-screen="item" data-item={item.id}>
			<p class="practice-status">
				{title} · {run.mode === 'round' ? t('practice.minutes-left', { count: left }) : t('practice.of-run', { count: run.asked + (run.answered ? 0 : 1), total: DRILL_RUN })} ·{' '}
				{t('practice.right-count', { count: run.right })}
			</p>
			<h2 tabIndex={-1} ref={heading}>
				{t(`practice.drill-${item.drill}`)} <span class="practice-model">{data.models.find((m) => m.id === item.model)?.name}</span>
			</h2>
			{unsaved}
			<p class="practice-ask">{t(`practice.drill-${item.drill}-ask`)}</p>
			{item.drill === 'order' ? (
				<OrderQuestion key={item.id} item={item} onAnswer={answer}>
					{buttons}
				</OrderQuestion>
			) : (
				<ChoiceQuestion key={item.id} item={item} data={data} onAnswer={answer}>
					{buttons}
				</ChoiceQuestion>
			)}
			{!run.answered && (
				<div class="practice-buttons practice-leave">
					<button type="button" onClick={end}>
						{t(run.mode === 'round' ? 'practice.end-round' : 'practice.end-drill')}
					</button>
				</div>
			)}
		</div>
	);
}
