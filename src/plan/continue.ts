/**
 * "Continue in…": a new plan of one worksheet that starts with answers carried across from a plan of
 * another (or the same) worksheet. Which answers go where is data, in the target worksheet's
 * `continueFrom` (see `continueFromSchema`); this module resolves those paths, says which kinds of
 * answer fit into which, and computes the new plan's answers. The source plan is only read.
 */
import type { ContinueFrom, Field, FieldKind, SimpleField, Worksheet } from '../schemas/worksheet';
import { formatDate } from './dates';
import { blankActionRow, blankRound, emptyValue, isActionFilled, isAnswered, isValueOf, type ActionRow, type ReviewRound, type SmartValue } from './answers/values';
import { ROUND_TEXT, SMART_LETTERS, scaleText } from './answers/labels';

type Sections = Pick<Worksheet, 'sections'>;

/** Where an answer lives: a field of the plan, or a field (or text) of a review round. */
export interface AnswerPath {
	/** The path as written in the YAML. */
	path: string;
	kind: FieldKind;
	/** Field id (or round text key) that holds the answer. */
	id: string;
	/** Id of the review field whose rounds hold it, when it lives in a round. */
	reviews?: string;
}

/** One answer to carry: where it comes from and where it goes, with both kinds resolved. */
export interface Carry {
	from: AnswerPath;
	to: AnswerPath;
}

/**
 * Which kinds of answer can become which. The same kind always fits; text can take any answer written
 * out as words; a list can take checklist ticks or the "what" of actions; an action table can take a
 * list (one row per entry); a SMART goal can take text as its goal sentence.
 */
const FITS: Record<FieldKind, readonly FieldKind[]> = {
	'long-text': ['long-text', 'short-text', 'list', 'checklist', 'choice', 'actions', 'smart', 'date', 'scale'],
	'short-text': ['short-text', 'long-text', 'choice', 'smart'],
	list: ['list', 'checklist', 'actions'],
	actions: ['actions', 'list'],
	smart: ['smart', 'short-text', 'long-text'],
	scale: ['scale'],
	date: ['date'],
	choice: ['choice'],
	checklist: ['checklist'],
	reviews: ['reviews'],
};

/** Whether an answer of kind `from` can fill a field of kind `to`. */
export const canCarry = (from: FieldKind, to: FieldKind): boolean => FITS[to].includes(from);

/** Kinds a field of kind `to` can take, for messages. */
export const kindsThatFit = (to: FieldKind): readonly FieldKind[] => FITS[to];

const allFields = (sheet: Sections): Field[] => sheet.sections.flatMap((section) => section.fields);

/** The answer a path names in a worksheet, or a sentence saying why it names none. */
export function resolvePath(sheet: Sections, path: string): AnswerPath | string {
	const [outer, inner, ...rest] = path.split('.');
	const fields = allFields(sheet);
	const field = fields.find((f) => f.id === outer);
	const ids = (list: { id: string }[]) => list.map((f) => f.id).join(', ');
	if (!field) return `field "${outer}" does not exist (fields: ${ids(fields)})`;
	if (inner === undefined) return { path, kind: field.kind, id: field.id };
	if (field.kind !== 'reviews' || rest.length) return `"${path}" names a field inside "${outer}", which has no rounds`;
	const text = ROUND_TEXT.find(({ key }) => key === inner);
	if (text) return { path, kind: 'long-text', id: text.key, reviews: field.id };
	const roundField = field.fields.find((f: SimpleField) => f.id === inner);
	if (!roundField)
		return `field "${inner}" is not in the rounds of "${outer}" (round fields: ${[...ROUND_TEXT.map(({ key }) => key), ...field.fields.map((f) => f.id)].join(', ')})`;
	return { path, kind: roundField.kind, id: roundField.id, reviews: field.id };
}

/**
 * Resolves one `continueFrom` entry against both worksheets. Returns the answers to carry, and one
 * sentence per mapping that cannot work (a missing field or kinds that do not fit), for the build check.
 */
export function resolveMapping(source: Sections, target: Sections, entry: Pick<ContinueFrom, 'map'>): { carries: Carry[]; problems: string[] } {
	const carries: Carry[] = [];
	const problems: string[] = [];
	for (const [fromPath, toPath] of Object.entries(entry.map)) {
		const from = resolvePath(source, fromPath);
		const to = resolvePath(target, toPath);
		const where = `"${fromPath}" → "${toPath}"`;
		if (typeof from === 'string') problems.push(`${where}: in the source worksheet, ${from}`);
		if (typeof to === 'string') problems.push(`${where}: in this worksheet, ${to}`);
		if (typeof from === 'string' || typeof to === 'string') continue;
		if (!canCarry(from.kind, to.kind))
			problems.push(`${where}: an answer of kind ${from.kind} does not fit a field of kind ${to.kind} (it takes: ${kindsThatFit(to.kind).join(', ')})`);
		else if (to.reviews && to.kind === 'reviews') problems.push(`${where}: rounds cannot hold rounds`);
		else carries.push({ from, to });
	}
	return { carries, problems };
}

