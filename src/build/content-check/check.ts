import type { z } from 'astro/zod';
import { modelSchema, type Model } from '../../schemas/model';
import { dialogueSchema } from '../../schemas/dialogue';
import { pageSchema } from '../../schemas/page';
import { sourceSchema } from '../../schemas/source';
import { betterQuestionSchema, scenarioSchema } from '../../schemas/practice';
import { worksheetSchema, type Worksheet } from '../../schemas/worksheet';
import type { RawContent, RawList } from './load';
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

	const worksheets = new Map<string, Worksheet>();
	for (const file of content.worksheets) {
		const parsed = worksheetSchema.safeParse(file.data);
		if (!parsed.success) {
			problems.push(...schemaProblems(file.path, parsed.error));
			continue;
		}
		worksheets.set(file.id, parsed.data);
		const model = models.get(parsed.data.model);
		if (!model) {
			problems.push(`${file.path}: model "${parsed.data.model}" does not exist (models: ${list(models.keys())})`);
			continue;
		}
		parsed.data.sections.forEach((section, i) => {
			if (!model.phases.some((p) => p.id === section.phase))
				problems.push(
					`${file.path}: sections[${i}].phase "${section.phase}" is not a phase of model "${parsed.data.model}" (phases: ${phasesOf(model)})`,
				);
			section.fields.forEach((field, f) => {
				if (field.kind !== 'reviews') return;
				for (const phase of Object.keys(field.sessionPhases ?? {}))
					if (!model.phases.some((p) => p.id === phase))
						problems.push(
							`${file.path}: sections[${i}].fields[${f}].sessionPhases "${phase}" is not a phase of model "${parsed.data.model}" (phases: ${phasesOf(model)})`,
						);
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
			const model = models.get(page.model);
			if (!model) problems.push(`${file.path}: model "${page.model}" does not exist (models: ${list(models.keys())})`);
			else if (page.phase && !model.phases.some((p) => p.id === page.phase))
				problems.push(`${file.path}: phase "${page.phase}" is not a phase of model "${page.model}" (phases: ${phasesOf(model)})`);
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
		const model = models.get(item.model);
		if (!model) problems.push(`${at}.model "${item.model}" does not exist (models: ${list(models.keys())})`);
		else if (!model.phases.some((p) => p.id === item.phase)) problems.push(`${at}.phase "${item.phase}" is not a phase of model "${item.model}" (phases: ${phasesOf(model)})`);
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
		const model = models.get(parsed.data.model);
		if (!model) {
			problems.push(`${file.path}: model "${parsed.data.model}" does not exist (models: ${list(models.keys())})`);
			continue;
		}
		parsed.data.turns.forEach((turn, i) => {
			if (turn.phase && !model.phases.some((p) => p.id === turn.phase))
				problems.push(`${file.path}: turns[${i}].phase "${turn.phase}" is not a phase of model "${parsed.data.model}" (phases: ${phasesOf(model)})`);
		});
	}

	return problems;
}
