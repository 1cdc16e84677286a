import { z } from 'astro/zod';

/** The nine PCC markers of ICF competency 8 (October 2020 revision) a coach turn can show. */
export const PCC_MARKERS = ['8.1', '8.2', '8.3', '8.4', '8.5', '8.6', '8.7', '8.8', '8.9'] as const;

/** What a coach turn does, so drills and readers can name it. */
export const COACH_MOVES = ['open-question', 'closed-question', 'reflection', 'summary', 'silence', 'challenge', 'acknowledgement'] as const;

/** One turn of a dialogue: who speaks, what they say, and (on coach turns) what the turn shows. */
export const turnSchema = z
	.object({
		/** Who speaks. The page shows the coach's or the client's name from the dialogue. */
		speaker: z.enum(['coach', 'client']),
		/**
		 * What is said. Inline Markdown is allowed: `*emphasis*`, `**strong**`, `[link](/path/)`.
		 * @example 'What would you like to have by the end of our conversation?'
		 */
		text: z.string().min(1),
		/**
		 * Id of the phase this coach turn belongs to: a phase of the dialogue's `model`.
		 * @example 'reality'
		 */
		phase: z.string().optional(),
		/**
		 * A part of the session outside the model's phases, for a turn's note label: the opening agreement
		 * or the close.
		 */
		stage: z.enum(['opening', 'close']).optional(),
		/** PCC marker this coach turn really shows; leave it out where none is shown. @example '8.3' */
		marker: z.enum(PCC_MARKERS, { error: 'is not a PCC marker of competency 8 (8.1 to 8.9)' }).optional(),
		/** What the coach's turn does. Every coach turn has one. @example 'open-question' */
		move: z.enum(COACH_MOVES).optional(),
		/**
		 * A margin note about this turn, shown beside it on a wide screen and just before it on a phone
		 * and on paper. Labelled with the turn's phase (or stage) and marker.
		 */
		note: z.string().optional(),
		/** True when the note marks going back a phase (drawn with a dashed edge, labelled "Back to …"). */
		loop: z.boolean().optional(),
	})
	.superRefine((turn, context) => {
		if (turn.speaker === 'coach' && !turn.move) context.addIssue({ code: 'custom', path: ['move'], message: 'every coach turn needs a move' });
		if (turn.speaker === 'client')
			for (const key of ['phase', 'marker', 'move'] as const)
				if (turn[key]) context.addIssue({ code: 'custom', path: [key], message: 'tags belong on coach turns only' });
		if (turn.loop && !turn.note) context.addIssue({ code: 'custom', path: ['loop'], message: 'marks a note, so the turn needs a note' });
	});

/**
 * One dialogue, one file in `content/dialogues/`; its id is its path without `.yaml`
 * (`content/dialogues/grow/goal.yaml` is "grow/goal"). A page shows it with `<Dialogue id="grow/goal" />`.
 */
export const dialogueSchema = z.object({
	/** Id of the model whose phases the turns' `phase` tags name. @example 'grow' */
	model: z.string().min(1),
	/** The client's name as the page shows it before each of their turns. @example 'Dana' */
	client: z.string().min(1),
	/** What the conversation is about, in a few words. @example 'time for her own work' */
	topic: z.string().min(1),
	/** Name shown before the coach's turns. */
	coach: z.string().min(1).default('Coach'),
	/** The turns in the order they are spoken. */
	turns: z.array(turnSchema).min(1),
});

export type Dialogue = z.infer<typeof dialogueSchema>;
export type Turn = z.infer<typeof turnSchema>;
