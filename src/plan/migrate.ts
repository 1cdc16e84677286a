import type { Migration, Worksheet } from '../schemas/worksheet';
import { isObject, type PlanRecord } from './record';
import { blankActionRow } from './answers/values';

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
	let next = { ...answers };
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
	for (const change of step.listToActions) {
		if (!change.within) {
			next = listToActions(next, change);
			if (change.to in next && change.from in times) times[change.to] = times[change.from];
			continue;
		}
		const rounds = next[change.within];
		if (Array.isArray(rounds))
			next[change.within] = rounds.map((round) =>
				isObject(round) && isObject(round.answers) ? { ...round, answers: listToActions(round.answers, change) } : round,
			);
	}
	for (const move of step.intoLatestRound) {
		const rounds = next[move.reviews];
		const latest = Array.isArray(rounds) ? rounds.at(-1) : undefined;
		// With no round to take it, or a round that already has its own answer, the answer stays and shows as retired.
		if (!(move.from in next) || !isObject(latest) || !isObject(latest.answers) || move.to in latest.answers) continue;
		next[move.reviews] = [...(rounds as unknown[]).slice(0, -1), { ...latest, answers: { ...latest.answers, [move.to]: next[move.from] } }];
		delete next[move.from];
		delete times[move.from];
	}
	return { answers: next, edited: times };
}

/**
 * A list answer (and an optional date) as action rows: every entry becomes a row dated with the date.
 * Only answers of the expected shape are converted and removed, so an odd value is kept (and shown as retired).
 */
function listToActions(answers: Record<string, unknown>, change: { from: string; date?: string; to: string }): Record<string, unknown> {
	const list = answers[change.from];
	const date = change.date ? answers[change.date] : undefined;
	const listOk = list === undefined || (Array.isArray(list) && list.every((item) => typeof item === 'string'));
	const dateOk = date === undefined || typeof date === 'string';
	if (!listOk || !dateOk || change.to in answers || (list === undefined && !date)) return answers;
	const by = (date as string | undefined) ?? '';
	const items = ((list as string[] | undefined) ?? []).filter((item) => item.trim() !== '');
	// A date with no entries still becomes a row, so the date is not lost.
	const rows = (items.length ? items : [''])
		.map((what) => ({ ...blankActionRow(), what, by }))
		.filter((row) => row.what !== '' || row.by !== '');
	const next = { ...answers, [change.to]: rows };
	delete next[change.from];
	if (change.date) delete next[change.date];
	return next;
}

/** Labels for answers whose field a version retired, by field id (the latest label wins). */
export function retiredLabels(definition: Pick<Worksheet, 'migrations'>): Record<string, string> {
	// No prototype: a retired id like `toString` must not find a built-in method as its label.
	const labels: Record<string, string> = Object.create(null);
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
		.map(([id, value]) => ({ id, label: Object.hasOwn(labels, id) ? labels[id] : id, value }));
}
