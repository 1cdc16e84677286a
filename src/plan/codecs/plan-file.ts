/**
 * The plan file: one or more plans as a `.json` file a visitor downloads, keeps or sends, and imports
 * again on any device. It is the way out when storage fails and the way to move plans without a server,
 * so reading one checks everything and says in plain words what is wrong.
 *
 * The file, pretty-printed so a curious visitor can read it:
 *   {
 *     "app": "coaching-workbook", "kind": "plans", "format": 1,
 *     "exported": "2026-11-24T10:00:00.000Z",
 *     "plans": [ { "worksheet": { "id": "grow", "version": 1 }, "plan": { …PlanRecord… } } ]
 *   }
 * "Download plan" writes one entry, "Download all plans" many; both are read the same way. `format`
 * rises only when this outer shape changes; the records keep their own `format` and `worksheetVersion`.
 */
import type { Translate } from '../i18n/translate';
import { FORMAT_VERSION, isObject, type PlanRecord } from '../record';
import { validateRecord } from '../record-door';
import { reasonText } from '../reason';
import { MAX_FILE_BYTES } from './limits';

/** The outer format written by `planFileText`. */
export const PLAN_FILE_FORMAT = 1;
const APP = 'coaching-workbook';
const KIND = 'plans';

/** Worksheets this site has, by id, with the version of each definition. */
export type KnownWorksheets = Record<string, { version: number }>;

/** What reading a file gives: the plans, or a message for the visitor. Nothing is saved either way. */
export type ReadResult = { ok: true; plans: PlanRecord[] } | { ok: false; message: string };


/**
 * The text of a plan file holding `records`, in the order given.
 * @param now when the file is made; recorded as `exported`.
 */
export function planFileText(records: PlanRecord[], now: Date = new Date(), sessions: unknown[] = []): string {
	const file = {
		app: APP,
		kind: KIND,
		format: PLAN_FILE_FORMAT,
		exported: now.toISOString(),
		plans: records.map((plan) => ({ worksheet: { id: plan.worksheet, version: plan.worksheetVersion }, plan })),
		// "Download all plans" keeps the coach's sessions too (times, private notes): the file is the coach's own copy.
		...(sessions.length ? { sessions } : {}),
	};
	return `${JSON.stringify(file, null, 2)}\n`;
}

/** Lower-case ASCII words joined by hyphens: safe in a file name on every system. */
function slug(text: string, max = 60): string {
	return text
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.slice(0, max)
		.replace(/^-+|-+$/g, '');
}

/**
 * A file name for one plan: worksheet, title and date, e.g. `grow-run-a-10k-2026-11-24.json`.
 * Uses the plan's date, or the day it was last changed when it has none.
 */
export function planFileName(record: PlanRecord): string {
	const day = [record.date, record.updated.slice(0, 10)].find((d) => /^\d{4}-\d{2}-\d{2}$/.test(d));
	const parts = [slug(record.worksheet, 40) || 'plan', slug(record.title), day].filter(Boolean);
	return `${parts.join('-')}.json`;
}

/** A file name for "Download all plans", e.g. `coaching-workbook-plans-2026-11-24.json`. */
export function allPlansFileName(t: Translate<'export'>, now: Date = new Date()): string {
	return t('export.file-all-plans-name', { date: now.toISOString().slice(0, 10) });
}

/** Megabytes with at most one decimal, e.g. `12` or `5.5`. */
const megabytes = (bytes: number, t: Translate<'export'>) =>
	(bytes / (1024 * 1024)).toLocaleString(t.locale, { maximumFractionDigits: 1, useGrouping: false });

/**
 * Says why a file of `bytes` bytes will not be read, or returns `null` when its size is fine.
 * Call it with `File.size` before reading the file's text at all.
 */
export function fileSizeProblem(bytes: number, t: Translate<'export'>): string | null {
	if (bytes <= MAX_FILE_BYTES) return null;
	return `${t('export.file-too-large', { size: megabytes(bytes, t), max: megabytes(MAX_FILE_BYTES, t) })} ${t('export.file-choose-again')}`;
}

