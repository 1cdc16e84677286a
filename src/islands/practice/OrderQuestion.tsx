import { useEffect, useRef, useState } from 'preact/hooks';
import type { OrderItem } from '../../plan/practice/items';
import { isRight } from '../../plan/practice/items';
import { useT } from '../common/words';
import { Feedback } from './Feedback';

interface Props {
	item: OrderItem;
	onAnswer: (right: boolean) => void;
	children: preact.ComponentChildren;
}

/**
 * "Put them in order": the steps as a list, each with Move up and Move down buttons (keyboard, touch and
 * screen reader alike; the moved step keeps focus), then Check. The feedback marks each place.
 */
export function OrderQuestion({ item, onAnswer, children }: Props) {
	const t = useT();
	const [order, setOrder] = useState(item.start);
	const [checked, setChecked] = useState(false);
	const [moved, setMoved] = useState<{ step: number; dir: 'up' | 'down' } | null>(null);
	const [said, setSaid] = useState('');
	const list = useRef<HTMLOListElement>(null);
	const verdict = useRef<HTMLHeadingElement>(null);
	useEffect(() => {
		if (checked) verdict.current?.focus();
	}, [checked]);
	// After a move, focus stays on the same button of the moved step, or on its other button at an end.
	useEffect(() => {
		if (!moved) return;
		const row = list.current?.querySelector<HTMLElement>(`[data-step="${moved.step}"]`);
		const button = row?.querySelector<HTMLButtonElement>(`[data-move="${moved.dir}"]:not(:disabled)`) ?? row?.querySelector<HTMLButtonElement>('button:not(:disabled)');
		button?.focus();
	}, [moved, order]);

	const move = (from: number, dir: 'up' | 'down') => {
		const to = dir === 'up' ? from - 1 : from + 1;
		if (to < 0 || to >= order.length) return;
		const next = [...order];
		[next[from], next[to]] = [next[to], next[from]];
		setOrder(next);
		setMoved({ step: order[from], dir });
		setSaid(t('practice.moved', { step: item.steps[order[from]], place: to + 1, count: order.length }));
	};
	const check = () => {
		setChecked(true);
		onAnswer(isRight(item, order));
	};
	const right = isRight(item, order);
	return (
		<div class="practice-question">
			<ol class="practice-order" ref={list}>
				{order.map((step, place) => (
					<li data-step={step} data-state={checked ? (step === place ? 'best' : 'wrong') : undefined}>
						<span class="practice-step">
							{checked && <span class="practice-mark">{step === place ? t('practice.right-place') : t('practice.should-be', { place: step + 1 })}</span>}
							{item.steps[step]}
						</span>
						{!checked && (
							<span class="practice-move">
								<button type="button" data-move="up" disabled={place === 0} onClick={() => move(place, 'up')} aria-label={t('practice.move-up', { step: item.steps[step] })}>
									↑
								</button>
								<button type="button" data-move="down" disabled={place === order.length - 1} onClick={() => move(place, 'down')} aria-label={t('practice.move-down', { step: item.steps[step] })}>
									↓
								</button>
							</span>
						)}
					</li>
				))}
			</ol>
			<p class="sr-only" aria-live="polite">
				{said}
			</p>
			{!checked ? (
				<div class="practice-buttons">
					<button type="button" class="ws-primary" onClick={check}>
						{t('practice.check-order')}
					</button>
				</div>
			) : (
				<>
					{!right && (
						<p>{t('practice.order-taught', { steps: item.steps.map((step, i) => `${i + 1}. ${step}`).join(', ') })}</p>
					)}
					<Feedback right={right} item={item} verdictRef={verdict}>
						{children}
					</Feedback>
				</>
			)}
		</div>
	);
}
