import { z } from 'astro/zod';

const slug = z.string().regex(/^[a-z0-9-]+$/, 'use lowercase letters, digits and hyphens');

/**
 * What a phase does in a conversation, whatever the model calls it. The compare page lines models
 * up by stage (meaning), not by step number, and the session mode groups prompts by it.
 * - `contract`: agree the relationship, the session's aim and how you will work together
 * - `rapport`: build trust and the working relationship
 * - `explore`: understand the issue, the present situation, strengths and resources
 * - `goal`: agree what the client wants, stated so both can tell when it is reached
 * - `options`: widen the possible ways forward, then weigh them
 * - `commit`: choose, turn the choice into actions, test commitment
 * - `learning`: draw out what the client learned and how they will use it
 * - `review`: look back at what happened since last time
 * - `close`: end the session or the relationship as the client chooses
 */
/** Each stage is named to a reader by the catalog's `components.stage-<stage>` (compare table rows, question bank). */
export const stageSchema = z.enum(['contract', 'rapport', 'explore', 'goal', 'options', 'commit', 'learning', 'review', 'close']);

/**
 * How much of a coaching engagement a model covers:
 * - `one-session`: a single conversation, from its aim to a next step
 * - `series`: a run of sessions, each building on what happened since the last
 * - `relationship`: the whole engagement, from the first agreement to its close
 * Named to a reader by the catalog's `components.scope-<scope>`.
 */
export const scopeSchema = z.enum(['one-session', 'series', 'relationship']);

/** How each scope is named to a reader. */
/** One phase, step or marker of a model, in the order it is taught. */
export const phaseSchema = z.object({
	/**
	 * Stable id; the phase page lives at `content/docs/<model>/<id>.mdx`.
	 * @example 'reality'
	 */
	id: slug,
	/** Name shown in lists, diagrams and prev/next links. @example 'Reality' */
	name: z.string().min(1),
	/** Letter or number this phase stands for in the model's name, if any. @example 'R' */
	letter: z.string().max(4).optional(),
	/** One sentence saying what happens in this phase. */
	summary: z.string().min(1),
	/** What this phase does in a conversation; the compare page aligns models by it. @example 'explore' */
	stage: stageSchema,
	/**
	 * This phase's share of a session's time, in percent; a model's shares add up to 100. The
	 * session mode turns it into each phase's time budget. @example 30
	 */
	timeShare: z.number().int().min(1).max(100),
	/**
	 * True for a phase that happens between sessions (the coachee acts, the coach supports from a
	 * distance), such as CLEAR's Execute: session mode gives it no time of the session.
	 */
	betweenSessions: z.boolean().default(false),
	/**
	 * Example questions a coach might ask in this phase, in the site's own words. Phase pages, the
	 * question bank and the session mode all render them from here, so a question lives in one place.
	 */
	questions: z.array(z.string().min(1)).min(3),
});

/** The facts about one coaching model; pages render lists, diagrams and navigation from it. */
export const modelSchema = z.object({
	/** Display name. @example 'GROW' */
	name: z.string().min(1),
	/** What the letters stand for, if the name is an acronym. @example 'Goal, Reality, Options, Will' */
	expansion: z.string().optional(),
	/** Position in the teaching order; the sidebar and the compare page sort by it. */
	order: z.number().int().nonnegative(),
	/** One sentence: what the model is for. */
	summary: z.string().min(1),
	/** How much of coaching the model covers; the compare page shows it. @example 'one-session' */
	scope: scopeSchema.optional(),
	/**
	 * Roughly how long the model takes to use, in plain words; say so where the sources set no length.
	 * @example 'One session; the sources set no length'
	 */
	timeNeeded: z.string().min(1).optional(),
	/**
	 * How well the sources document the model: who published it, how many independent sources
	 * describe it, where they disagree. About its documentation, not proof that it works.
	 * @example 'One blog article; no originator found'
	 */
	evidence: z.string().min(1).optional(),
	/** One phrase: the situation this model suits best; the compare page shows it. */
	bestFor: z.string().min(1).optional(),
	/** Situations where this model fits; used by the home page to help a visitor choose. */
	useWhen: z.array(z.string().min(1)).default([]),
	/**
	 * How the diagram draws the phases: `sequence` (left to right), `loop` (a cycle that returns
	 * to the start) or `stairway` (steps on a foundation leading to a goal at the top).
	 */
	diagram: z.enum(['sequence', 'loop', 'stairway']).default('sequence'),
	/** Who made it and when, written carefully where sources disagree. */
	origin: z.string().min(1),
	/** Ids from `content/sources.yaml` backing the facts in this file. */
	sources: z.array(slug).min(1),
	/** Ordered phases, steps or markers. */
	phases: z.array(phaseSchema).min(1),
	/** For `stairway` diagrams: what the steps stand on. @example ['Training', 'Competency', 'Ethics'] */
	foundation: z.array(z.string().min(1)).optional(),
	/** For `stairway` diagrams: what the top of the stairs leads to. @example 'Success' */
	summit: z.string().optional(),
}).superRefine((model, context) => {
	const total = model.phases.reduce((sum, phase) => sum + phase.timeShare, 0);
	if (model.phases.length > 0 && total !== 100) {
		context.addIssue({ code: 'custom', path: ['phases'], message: `time shares add up to ${total}, not 100` });
	}
});

export type Phase = z.infer<typeof phaseSchema>;
export type Stage = z.infer<typeof stageSchema>;
export type Scope = z.infer<typeof scopeSchema>;
export type Model = z.infer<typeof modelSchema>;
