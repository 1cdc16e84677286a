/**
 * The drill items a learner answers, as the practice page loads them (`/practice/items.json`) and the
 * printable quizzes show them. Built from the model data and the items written for practice
 * (`drills.ts`); nothing here needs the build, so the browser shares these types and rules.
 */

/** The five drills, in the order the practice page lists them. */
// Their names and what each asks are texts of the catalog: `practice.drill-<id>` and `practice.drill-<id>-ask`.
export const DRILLS = ['phase', 'marker', 'better', 'order', 'scenario'] as const;

export type DrillId = (typeof DRILLS)[number];

/** The model choice that means every model. */
export const ALL_MODELS = 'all';

/** The items of one model (or of all, `ALL_MODELS`), and of one drill when given. */
export const itemsOf = (items: readonly DrillItem[], model: string, drill?: DrillId): DrillItem[] =>
	items.filter((item) => (model === ALL_MODELS || item.model === model) && (!drill || item.drill === drill));

/** A page of the site, or an outside source, an item points to. */
export interface Link {
	href: string;
	title: string;
}

interface ItemBase {
	/** Stable id, unique across drills; progress is kept under it. */
	id: string;
	drill: DrillId;
	/** Model id the item belongs to. */
	model: string;
	/** The page that teaches what the item asks. */
	teaches: Link;
}

/** One answer a learner can pick, and why it is right or not. */
export interface Choice {
	text: string;
	reason: string;
}

/** An item answered by picking one of its choices. */
export interface ChoiceItem extends ItemBase {
	drill: 'phase' | 'marker' | 'better' | 'scenario';
	/** Shown before the question: what the client said, or the situation. */
	context?: string;
	/** The question, the coach's words, or the scenario's title. */
	prompt: string;
	/**
	 * Each choice with the reason shown once it is picked, or the id of a shared set in
	 * `PracticeData.choiceSets` (every "Which phase?" item of a model offers the same phases).
	 */
	choices: Choice[] | string;
	/** Index of the best choice. */
	answer: number;
	/** A sentence shown with the feedback whatever was picked (what was weak about the coach's question). */
	lesson?: string;
	/** Outside guidance that bears on it (ICF's Code of Ethics). */
	ethics?: Link;
}

/** An item answered by putting steps in order. */
export interface OrderItem extends ItemBase {
	drill: 'order';
	/** The steps in their right order. */
	steps: string[];
	/** The order they are offered in: indexes into `steps`, never already right. */
	start: number[];
}

export type DrillItem = ChoiceItem | OrderItem;

/** Everything the practice page loads. */
export interface PracticeData {
	/** Models with items, in teaching order. */
	models: { id: string; name: string }[];
	/** Choices many items share, by id (a model's phases). */
	choiceSets: Record<string, Choice[]>;
	items: DrillItem[];
}

/** The choices an item offers. */
export const choicesOf = (item: ChoiceItem, data: Pick<PracticeData, 'choiceSets'>): Choice[] =>
	typeof item.choices === 'string' ? (data.choiceSets[item.choices] ?? []) : item.choices;

/** Whether an answer is right: the best choice's index, or the steps' indexes in their order. */
export function isRight(item: DrillItem, answer: number | number[]): boolean {
	if (item.drill === 'order') return Array.isArray(answer) && answer.every((step, i) => step === i) && answer.length === item.steps.length;
	return answer === item.answer;
}
