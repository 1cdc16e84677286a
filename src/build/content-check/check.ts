import type { z } from 'astro/zod';
import { modelSchema, type Model } from '../../schemas/model';
import { dialogueSchema } from '../../schemas/dialogue';
import { pageSchema } from '../../schemas/page';
import { sourceSchema } from '../../schemas/source';
import { betterQuestionSchema, scenarioSchema } from '../../schemas/practice';
import { worksheetSchema, type Worksheet } from '../../schemas/worksheet';
import type { RawContent, RawList } from './load';
import { catalogProblems } from './catalogs';
import { translationProblems } from './translations';
import { resolveMapping, withSessionClose } from '../../plan/continue';
import { CLOSE_WORKSHEET } from '../../plan/session-close';

/** Turns a zod path like ['sections', 2, 'phase'] into `sections[2].phase`. */
export function formatPath(path: PropertyKey[]): string {
	return path
		.map((part, i) => (typeof part === 'number' ? `[${part}]` : `${i ? '.' : ''}${String(part)}`))
		.join('');
}

function schemaProblems(file: string, error: z.ZodError, prefix: PropertyKey[] = []): string[] {
	return error.issues.map((issue) => {
		const where = formatPath([...prefix, ...issue.path]);
		return `${file}: ${where ? `${where} ` : ''}${issue.message}`;
	});
}

const list = (ids: Iterable<string>) => [...ids].join(', ');

/**
 * Validates every content file and every reference between them.
 * Returns one readable line per problem, naming the file and field; empty when all is well.
 */
