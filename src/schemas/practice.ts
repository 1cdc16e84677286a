import { z } from 'astro/zod';

const slug = z.string().regex(/^[a-z0-9-]+$/, 'use lowercase letters, digits and hyphens');

/** One answer a learner can pick: its text, why it is stronger or weaker, and whether it is the best. */
const choiceSchema = z.object({
	text: z.string().min(1),
	/** Why this choice works or does not, shown as feedback the moment it is picked. */
	reason: z.string().min(1),
	best: z.literal(true).optional(),
});

/** Three choices, exactly one of them marked best. */
const threeChoices = z
	.array(choiceSchema)
	.length(3)
	.refine((choices) => choices.filter((choice) => choice.best).length === 1, 'mark exactly one choice `best: true`');

/**
 * A "better question" drill item (`content/practice/better-questions.yaml`): a weak question a coach
 * asked in context, and three alternatives. Written for practice; the model and phase say where it
 * belongs and which page teaches it.
 */
export const betterQuestionSchema = z.object({
	/** Stable id; the learner's progress is kept under it. @example 'grow-goal-closed-1' */
	id: slug,
	/** Model id (`content/models/<model>.yaml`). */
	model: slug,
	/** Phase id of that model; its page teaches the better question. */
	phase: slug,
	/** What the client just said. */
	context: z.string().min(1),
	/** The coach's weak question. */
	weak: z.string().min(1),
	/** What is wrong with it: a yes/no question, the coach's answer inside, a defensive "why", or several at once. */
	flaw: z.enum(['closed', 'leading', 'why', 'stacked']),
	choices: threeChoices,
});

/**
 * A "what would you do?" scenario (`content/practice/scenarios.yaml`): a moment a coach meets, three
 * responses, and the page that teaches it.
 */
export const scenarioSchema = z.object({
	id: slug,
	/** A few words naming the moment. @example 'The client asks what you would do' */
	title: z.string().min(1),
	/** Who the client is and what just happened, in two to four sentences. */
	situation: z.string().min(1),
	choices: threeChoices,
	/** Address of the site page that teaches it. @example '/icf-competency-8/8-4/' */
	teaches: z.string().regex(/^\/([a-z0-9-]+\/)*$/, 'write a site path such as /grow/will/'),
	/** True where the ICF Code of Ethics bears on it (confidentiality, sponsors, referral, conflicts of interest). */
	ethics: z.boolean().default(false),
});

export type BetterQuestion = z.infer<typeof betterQuestionSchema>;
export type Scenario = z.infer<typeof scenarioSchema>;
