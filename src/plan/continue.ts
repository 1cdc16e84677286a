/**
 * "Continue in…": a new plan of one worksheet that starts with answers carried across from a plan of
 * another (or the same) worksheet. Which answers go where is data, in the target worksheet's
 * `continueFrom` (see `continueFromSchema`); this module resolves those paths, says which kinds of
 * answer fit into which, and computes the new plan's answers. The source plan is only read.
 */
import type { ContinueFrom, Field, FieldKind, SimpleField, Worksheet } from '../schemas/worksheet';
import { answerAsText, blankRound, isAnswered, isValueOf, type ReviewRound } from './answers/values';
import { REVIEW_TEXT_KEYS } from './answers/values';
import type { Translate } from './i18n/translate';
import { fieldRules } from './fields';
import { CLOSE_WORKSHEET, withCloseFields } from './session-close';

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
	/** A text part of the field's value (`series-goal.measurable`), with the kind of the field that holds it. */
	part?: { key: string; of: FieldKind };
}

/** One answer to carry: where it comes from and where it goes, with both kinds resolved. */
export interface Carry {
	from: AnswerPath;
	to: AnswerPath;
}

/** Whether an answer of kind `from` can fill a field of kind `to`. */
export const canCarry = (from: FieldKind, to: FieldKind): boolean => from === to || fieldRules[to].takes.includes(from);

/** Kinds a field of kind `to` can take, for messages. */
export const kindsThatFit = (to: FieldKind): readonly FieldKind[] => [to, ...fieldRules[to].takes];

const allFields = (sheet: Sections): Field[] => sheet.sections.flatMap((section) => section.fields);

/** The answer a path names in a worksheet, or a sentence saying why it names none. */
export function resolvePath(sheet: Sections, path: string): AnswerPath | string {
	const [outer, inner, ...rest] = path.split('.');
	const fields = allFields(sheet);
	const field = fields.find((f) => f.id === outer);
	const ids = (list: { id: string }[]) => list.map((f) => f.id).join(', ');
	if (!field) return `field "${outer}" does not exist (fields: ${ids(fields)})`;
	if (inner === undefined) return { path, kind: field.kind, id: field.id };
	const parts = fieldRules[field.kind].parts;
	if (parts && !rest.length) {
		if (!parts.includes(inner)) return `"${inner}" is not a part of "${outer}" (its parts: ${parts.join(', ')})`;
		return { path, kind: 'long-text', id: field.id, part: { key: inner, of: field.kind } };
	}
	if (field.kind !== 'reviews' || rest.length) return `"${path}" names a field inside "${outer}", which has no rounds`;
	const text = REVIEW_TEXT_KEYS.find((key) => key === inner);
	if (text) return { path, kind: 'long-text', id: text, reviews: field.id };
	const roundField = field.fields.find((f: SimpleField) => f.id === inner);
	if (!roundField)
		return `field "${inner}" is not in the rounds of "${outer}" (round fields: ${[...REVIEW_TEXT_KEYS, ...field.fields.map((f) => f.id)].join(', ')})`;
	return { path, kind: roundField.kind, id: roundField.id, reviews: field.id };
}

/**
 * The fields a plan can carry from: its worksheet's own and, for any worksheet but the close itself,
 * its session close's as `close-<id>` (filled when the plan was run as a session; see `session-close.ts`).
 */