export function findContentProblems(content: RawContent): string[] {
	const problems: string[] = [];

	const sourceIds = new Set<string>();
	const sourceList = Array.isArray(content.sources.data) ? content.sources.data : [];
	if (!Array.isArray(content.sources.data)) problems.push(`${content.sources.path}: expected a list of sources`);
	sourceList.forEach((entry, i) => {
		const parsed = sourceSchema.safeParse(entry);
		if (!parsed.success) problems.push(...schemaProblems(content.sources.path, parsed.error, [i]));
		else if (sourceIds.has(parsed.data.id)) problems.push(`${content.sources.path}: [${i}].id "${parsed.data.id}" is listed twice`);
		else sourceIds.add(parsed.data.id);
	});
	const checkSources = (file: string, field: string, ids: string[]) =>
		ids.forEach((id, i) => {
			if (!sourceIds.has(id)) problems.push(`${file}: ${field}[${i}] cites unknown source "${id}" (add it to ${content.sources.path})`);
		});

	const models = new Map<string, Model>();
	for (const file of content.models) {
		const parsed = modelSchema.safeParse(file.data);
		if (!parsed.success) {
			problems.push(...schemaProblems(file.path, parsed.error));
			continue;
		}
		models.set(file.id, parsed.data);
		checkSources(file.path, 'sources', parsed.data.sources);
	}
	const phasesOf = (model: Model) => list(model.phases.map((p) => p.id));
	/** The model `id` names; when there is none, says so after `prefix` ("content/x.yaml: ", "…: [3]."). */
	const modelNamed = (prefix: string, id: string): Model | undefined => {
		const model = models.get(id);
		if (!model) problems.push(`${prefix}model "${id}" does not exist (models: ${list(models.keys())})`);
		return model;
	};
	/** Says so, after `where` (a file and key), when `phase` is not a phase of `model`. */
	const checkPhase = (where: string, model: Model, modelId: string, phase: string) => {
		if (!model.phases.some((p) => p.id === phase)) problems.push(`${where} "${phase}" is not a phase of model "${modelId}" (phases: ${phasesOf(model)})`);
	};

	const worksheets = new Map<string, Worksheet>();
	for (const file of content.worksheets) {
		const parsed = worksheetSchema.safeParse(file.data);
		if (!parsed.success) {
			problems.push(...schemaProblems(file.path, parsed.error));
			continue;
		}
		worksheets.set(file.id, parsed.data);
		const model = modelNamed(`${file.path}: `, parsed.data.model);
		if (!model) continue;
		parsed.data.sections.forEach((section, i) => {
			checkPhase(`${file.path}: sections[${i}].phase`, model, parsed.data.model, section.phase);
			section.fields.forEach((field, f) => {
				if (field.kind !== 'reviews') return;
				for (const phase of Object.keys(field.sessionPhases ?? {}))
					checkPhase(`${file.path}: sections[${i}].fields[${f}].sessionPhases`, model, parsed.data.model, phase);
			});
		});
	}

	// "Continue in…" mappings: every path exists, and every answer fits the field it goes into.
	for (const file of content.worksheets) {
		const target = worksheets.get(file.id);
		target?.continueFrom.forEach((entry, i) => {
			const source = worksheets.get(entry.worksheet);
			if (!source) {
				problems.push(`${file.path}: continueFrom[${i}].worksheet "${entry.worksheet}" does not exist (worksheets: ${list(worksheets.keys())})`);
				return;
			}
			const carryable = withSessionClose(entry.worksheet, source, worksheets.get(CLOSE_WORKSHEET));
			for (const problem of resolveMapping(carryable, target, entry).problems) problems.push(`${file.path}: continueFrom[${i}].map ${problem}`);
		});
	}

	for (const file of content.pages) {
		const parsed = pageSchema.safeParse(file.data ?? {});
		if (!parsed.success) {
			problems.push(...schemaProblems(file.path, parsed.error));
			continue;
		}
		const page = parsed.data;
		checkSources(file.path, 'sources', page.sources);
		if (page.model) {
			const model = modelNamed(`${file.path}: `, page.model);
			if (model && page.phase) checkPhase(`${file.path}: phase`, model, page.model, page.phase);
		} else if (page.phase) problems.push(`${file.path}: phase "${page.phase}" is given without a model`);
		if (page.worksheet && !worksheets.has(page.worksheet))
			problems.push(`${file.path}: worksheet "${page.worksheet}" does not exist (worksheets: ${list(worksheets.keys())})`);
	}

	// Practice items: the model and phase of a better question exist; a scenario's page exists. Ids are
	// unique across both files, since progress is kept by id.
	const pageIds = new Set(content.pages.map((file) => file.id));
	const itemIds = new Set<string>();
	const practiceList = (raw: RawList, schema: typeof betterQuestionSchema | typeof scenarioSchema, check: (item: never, at: string) => void) => {
		if (!Array.isArray(raw.data)) return problems.push(`${raw.path}: expected a list of items`);
		raw.data.forEach((entry, i) => {
			const parsed = schema.safeParse(entry);
			if (!parsed.success) return problems.push(...schemaProblems(raw.path, parsed.error, [i]));
			if (itemIds.has(parsed.data.id)) problems.push(`${raw.path}: [${i}].id "${parsed.data.id}" is used twice`);
			itemIds.add(parsed.data.id);
			check(parsed.data as never, `${raw.path}: [${i}]`);
		});
	};
	practiceList(content.practice.betterQuestions, betterQuestionSchema, (item: z.infer<typeof betterQuestionSchema>, at) => {
		const model = modelNamed(`${at}.`, item.model);
		if (model) checkPhase(`${at}.phase`, model, item.model, item.phase);
	});
	practiceList(content.practice.scenarios, scenarioSchema, (item: z.infer<typeof scenarioSchema>, at) => {
		if (!pageIds.has(item.teaches.slice(1, -1))) problems.push(`${at}.teaches "${item.teaches}" is not a page of the site`);
	});

	// Dialogues: the model exists and every phase tag names one of its phases.
	for (const file of content.dialogues) {
		const parsed = dialogueSchema.safeParse(file.data);
		if (!parsed.success) {
			problems.push(...schemaProblems(file.path, parsed.error));
			continue;
		}
		const model = modelNamed(`${file.path}: `, parsed.data.model);
		if (!model) continue;
		parsed.data.turns.forEach((turn, i) => {
			if (turn.phase) checkPhase(`${file.path}: turns[${i}].phase`, model, parsed.data.model, turn.phase);
		});
	}

	problems.push(...catalogProblems(content.catalogs), ...translationProblems(content));
	return problems;
}
