import type { Migration, Worksheet } from '../schemas/worksheet';
import type { PlanRecord } from './record';

type Definition = Pick<Worksheet, 'version' | 'migrations'>;

/**
 * Carries a plan saved under an older version of its worksheet forward, applying each declared
 * step in order. Renamed fields move their answer (and edit time); nothing is ever dropped: answers
 * to fields a version no longer asks stay in the record and are shown as retired.
 */
export function migrateRecord(record: PlanRecord, definition: Definition): PlanRecord {
	if (record.worksheetVersion >= definition.version) return record;
	const steps = [...definition.migrations]
		.filter((step) => step.version > record.worksheetVersion && step.version <= definition.version)
		.sort((a, b) => a.version - b.version);
	let answers = { ...record.answers };
	let edited = { ...record.edited };
	for (const step of steps) ({ answers, edited } = applyStep(step, answers, edited));
	return { ...record, answers, edited, worksheetVersion: definition.version };
}

function applyStep(step: Migration, answers: Record<string, unknown>, edited: Record<string, number>) {
	const next = { ...answers };
	const times = { ...edited };
	for (const [from, to] of Object.entries(step.rename)) {
		// A newer answer already under the new id wins; the old one is then kept as retired.
		if (!(from in next) || to in next) continue;
		next[to] = next[from];
		delete next[from];
		if (from in times) {
			times[to] = times[from];
			delete times[from];
		}
	}
	return { answers: next, edited: times };
}

/** Labels for answers whose field a version retired, by field id (the latest label wins). */
export function retiredLabels(definition: Pick<Worksheet, 'migrations'>): Record<string, string> {
	const labels: Record<string, string> = {};
	for (const step of [...definition.migrations].sort((a, b) => a.version - b.version))
		for (const { id, label } of step.retire) labels[id] = label;
	return labels;
}

/**
 * Answers in a plan that no current field asks for, with a label to show them under
 * "Answers to questions no longer on this worksheet".
 */
export function retiredAnswers(record: Pick<PlanRecord, 'answers'>, definition: Pick<Worksheet, 'sections' | 'migrations'>) {
	const current = new Set(definition.sections.flatMap((section) => section.fields.map((field) => field.id)));
	const labels = retiredLabels(definition);
	return Object.entries(record.answers)
		.filter(([id]) => !current.has(id))
		.map(([id, value]) => ({ id, label: labels[id] ?? id, value }));
}