/** UTF-8 length of `text`, counted without copying it. */
function utf8Length(text: string): number {
	let bytes = 0;
	for (let i = 0; i < text.length; i++) {
		const code = text.charCodeAt(i);
		if (code < 0x80) bytes += 1;
		else if (code < 0x800) bytes += 2;
		else if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
			bytes += 4;
			i++;
		} else bytes += 3;
	}
	return bytes;
}

/**
 * Why a plan for `worksheet` at `version` cannot be opened on this site, or `null` when it can.
 * Older versions are accepted (answers are migrated when the plan is opened); newer ones are not.
 * @param source how the message names what the visitor brought: "This file" or "This link".
 */
export function worksheetProblem(
	worksheet: string,
	version: number,
	known: KnownWorksheets,
	source: 'file' | 'link',
	t: Translate<'export'>,
): string | null {
	if (!Object.hasOwn(known, worksheet)) return t(`export.unknown-worksheet-${source}`, { worksheet });
	const ours = known[worksheet].version;
	if (version > ours) return t(`export.newer-worksheet-${source}`, { worksheet, version, ours });
	return null;
}

/**
 * Reads a plan file's text: checks its size, that it is JSON, that it is a plan file of a format this
 * site reads, and every plan in it. All or nothing: one bad plan and no plan is returned, with a message
 * saying which one and why.
 */
export function readPlanFile(text: string, knownWorksheets: KnownWorksheets, t: Translate<'export' | 'common'>): ReadResult {
	const fail = (message: string): ReadResult => ({ ok: false, message });
	const chooseAgain = (key: 'file-not-json' | 'file-not-plans' | 'file-bad-format') => fail(`${t(`export.${key}`)} ${t('export.file-choose-again')}`);
	// Cheap bound first (every character is at least one byte), exact count second.
	const tooLarge = text.length > MAX_FILE_BYTES ? fileSizeProblem(text.length, t) : fileSizeProblem(utf8Length(text), t);
	if (tooLarge) return fail(tooLarge);

	let file: unknown;
	try {
		file = JSON.parse(text);
	} catch {
		return chooseAgain('file-not-json');
	}
	if (!isObject(file) || file.app !== APP || file.kind !== KIND || typeof file.format !== 'number')
		return chooseAgain('file-not-plans');
	const newer = (format: unknown, ours: number) =>
		typeof format === 'number' && format > ours ? fail(t('export.file-newer', { format, ours })) : null;
	const newerFile = newer(file.format, PLAN_FILE_FORMAT);
	if (newerFile) return newerFile;
	if (file.format !== PLAN_FILE_FORMAT || !Array.isArray(file.plans))
		return chooseAgain('file-bad-format');
	if (file.plans.length === 0) return fail(t('export.file-empty'));

	const plans: PlanRecord[] = [];
	const count = file.plans.length;
	for (const [i, entry] of file.plans.entries()) {
		const damaged = (reason: string) =>
			fail(count === 1 ? t('export.file-plan-damaged', { reason }) : t('export.file-plans-damaged', { reason, n: i + 1, count }));
		if (!isObject(entry)) return damaged(t('export.reason-not-plan'));
		const newerPlan = isObject(entry.plan) ? newer(entry.plan.format, FORMAT_VERSION) : null;
		if (newerPlan) return newerPlan;
		const checked = validateRecord(entry.plan);
		if (!checked.ok) return damaged(reasonText(checked.reason, t));
		const record = checked.record;
		if (!Number.isInteger(record.worksheetVersion) || record.worksheetVersion < 1)
			return damaged(t('export.reason-version'));
		const sheet = entry.worksheet;
		if (!isObject(sheet) || sheet.id !== record.worksheet || sheet.version !== record.worksheetVersion)
			return damaged(t('export.reason-worksheet'));
		const problem = worksheetProblem(record.worksheet, record.worksheetVersion, knownWorksheets, 'file', t);
		if (problem) return fail(count === 1 ? problem : t('export.file-plan-problem', { problem, n: i + 1, count }));
		plans.push(record);
	}
	return { ok: true, plans };
}
