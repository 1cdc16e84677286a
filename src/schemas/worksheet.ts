import { z } from 'astro/zod';

const fieldId = z
	.string()
	.regex(/^[a-z][a-z0-9-]*$/, 'use lowercase letters, digits and hyphens, starting with a letter');

/** What every field kind shares. */
const fieldBase = z.object({
	/**
	 * Stable id; saved answers are keyed by it, so never reuse an id for a different question.
	 * @example 'goal-statement'
	 */
	id: fieldId,
	/** The question or prompt, as the visitor reads it. */
	label: z.string().min(1),
	/** Optional help shown under the label and announced with it (`aria-describedby`). */
	hint: z.string().optional(),
	/**
	 * Optional help meant for a coach (what to ask next, when to dig deeper): shown after `hint` on a
	 * visitor's own plan and in session mode, never on a client's plan opened from a coach link.
	 */
	coachHint: z.string().optional(),
});

const option = z.string().min(1);
/**
 * Never written in content: on a page in another language, the options' words in that language, one per
 * option (`components/content-in.ts`). `options` stay the English words, which are what a plan saves, so
 * a plan reads the same in every language.
 */
const optionLabels = z.array(z.string()).optional();

/** Fields that hold one answer each. */
const simpleField = z.discriminatedUnion('kind', [
	/** One line of text. */
	fieldBase.extend({ kind: z.literal('short-text') }),
	/** A paragraph or more. */
	fieldBase.extend({ kind: z.literal('long-text') }),
	/** An ordered list of short entries the visitor can add to, remove from and reorder. */
	fieldBase.extend({ kind: z.literal('list'), itemLabel: z.string().default('Item') }),
	/** A rating from 1 to 10, with words for both ends. */
	fieldBase.extend({
		kind: z.literal('scale'),
		/** What 1 means. @example 'not at all' */
		lowLabel: z.string().default('low'),
		/** What 10 means. @example 'completely' */
		highLabel: z.string().default('high'),
	}),
	/** A calendar date. */
	fieldBase.extend({ kind: z.literal('date') }),
	/** Pick one of the options. */
	fieldBase.extend({
		kind: z.literal('choice'),
		options: z.array(option).min(2),
		optionLabels,
		/**
		 * When set, a last choice with this label opens a text box, and the visitor's own words are saved as
		 * the answer (any answer that is not one of `options`).
		 * @example 'Other'
		 */
		other: z.string().min(1).optional(),
	}),
	/** Tick any of the options. */
	fieldBase.extend({ kind: z.literal('checklist'), options: z.array(option).min(1), optionLabels }),
	/** Rows of what / by when / who helps / done. */
	fieldBase.extend({ kind: z.literal('actions') }),
	/** A goal with a prompt for each SMART letter and simple explainable hints. */
	fieldBase.extend({ kind: z.literal('smart') }),
]);

/** Dated rounds; each round has date, what happened, evaluation, adjustments, then its own fields. */
const reviewsField = fieldBase.extend({
	kind: z.literal('reviews'),
	/** The fields answered again in every round (for RE-GROW: a fresh Goal, Reality, Options, Will). */
	fields: z.array(simpleField).default([]),
	/**
	 * What the progress chart across rounds shows: a `scale` field and an `actions` field of the round, by
	 * id. Without it the chart uses the round's first scale field and first action table, if it has them.
	 * @example { scale: 'round-commitment', actions: 'round-will' }
	 */
	progress: z
		.object({
			/** Id of a round field of kind `scale`, drawn as a line from 1 to 10. */
			scale: z.string().optional(),
			/** Id of a round field of kind `actions`, drawn as actions done against actions planned. */
			actions: z.string().optional(),
			/** A short name for the scale in the chart's legend and table. @example 'Commitment' */
			scaleName: z.string().min(1).default('Rating'),
		})
		.optional(),
	/**
	 * In session mode, the parts of the current round (the latest, or a new one) that each phase's screen
	 * shows, by phase id: the round's own fields by id, or its built-in `date`, `happened`, `evaluation` and
	 * `adjustments`. A field with this is shown on those screens part by part, never whole, so each phase's
	 * screen asks that round's questions. The build checks the phase ids; the schema checks the parts.
	 * @example { review: ['date', 'happened'], goal: ['round-goal'], will: ['round-will', 'round-commitment'] }
	 */
	sessionPhases: z.record(z.string(), z.array(z.string()).min(1)).optional(),
});

