import { useEffect, useRef, useState } from 'preact/hooks';
import { choicesOf, type ChoiceItem, type PracticeData } from '../../plan/practice/items';
import { useT } from '../common/words';
import { Feedback } from './Feedback';

interface Props {
	item: ChoiceItem;
	data: PracticeData;
	/** Called once, with whether the pick was right. */
	onAnswer: (right: boolean) => void;
	/** The buttons after the feedback (next question, end). */
	children: preact.ComponentChildren;
}

/**
 * One item answered by picking a choice: the context, the question, the choices as buttons. Picking
 * one answers at once; every choice's reason then shows beside it, the best marked, with the page that
 * teaches it. Focus moves to the verdict so a screen reader hears it first.
 */
export function ChoiceQuestion({ item, data, onAnswer, children }: Props) {
	const t = useT();
	const [picked, setPicked] = useState<number | null>(null);
	const verdict = useRef<HTMLHeadingElement>(null);
	const choices = choicesOf(item, data);
	useEffect(() => {
		if (picked !== null) verdict.current?.focus();
	}, [picked]);
	const pick = (index: number) => {
		if (picked !== null) return;
		setPicked(index);
		onAnswer(index === item.answer);
	};
	return (
		<div class="practice-question">
			{item.context && (
				<div class="practice-context">
					{item.drill === 'better' ? (
						<>
							<p>
								<span class="practice-speaker">{t('practice.the-client')}</span>
								{t('practice.quoted', { text: item.context })}
							</p>
							<p>
								<span class="practice-speaker">{t('practice.the-coach')}</span>
								{t('practice.quoted', { text: item.prompt })}
							</p>
						</>
					) : (
						// A scenario's situation, or the turns before a coach's turn, one line each.
						item.context.split('\n').map((line) => <p>{line}</p>)
					)}
				</div>
			)}
			{item.drill !== 'better' && (
				<p class={item.drill === 'scenario' ? 'practice-title' : 'practice-prompt'}>
					{item.drill === 'scenario' ? item.prompt : `${item.context ? t('practice.then-the-coach') : ''}${t('practice.quoted', { text: item.prompt })}`}
				</p>
			)}
			<ul class="practice-choices" aria-label={t('practice.choices')}>
				{choices.map((choice, index) => {
					const state = picked === null ? undefined : index === item.answer ? 'best' : index === picked ? 'wrong' : 'other';
					return (
						<li data-state={state}>
							<button type="button" onClick={() => pick(index)} aria-disabled={picked !== null}>
								{state === 'best' && <span class="practice-mark">{t('practice.best')}</span>}
								{state === 'wrong' && <span class="practice-mark">{t('practice.your-pick')}</span>}
								{choice.text}
							</button>
							{picked !== null && <p class="practice-reason">{choice.reason}</p>}
						</li>
					);
				})}
			</ul>
			{picked !== null && (
				<Feedback right={picked === item.answer} verdictRef={verdict} item={item}>
					{children}
				</Feedback>
			)}
		</div>
	);
}
