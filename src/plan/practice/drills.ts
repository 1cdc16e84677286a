/**
 * Builds the drill items from the content: "Which phase?", "Which marker?" and "Put them in order" from
 * the models' phases and example questions, "A better question" and "What would you do?" from the
 * items written for practice. Runs at build time; the result is `/practice/items.json`.
 */
import type { Model } from '../../schemas/model';
import type { BetterQuestion, Scenario } from '../../schemas/practice';
import type { Dialogue } from '../../schemas/dialogue';
import type { ChoiceItem, DrillItem, Link, OrderItem, PracticeData } from './items';
import { plainText } from '../plain-text';
import type { Translate } from '../i18n/translate';

/** The model whose phases are PCC markers: "Which marker?" draws on it, "Which phase?" on the others. */
export const MARKER_MODEL = 'icf-competency-8';

/** Models whose steps follow one another, so putting them in order teaches something. */
export const ORDERED_MODELS = ['grow', 'igrow', 'so-i-grow', 're-grow', 'clear', 'stairway', 'coaching-process'] as const;


export interface DrillSources {
	models: { id: string; data: Model }[];
	betterQuestions: BetterQuestion[];
	scenarios: Scenario[];
	/** A site page's address and title, from a path such as `/grow/will/`. */
	page: (path: string) => Link;
	/** The ICF Code of Ethics, linked from scenarios it bears on. */
	ethics: Link;
	/** The dialogues, each with the address of the page that shows it. */
	dialogues: { id: string; data: Dialogue; page: string }[];
	/** The words of the drills' own lessons and choices, in the items' language. */
	t: Translate<'practice'>;
}

/** The choice set of "Which marker?" items drawn from dialogues: the nine markers, then "none". */
export const MARKERS_OR_NONE = 'markers-or-none';


/** A stable shuffle of `n` indexes from a text seed, never the identity (so an order item is never solved). */
export function seededOrder(n: number, seed: string): number[] {
	let state = [...seed].reduce((hash, char) => (Math.imul(hash, 31) + char.charCodeAt(0)) >>> 0, 2166136261);
	const next = () => ((state = (Math.imul(state, 1664525) + 1013904223) >>> 0) / 2 ** 32);
	const order = [...Array(n).keys()];
	for (let i = n - 1; i > 0; i--) {
		const j = Math.floor(next() * (i + 1));
		[order[i], order[j]] = [order[j], order[i]];
	}
	if (n > 1 && order.every((step, i) => step === i)) [order[0], order[1]] = [order[1], order[0]];
	return order;
}

/** A model's phases as the choices of its "Which phase?" or "Which marker?" items. */
const phaseChoices = (model: Model) => model.phases.map((phase) => ({ text: phase.name, reason: phase.summary }));

/** One item per example question whose phase the question names alone (a question listed under two phases is left out). */
function phaseItems(id: string, model: Model, drill: 'phase' | 'marker', page: DrillSources['page']): ChoiceItem[] {
	const count = new Map<string, number>();
	for (const phase of model.phases) for (const question of phase.questions) count.set(question, (count.get(question) ?? 0) + 1);
	return model.phases.flatMap((phase, answer) =>
		phase.questions
			.map((question, q) => ({ question, q }))
			.filter(({ question }) => count.get(question) === 1)
			.map(({ question, q }) => ({
				id: `${drill}-${id}-${phase.id}-${q + 1}`,
				drill,
				model: id,
				prompt: question,
				choices: id,
				answer,
				teaches: page(`/${id}/${phase.id}/`),
			})),
	);
}

/**
 * "Which marker?" from the dialogues: each coach turn that carries a marker tag, and each untagged coach
 * turn with a margin note in a dialogue that shows markers, with the two turns before it; the answer is its marker or "none",
 * and the turn's own margin note, where it has one, is the lesson.
 */