/** The parts of a review round that are not its own fields: its date and its three texts. */
export const ROUND_BUILT_INS = ['date', 'happened', 'evaluation', 'adjustments'] as const;

/** Every kind of field a worksheet can ask. */
export const fieldSchema = z.union([simpleField, reviewsField]);

/** A group of fields tied to one phase of the worksheet's model. */
export const sectionSchema = z.object({
	/** Id of a phase of the worksheet's model. @example 'will' */
	phase: z.string().min(1),
	/** Heading; defaults to the phase name. */
	title: z.string().optional(),
	/** A sentence shown above the fields. */
	intro: z.string().optional(),
	/** The fields, in the order asked. */
	fields: z.array(fieldSchema).min(1),
});

/**
 * One step that upgrades saved answers to a new `version` of the worksheet. Steps are applied in
 * order to plans saved under an older version; answers are never dropped.
 */
export const migrationSchema = z.object({
	/** The worksheet version this step upgrades to. @example 2 */
	version: z.number().int().min(2),
	/**
	 * Answers to move from an old field id to a new one (same kind of answer).
	 * @example { 'goal-evidence': 'goal-measure' }
	 */
	rename: z.record(z.string(), z.string()).default({}),
	/**
	 * Fields this version no longer asks. Their answers are kept and shown, with this label,
	 * under "Answers to questions no longer on this worksheet".
	 */
	retire: z.array(z.object({ id: z.string(), label: z.string().min(1) })).default([]),
	/**
	 * List answers that become action tables: each entry turns into a row whose "what" is the entry and
	 * whose "by when" is the answer of `date` (when given), so nothing is lost. With `within`, the step
	 * works inside every round of that review field instead of on the plan's own answers.
	 * @example [{ within: 'rounds', from: 'round-actions', date: 'round-deadline', to: 'round-will' }]
	 */
	listToActions: z
		.array(
			z.object({
				/** Id of a `reviews` field whose rounds hold the answers; omit for the plan's own answers. */
				within: z.string().optional(),
				/** Id of the old list answer. */
				from: z.string(),
				/** Id of an old date answer that becomes every row's "by when" (and is then removed). */
				date: z.string().optional(),
				/** Id of the new action table. */
				to: z.string(),
			}),
		)
		.default([]),
	/**
	 * Answers that move from the plan into the latest round of a review field (when the plan has a round
	 * and that round has no answer there yet); otherwise they stay where they are and show as retired.
	 * @example [{ from: 'will-next-session', reviews: 'rounds', to: 'round-next-session' }]
	 */
	intoLatestRound: z
		.array(
			z.object({
				/** Id of the plan-level answer to move. */
				from: z.string(),
				/** Id of the `reviews` field. */
				reviews: z.string(),
				/** Id of the round's field that receives the answer. */
				to: z.string(),
			}),
		)
		.default([]),
});

/**
 * Answers this worksheet can take from a plan of another worksheet ("Continue in…"). A path is a field id,
 * or `<reviews field id>.<round field id>`: as a source it reads that field of the plan's latest round; as
 * a target it fills a new round added after any rounds already carried across. A round's own texts
 * (`happened`, `evaluation`, `adjustments`) can be targets too. The build checks that every path exists
 * and that the kinds fit (see `canCarry` in `src/plan/continue.ts`).
 */
export const continueFromSchema = z.object({
	/** Id of the worksheet whose plans can continue into this one (it may be this worksheet). @example 'grow' */
	worksheet: z.string().min(1),
	/**
	 * Source path → target path.
	 * @example { goal: 'specific-first-draft', 'rounds.round-will': 'rounds.happened' }
	 */
	map: z.record(z.string(), z.string()).refine((map) => Object.keys(map).length > 0, 'name at least one answer to carry across'),
});