/** An answer written out as plain text, for a text field that receives it. */
function asText(kind: FieldKind, value: unknown): string {
	switch (kind) {
		case 'list':
		case 'checklist':
			return (value as string[]).filter((item) => item.trim()).map((item) => `- ${item}`).join('\n');
		case 'actions':
			return (value as ActionRow[])
				.filter(isActionFilled)
				.map((row) => {
					const details = [row.by && `by ${formatDate(row.by)}`, row.support.trim() && `with ${row.support.trim()}`, row.done && 'done']
						.filter(Boolean)
						.join(', ');
					return `- ${row.what.trim() || 'Action'}${details ? ` (${details})` : ''}`;
				})
				.join('\n');
		case 'smart': {
			const smart = value as SmartValue;
			return [smart.goal.trim(), ...SMART_LETTERS.filter(({ key }) => smart[key].trim()).map(({ key, name }) => `${name}: ${smart[key].trim()}`)]
				.filter(Boolean)
				.join('\n');
		}
		case 'date':
			return formatDate(value as string);
		case 'scale':
			return scaleText(value as number);
		default:
			return value as string;
	}
}

/** The answer in the shape the target kind stores; `canCarry(fromKind, toKind)` must hold. */
function convert(fromKind: FieldKind, toKind: FieldKind, value: unknown): unknown {
	if (fromKind === toKind) return structuredClone(value);
	switch (toKind) {
		case 'long-text':
			return asText(fromKind, value);
		case 'short-text':
			return fromKind === 'smart' ? (value as SmartValue).goal.trim() : asText(fromKind, value).replace(/\s*\n\s*/g, ' ').trim();
		case 'list':
			return fromKind === 'actions' ? (value as ActionRow[]).filter(isActionFilled).map((row) => row.what) : [...(value as string[])];
		case 'actions':
			return (value as string[]).filter((item) => item.trim()).map((what) => ({ ...blankActionRow(), what }));
		case 'smart':
			return { ...emptyValue('smart'), goal: asText(fromKind, value) };
		default:
			return structuredClone(value);
	}
}

/** The answer a path reads from a plan's answers: a plan field, or a field of the latest round. */
function readAnswer(answers: Record<string, unknown>, from: AnswerPath): unknown {
	if (!from.reviews) return answers[from.id];
	const rounds = answers[from.reviews];
	if (!isValueOf('reviews', rounds) || rounds.length === 0) return undefined;
	const latest = rounds[rounds.length - 1];
	return ROUND_TEXT.some(({ key }) => key === from.id) ? latest[from.id as (typeof ROUND_TEXT)[number]['key']] : latest.answers[from.id];
}

/**
 * The answers a new plan starts with, carried from a source plan's answers. Only answered values are
 * carried. Answers aimed at a round go into one new round per review field, dated `today` and added
 * after any rounds carried whole.
 * @param today `YYYY-MM-DD`, the date of a new round.
 */
export function continuedAnswers(sourceAnswers: Record<string, unknown>, carries: Carry[], today: string): Record<string, unknown> {
	const answers: Record<string, unknown> = {};
	const newRounds = new Map<string, ReviewRound>();
	const ordered = [...carries].sort((a, b) => Number(!!a.to.reviews) - Number(!!b.to.reviews));
	for (const { from, to } of ordered) {
		const value = readAnswer(sourceAnswers, from);
		if (!isValueOf(from.kind, value) || !isAnswered(from.kind, value)) continue;
		const converted = convert(from.kind, to.kind, value);
		if (!to.reviews) {
			answers[to.id] = converted;
			continue;
		}
		let round = newRounds.get(to.reviews);
		if (!round) {
			round = blankRound(today);
			newRounds.set(to.reviews, round);
		}
		if (ROUND_TEXT.some(({ key }) => key === to.id)) round[to.id as (typeof ROUND_TEXT)[number]['key']] = converted as string;
		else round.answers[to.id] = converted;
	}
	for (const [reviews, round] of newRounds) {
		const carried = answers[reviews];
		answers[reviews] = [...(isValueOf('reviews', carried) ? carried : []), round];
	}
	return answers;
}

/** A worksheet this plan can continue in, as the worksheet page offers it. */
export interface ContinueTarget {
	/** Id of the target worksheet. */
	id: string;
	title: string;
	version: number;
	/** Address of the target worksheet's page. */
	href: string;
	carries: Carry[];
}

/**
 * The worksheets a plan of `sourceId` can continue in, from every worksheet's `continueFrom`, with the
 * answers each would carry. Entries that do not resolve are left out (the build check reports them).
 */
export function continueTargets(
	sourceId: string,
	sheets: (Sections & Pick<Worksheet, 'title' | 'version' | 'continueFrom'> & { id: string; href: string })[],
): ContinueTarget[] {
	const source = sheets.find((sheet) => sheet.id === sourceId);
	if (!source) return [];
	return sheets.flatMap((target) =>
		target.continueFrom
			.filter((entry) => entry.worksheet === sourceId)
			.map((entry) => resolveMapping(source, target, entry))
			.filter(({ problems, carries }) => problems.length === 0 && carries.length > 0)
			.map(({ carries }) => ({ id: target.id, title: target.title, version: target.version, href: target.href, carries })),
	);
}
