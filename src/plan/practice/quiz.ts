/**
 * A printable quiz per model, from the same items the drills use: a spread of "Which phase?" (or "Which
 * marker?") questions, every "better question" item, the model's order item and its scenarios. Pure, so
 * the page and the tests build the same quiz.
 */
import type { Translate } from '../i18n/translate';
import { choicesOf, type ChoiceItem, type DrillItem, type OrderItem, type PracticeData } from './items';

/** At most this many "Which phase?" or "Which marker?" questions in a quiz, spread over the phases. */
export const QUIZ_PHASE_QUESTIONS = 12;

export interface QuizQuestion {
	item: DrillItem;
	/** The drill's instruction. */
	ask: string;
	/** Choices lettered A, B, C…, or the steps to order, as offered. */
	options: string[];
	/** The key: the right letter, or the steps in order. */
	key: string;
	/** Why, from the item: the best choice's reason, or the page that teaches the order. */
	why: string;
}

const letter = (index: number) => String.fromCharCode(65 + index);

/** Every `step`-th element, so a quiz samples every phase rather than the first one's questions. */
const spread = <T>(list: T[], count: number): T[] => {
	if (list.length <= count) return list;
	return Array.from({ length: count }, (_, i) => list[Math.floor((i * list.length) / count)]);
};

function choiceQuestion(item: ChoiceItem, data: PracticeData, t: Translate<'practice'>): QuizQuestion {
	const choices = choicesOf(item, data);
	return {
		item,
		ask: t(`practice.drill-${item.drill}-ask`),
		options: choices.map((choice, i) => `${letter(i)}. ${choice.text}`),
		key: `${letter(item.answer)}. ${choices[item.answer].text}`,
		why: choices[item.answer].reason,
	};
}

const orderQuestion = (item: OrderItem, t: Translate<'practice'>): QuizQuestion => ({
	item,
	ask: t('practice.drill-order-ask'),
	options: item.start.map((step) => item.steps[step]),
	key: item.steps.map((step, i) => `${i + 1}. ${step}`).join(', '),
	why: t('practice.quiz-why-order', { page: item.teaches.title }),
});

/** The quiz of one model, in drill order. */
export function quizFor(model: string, data: PracticeData, t: Translate<'practice'>): QuizQuestion[] {
	const mine = data.items.filter((item) => item.model === model);
	const byDrill = (drill: DrillItem['drill']) => mine.filter((item) => item.drill === drill);
	return [
		...spread([...byDrill('phase'), ...byDrill('marker')] as ChoiceItem[], QUIZ_PHASE_QUESTIONS).map((item) => choiceQuestion(item, data, t)),
		...(byDrill('better') as ChoiceItem[]).map((item) => choiceQuestion(item, data, t)),
		...(byDrill('order') as OrderItem[]).map((item) => orderQuestion(item, t)),
		...(byDrill('scenario') as ChoiceItem[]).map((item) => choiceQuestion(item, data, t)),
	];
}