/** A worksheet definition: data only, rendered by the worksheet island. */
export const worksheetSchema = z
	.object({
		/** Raised whenever saved answers need migrating to a new shape. */
		version: z.number().int().positive(),
		/** Id of the model in `content/models/`. @example 'grow' */
		model: z.string().min(1),
		/** Title shown on screen and on the printed plan. */
		title: z.string().min(1),
		/** A short paragraph telling the visitor how to use the worksheet. */
		intro: z.string().min(1),
		/** Sections in the order they are worked through and printed. */
		sections: z.array(sectionSchema).min(1),
		/** How answers saved under earlier versions are carried forward; see `migrationSchema`. */
		migrations: z.array(migrationSchema).default([]),
		/** Plans of other worksheets this one can start from, and which answers they bring; see `continueFromSchema`. */
		continueFrom: z.array(continueFromSchema).default([]),
		/**
		 * Which fields answer the questions a session summary leads with: the goal (a text or SMART
		 * field), the commitment (a scale), the takeaway (a text field) and the next date agreed (a date
		 * field: the next session or check-in), shown in a client's file. Each is optional. A path
		 * `<reviews field id>.<round field id>` reads that field of the latest round.
		 * @example { goal: 'goal', commitment: 'will-commitment' }
		 */
		summary: z
			.object({ goal: z.string().optional(), commitment: z.string().optional(), takeaway: z.string().optional(), next: z.string().optional() })
			.default({}),
	})
	.superRefine((sheet, ctx) => {
		const kindsFor = { goal: ['short-text', 'long-text', 'smart'], commitment: ['scale'], takeaway: ['short-text', 'long-text'], next: ['date'] } as const;
		for (const [key, kinds] of Object.entries(kindsFor) as [keyof typeof kindsFor, readonly string[]][]) {
			const id = sheet.summary[key];
			if (!id) continue;
			const [outer, inner] = id.split('.');
			const top = sheet.sections.flatMap((section) => section.fields).find((f) => f.id === outer);
			const field = inner === undefined ? top : top?.kind === 'reviews' ? top.fields.find((f) => f.id === inner) : undefined;
			if (!field || !kinds.includes(field.kind))
				ctx.addIssue({
					code: 'custom',
					path: ['summary', key],
					message: `"${id}" is not a ${kinds.join(' or ')} field of this worksheet (nor of its rounds)`,
				});
		}
		sheet.migrations.forEach((step, i) => {
			if (step.version > sheet.version)
				ctx.addIssue({
					code: 'custom',
					path: ['migrations', i, 'version'],
					message: `migration to version ${step.version} is newer than the worksheet's version ${sheet.version}`,
				});
		});
		const seen = new Set<string>();
		const duplicate = (id: string, path: PropertyKey[]) =>
			ctx.addIssue({ code: 'custom', path, message: `field id "${id}" is used twice; every field needs its own id` });
		sheet.sections.forEach((section, s) =>
			section.fields.forEach((field, f) => {
				if (seen.has(field.id)) duplicate(field.id, ['sections', s, 'fields', f, 'id']);
				seen.add(field.id);
				// A round's answers are keyed by its own fields' ids, so those must differ too.
				if (field.kind !== 'reviews') return;
				const inRound = new Set<string>();
				field.fields.forEach((inner, i) => {
					if (inRound.has(inner.id)) duplicate(inner.id, ['sections', s, 'fields', f, 'fields', i, 'id']);
					inRound.add(inner.id);
				});
				for (const [phase, parts] of Object.entries(field.sessionPhases ?? {}))
					parts.forEach((part, p) => {
						if (!(ROUND_BUILT_INS as readonly string[]).includes(part) && !inRound.has(part))
							ctx.addIssue({
								code: 'custom',
								path: ['sections', s, 'fields', f, 'sessionPhases', phase, p],
								message: `"${part}" is not a part of this field's rounds (parts: ${[...ROUND_BUILT_INS, ...inRound].join(', ')})`,
							});
					});
				for (const kind of ['scale', 'actions'] as const) {
					const id = field.progress?.[kind];
					if (id && !field.fields.some((inner) => inner.id === id && inner.kind === kind))
						ctx.addIssue({
							code: 'custom',
							path: ['sections', s, 'fields', f, 'progress', kind],
							message: `"${id}" is not a ${kind} field of this field's rounds (its ${kind} fields: ${field.fields.filter((inner) => inner.kind === kind).map((inner) => inner.id).join(', ') || 'none'})`,
						});
				}
			}),
		);
	});

export type Field = z.infer<typeof fieldSchema>;
export type SimpleField = z.infer<typeof simpleField>;
export type FieldKind = Field['kind'];
export type Section = z.infer<typeof sectionSchema>;
export type Worksheet = z.infer<typeof worksheetSchema>;
export type Migration = z.infer<typeof migrationSchema>;
export type ContinueFrom = z.infer<typeof continueFromSchema>;
/** A worksheet definition as passed to the island: the schema's shape plus its id. */
export type WorksheetDefinition = Worksheet & { id: string };
/** A field of dated review rounds. */
export type ReviewsFieldDefinition = Extract<Field, { kind: 'reviews' }>;
