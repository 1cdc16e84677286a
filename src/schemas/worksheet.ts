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
});

const option = z.string().min(1);

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
	fieldBase.extend({ kind: z.literal('choice'), options: z.array(option).min(2) }),
	/** Tick any of the options. */
	fieldBase.extend({ kind: z.literal('checklist'), options: z.array(option).min(1) }),
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
});

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
	})
	.superRefine((sheet, ctx) => {
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
			}),
		);
	});

export type Field = z.infer<typeof fieldSchema>;
export type SimpleField = z.infer<typeof simpleField>;
export type FieldKind = Field['kind'];
export type Section = z.infer<typeof sectionSchema>;
export type Worksheet = z.infer<typeof worksheetSchema>;
export type Migration = z.infer<typeof migrationSchema>;
/** A worksheet definition as passed to the island: the schema's shape plus its id. */
export type WorksheetDefinition = Worksheet & { id: string };
