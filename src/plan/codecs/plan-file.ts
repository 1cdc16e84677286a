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
import { FORMAT_VERSION, isObject, validateRecord, type PlanRecord } from '../record';
import { MAX_FILE_BYTES } from './limits';

/** The outer format written by `planFileText`. */
export const PLAN_FILE_FORMAT = 1;
const APP = 'coaching-workbook';
const KIND = 'plans';

/** Worksheets this site has, by id, with the version of each definition. */
export type KnownWorksheets = Record<string, { version: number }>;

/** What reading a file gives: the plans, or a message for the visitor. Nothing is saved either way. */
export type ReadResult = { ok: true; plans: PlanRecord[] } | { ok: false; message: string };

const CHOOSE_AGAIN = 'Choose a file ending in .json that you downloaded with “Download plan” or “Download all plans”.';


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
export function allPlansFileName(now: Date = new Date()): string {
	return `${APP}-plans-${now.toISOString().slice(0, 10)}.json`;
}

/**
 * Says why a file of `bytes` bytes will not be read, or returns `null` when its size is fine.
 * Call it with `File.size` before reading the file's text at all.
 */
export function fileSizeProblem(bytes: number): string | null {
	if (bytes <= MAX_FILE_BYTES) return null;
	const mb = (n: number) => (n / (1024 * 1024)).toFixed(1).replace(/\.0$/, '');
	return `This file is ${mb(bytes)} MB, far larger than a plan file from Coaching Workbook (at most ${mb(MAX_FILE_BYTES)} MB), so it was not opened. ${CHOOSE_AGAIN}`;
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
): string | null {
	const where = source === 'file' ? 'choose the file again' : 'open the link again';
	if (!Object.hasOwn(known, worksheet))
		return `This ${source} holds a plan made with a worksheet called “${worksheet}” that this site does not have, so it cannot be opened here. Open it on the site it came from, or ask the person who sent it which site they used.`;
	const ours = known[worksheet].version;
	if (version > ours)
		return `This ${source} holds a plan made with a newer version of the “${worksheet}” worksheet (version ${version}); this site has version ${ours}. Reload the page to get the latest version, then ${where}.`;
	return null;
}

/**
 * Reads a plan file's text: checks its size, that it is JSON, that it is a plan file of a format this
 * site reads, and every plan in it. All or nothing: one bad plan and no plan is returned, with a message
 * saying which one and why.
 */
export function readPlanFile(text: string, knownWorksheets: KnownWorksheets): ReadResult {
	const fail = (message: string): ReadResult => ({ ok: false, message });
	// Cheap bound first (every character is at least one byte), exact count second.
	const tooLarge = text.length > MAX_FILE_BYTES ? fileSizeProblem(text.length) : fileSizeProblem(utf8Length(text));
	if (tooLarge) return fail(tooLarge);

	let file: unknown;
	try {
		file = JSON.parse(text);
	} catch {
		return fail(`This file is not JSON, so it is not a plan file from Coaching Workbook. ${CHOOSE_AGAIN}`);
	}
	if (!isObject(file) || file.app !== APP || file.kind !== KIND || typeof file.format !== 'number')
		return fail(`This file is not a plan file from Coaching Workbook, so nothing was imported. ${CHOOSE_AGAIN}`);
	const newer = (format: unknown, ours: number) =>
		typeof format === 'number' && format > ours
			? fail(
					`This file was saved by a newer version of Coaching Workbook (format ${format}); this version reads format ${ours}. Reload the page to get the latest version, then choose the file again.`,
				)
			: null;
	const newerFile = newer(file.format, PLAN_FILE_FORMAT);
	if (newerFile) return newerFile;
	if (file.format !== PLAN_FILE_FORMAT || !Array.isArray(file.plans))
		return fail(`This plan file is damaged: its format is not one Coaching Workbook knows. ${CHOOSE_AGAIN}`);
	if (file.plans.length === 0)
		return fail('This plan file holds no plans, so there is nothing to import. Download the plan again and choose the new file.');

	const plans: PlanRecord[] = [];
	const count = file.plans.length;
	for (const [i, entry] of file.plans.entries()) {
		const which = count === 1 ? 'The plan in this file' : `Plan ${i + 1} of ${count} in this file`;
		const damaged = (reason: string) =>
			fail(
				`${which} cannot be read: ${reason}. The file may have been changed after it was downloaded; download the plan again from the device it was made on.${count === 1 ? '' : ' Nothing was imported.'}`,
			);
		if (!isObject(entry)) return damaged('it is not a plan');
		const newerPlan = isObject(entry.plan) ? newer(entry.plan.format, FORMAT_VERSION) : null;
		if (newerPlan) return newerPlan;
		const checked = validateRecord(entry.plan);
		if (!checked.ok) return damaged(checked.reason);
		const record = checked.record;
		if (!Number.isInteger(record.worksheetVersion) || record.worksheetVersion < 1)
			return damaged('its worksheet version is not a whole number from 1 up');
		const sheet = entry.worksheet;
		if (!isObject(sheet) || sheet.id !== record.worksheet || sheet.version !== record.worksheetVersion)
			return damaged('its worksheet does not match the plan inside it');
		const problem = worksheetProblem(record.worksheet, record.worksheetVersion, knownWorksheets, 'file');
		if (problem) return fail(count === 1 ? problem : `${problem} (plan ${i + 1} of ${count}; nothing was imported)`);
		plans.push(record);
	}
	return { ok: true, plans };
}
