import { z } from 'astro/zod';

const slug = z.string().regex(/^[a-z0-9-]+$/, 'use lowercase letters, digits and hyphens');

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
});

export type Phase = z.infer<typeof phaseSchema>;
export type Model = z.infer<typeof modelSchema>;
