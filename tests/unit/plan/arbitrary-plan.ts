/**
 * Random valid plans for property tests, built from the real worksheet definitions in
 * content/worksheets, so every field kind of every worksheet is exercised with awkward text.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { parse as parseYaml } from 'yaml';
import { worksheetSchema, type Field, type SimpleField, type WorksheetDefinition } from '../../../src/schemas/worksheet';
import { FORMAT_VERSION, type PlanRecord } from '../../../src/plan/record';

const root = fileURLToPath(new URL('../../..', import.meta.url));

/** Every worksheet definition of the site, parsed by the same schema as the build. */
export function loadWorksheets(): WorksheetDefinition[] {
	const dir = join(root, 'content/worksheets');
	return readdirSync(dir)
		.filter((name) => name.endsWith('.yaml'))
		.sort()
		.map((name) => ({
			...worksheetSchema.parse(parseYaml(readFileSync(join(dir, name), 'utf8'))),
			id: name.replace(/\.yaml$/, ''),
		}));
}

/** Worksheet ids and versions, as the pages pass them to the codecs. */
export const knownOf = (worksheets: WorksheetDefinition[]) =>
	Object.fromEntries(worksheets.map((sheet) => [sheet.id, { version: sheet.version }]));

/** Text a visitor might type, including the kinds that break naive code. */
const awkward = fc.constantFrom(
	'<script>alert("hi")</script>',
	'"double" and \'single\' quotes',
	'first line\nsecond line\r\nthird',
	'# not a heading',
	'| not | a | table |',
	'1. not a list',
	'- not a bullet',
	'**not bold** _nor this_ `code` [link](http://example.org)',
	'&amp; &#60; entities',
	'emoji 😀👍🏽👩‍👩‍👧 flags 🇬🇧',
	'Zoë, naïve café, 日本語, עברית',
	'a lone surrogate \ud83d here',
	'back\\slash',
	'   ',
	'',
);

/** Any text: plain, composed Unicode, raw code points, or one of the awkward cases. */
export const text: fc.Arbitrary<string> = fc.oneof(
	{ weight: 3, arbitrary: fc.string({ unit: 'grapheme', maxLength: 40 }) },
	{ weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 20 }) },
	{ weight: 2, arbitrary: awkward },
	{ weight: 1, arbitrary: fc.array(fc.oneof(awkward, fc.string({ maxLength: 10 })), { maxLength: 4 }).map((parts) => parts.join(' ')) },
);

/** A real calendar day, `YYYY-MM-DD`. */
export const day: fc.Arbitrary<string> = fc
	.date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true })
	.map((date) => date.toISOString().slice(0, 10));

const maybeDay = fc.oneof(fc.constant(''), day);
const stamp = fc
	.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true })
	.map((date) => date.toISOString());
const planId = fc.string({ unit: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz0123456789'), minLength: 1, maxLength: 12 });

/** A value of the right type for a simple field (any kind but reviews). */
function simpleAnswer(field: SimpleField): fc.Arbitrary<unknown> {
	switch (field.kind) {
		case 'short-text':
		case 'long-text':
			return text;
		case 'list':
			return fc.array(text, { maxLength: 5 });
		case 'scale':
			return fc.option(fc.integer({ min: 1, max: 10 }), { nil: null });
		case 'date':
			return maybeDay;
		case 'choice':
			return fc.oneof(fc.constantFrom('', ...field.options), text);
		case 'checklist':
			return fc.oneof(fc.subarray(field.options), fc.array(text, { maxLength: 3 }));
		case 'actions':
			return fc.array(fc.record({ what: text, by: maybeDay, support: text, done: fc.boolean() }), { maxLength: 4 });
		case 'smart':
			return fc.record({ goal: text, specific: text, measurable: text, achievable: text, relevant: text, timeBound: text });
	}
}

function answer(field: Field): fc.Arbitrary<unknown> {
	if (field.kind !== 'reviews') return simpleAnswer(field);
	const round = fc.record({
		id: planId,
		date: maybeDay,
		happened: text,
		evaluation: text,
		adjustments: text,
		answers: answersFor(field.fields),
	});
	return fc.array(round, { maxLength: 3 });
}

/** Answers to a random subset of `fields`, each of its field's type. */
function answersFor(fields: Field[]): fc.Arbitrary<Record<string, unknown>> {
	return fc.record(Object.fromEntries(fields.map((field) => [field.id, answer(field)])), { requiredKeys: [] });
}

/** A random valid plan of `definition`, saved at its current or an older worksheet version. */
export function arbitraryPlan(definition: WorksheetDefinition): fc.Arbitrary<PlanRecord> {
	const fields = definition.sections.flatMap((section) => section.fields);
	const editable = [...fields.map((field) => field.id), '@title', '@person', '@date'];
	return fc.record({
		format: fc.constant(FORMAT_VERSION),
		id: planId,
		worksheet: fc.constant(definition.id),
		worksheetVersion: fc.integer({ min: 1, max: definition.version }),
		title: text,
		person: text,
		date: maybeDay,
		created: stamp,
		updated: stamp,
		answers: answersFor(fields),
		edited: fc.dictionary(fc.constantFrom(...editable), fc.integer({ min: 0, max: 4_102_444_800_000 })),
	});
}