export function withSessionClose<S extends Sections>(sourceId: string, source: S, close: Sections | undefined): S {
	return close && sourceId !== CLOSE_WORKSHEET ? withCloseFields(source, close) : source;
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

/**
 * The answer in the shape the target kind stores; `canCarry(fromKind, toKind)` must hold. The same kind
 * is copied; otherwise the target kind says how it takes the answer (`plan/fields/<kind>.ts`).
 */
function convert(fromKind: FieldKind, toKind: FieldKind, value: unknown, t: Translate<'print' | 'common'>): unknown {
	if (fromKind === toKind) return structuredClone(value);
	return fieldRules[toKind].receive?.(fromKind, value, (kind, answer) => answerAsText(kind, answer, t)) ?? structuredClone(value);
}

/** The answer a path reads from a plan's answers: a plan field, a part of one, or a field of the latest round. */
/** Whether a round path names one of the three texts every round holds, not one of its fields. */
const isRoundText = (id: string): id is (typeof REVIEW_TEXT_KEYS)[number] => (REVIEW_TEXT_KEYS as readonly string[]).includes(id);

function readAnswer(answers: Record<string, unknown>, from: AnswerPath): unknown {
	if (from.part) {
		const whole = answers[from.id];
		return isValueOf(from.part.of, whole) ? (whole as unknown as Record<string, unknown>)[from.part.key] : undefined;
	}
	if (!from.reviews) return answers[from.id];
	const rounds = answers[from.reviews];
	if (!isValueOf('reviews', rounds) || rounds.length === 0) return undefined;
	const latest = rounds[rounds.length - 1];
	return isRoundText(from.id) ? latest[from.id] : latest.answers[from.id];
}

/** Two texts carried into one place are both kept, one paragraph each; any other answer replaces. */
const joined = (before: unknown, value: unknown) => (typeof before === 'string' && before && typeof value === 'string' ? `${before}\n\n${value}` : value);

/** Whole fields first, then parts of them (which fill a whole field carried before), then rounds. */
const carryOrder = (carry: Carry) => (carry.to.reviews ? 2 : carry.to.part ? 1 : 0);

/**
 * The answers a new plan starts with, carried from a source plan's answers. Only answered values are
 * carried. Answers aimed at a round go into one new round per review field, dated `today` and added
 * after any rounds carried whole. Texts carried into the same place are joined.
 * @param today `YYYY-MM-DD`, the date of a new round.
 */
export function continuedAnswers(sourceAnswers: Record<string, unknown>, carries: Carry[], today: string, t: Translate<'print' | 'common'>): Record<string, unknown> {
	const answers: Record<string, unknown> = {};
	const newRounds = new Map<string, ReviewRound>();
	const ordered = [...carries].sort((a, b) => carryOrder(a) - carryOrder(b));
	for (const { from, to } of ordered) {
		const value = readAnswer(sourceAnswers, from);
		if (!isValueOf(from.kind, value) || !isAnswered(from.kind, value)) continue;
		const converted = convert(from.kind, to.kind, value, t);
		if (to.part) {
			const whole = answers[to.id];
			const base = isValueOf(to.part.of, whole) ? (whole as unknown as Record<string, unknown>) : (fieldRules[to.part.of].empty() as unknown as Record<string, unknown>);
			answers[to.id] = { ...base, [to.part.key]: joined(base[to.part.key], converted) };
			continue;
		}
		if (!to.reviews) {
			answers[to.id] = joined(answers[to.id], converted);
			continue;
		}
		let round = newRounds.get(to.reviews);
		if (!round) {
			round = blankRound(today);
			newRounds.set(to.reviews, round);
		}
		if (isRoundText(to.id)) {
			round[to.id] = joined(round[to.id], converted) as string;
		} else round.answers[to.id] = joined(round.answers[to.id], converted);
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
	const own = sheets.find((sheet) => sheet.id === sourceId);
	if (!own) return [];
	const source = withSessionClose(sourceId, own, sheets.find((sheet) => sheet.id === CLOSE_WORKSHEET));
	return sheets.flatMap((target) =>
		target.continueFrom
			.filter((entry) => entry.worksheet === sourceId)
			.map((entry) => resolveMapping(source, target, entry))
			.filter(({ problems, carries }) => problems.length === 0 && carries.length > 0)
			.map(({ carries }) => ({ id: target.id, title: target.title, version: target.version, href: target.href, carries })),
	);
}