function dialogueMarkerItems(dialogue: DrillSources['dialogues'][number], markers: Model, page: DrillSources['page']): ChoiceItem[] {
	const { data } = dialogue;
	if (!data.turns.some((turn) => turn.marker)) return [];
	const name = (speaker: 'coach' | 'client') => (speaker === 'coach' ? data.coach : data.client);
	return data.turns.flatMap((turn, i) => {
		// An untagged turn is asked only where its margin note says what it does instead.
		if (turn.speaker !== 'coach' || i < 2 || (!turn.marker && !turn.note)) return [];
		const answer = turn.marker ? markers.phases.findIndex((phase) => phase.letter === turn.marker) : markers.phases.length;
		return [
			{
				id: `marker-turn-${dialogue.id.replace(/\//g, '-')}-${i + 1}`,
				drill: 'marker' as const,
				model: MARKER_MODEL,
				context: data.turns
					.slice(i - 2, i)
					.map((before) => `${name(before.speaker)}: ${plainText(before.text)}`)
					.join('\n'),
				prompt: plainText(turn.text),
				choices: MARKERS_OR_NONE,
				answer,
				...(turn.note ? { lesson: plainText(turn.note) } : {}),
				teaches: page(dialogue.page),
			},
		];
	});
}

function orderItem(id: string, model: Model, page: DrillSources['page']): OrderItem {
	const itemId = `order-${id}`;
	return { id: itemId, drill: 'order', model: id, steps: model.phases.map((phase) => phase.name), start: seededOrder(model.phases.length, itemId), teaches: page(`/${id}/`) };
}

/** Written choices as an item offers them, and which is the best. */
const written = (choices: BetterQuestion['choices']) => ({
	choices: choices.map(({ text, reason }) => ({ text, reason })),
	answer: choices.findIndex((choice) => choice.best),
});

const betterItem = (item: BetterQuestion, page: DrillSources['page'], t: DrillSources['t']): ChoiceItem => ({
	id: `better-${item.id}`,
	drill: 'better',
	model: item.model,
	context: item.context,
	prompt: item.weak,
	...written(item.choices),
	lesson: t(`practice.flaw-${item.flaw}`),
	teaches: page(`/${item.model}/${item.phase}/`),
});

/** The model a scenario belongs to: the one whose pages teach it, or none for a general page. */
const modelOfPath = (path: string, models: Set<string>) => {
	const first = path.split('/')[1];
	return models.has(first) ? first : 'general';
};

const scenarioItem = (item: Scenario, models: Set<string>, sources: DrillSources): ChoiceItem => ({
	id: `scenario-${item.id}`,
	drill: 'scenario',
	model: modelOfPath(item.teaches, models),
	context: item.situation,
	prompt: item.title,
	...written(item.choices),
	teaches: sources.page(item.teaches),
	...(item.ethics ? { ethics: sources.ethics } : {}),
});

/** Every drill item, and the models they belong to in teaching order (plus "general" for scenarios of no one model). */
export function buildPracticeData(sources: DrillSources): PracticeData {
	const models = [...sources.models].sort((a, b) => a.data.order - b.data.order);
	const ids = new Set(models.map(({ id }) => id));
	const markers = models.find(({ id }) => id === MARKER_MODEL)?.data;
	const items: DrillItem[] = [
		...models.flatMap(({ id, data }) => phaseItems(id, data, id === MARKER_MODEL ? 'marker' : 'phase', sources.page)),
		...(markers ? sources.dialogues.flatMap((dialogue) => dialogueMarkerItems(dialogue, markers, sources.page)) : []),
		...sources.betterQuestions.map((item) => betterItem(item, sources.page, sources.t)),
		...models.filter(({ id }) => (ORDERED_MODELS as readonly string[]).includes(id)).map(({ id, data }) => orderItem(id, data, sources.page)),
		...sources.scenarios.map((item) => scenarioItem(item, ids, sources)),
	];
	const used = new Set(items.map((item) => item.model));
	return {
		models: [
			...models.filter(({ id }) => used.has(id)).map(({ id, data }) => ({ id, name: data.name })),
			...(used.has('general') ? [{ id: 'general', name: 'Any model' }] : []),
		],
		choiceSets: {
			...Object.fromEntries(models.map(({ id, data }) => [id, phaseChoices(data)])),
			...(markers ? { [MARKERS_OR_NONE]: [...phaseChoices(markers), { text: sources.t('practice.none-text'), reason: sources.t('practice.none-reason') }] } : {}),
		},
		items,
	};
}
