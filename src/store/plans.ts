import { atom, computed } from 'nanostores';
import { persistentMap, setPersistentEngine } from '@nanostores/persistent';
import {
	createRecord,
	decodeRecord,
	encodeRecord,
	mergeRecords,
	sameRecord,
	withAnswer,
	withHeader,
	type HeaderField,
	type PlanRecord,
} from '../plan/record';
import { createGuardedStorage, createStorageEvents, openLocalStorage, type StringStorage } from './storage';
import { sweepUnreadable } from './quarantine';
import { migrateRecord } from '../plan/migrate';
import type { Worksheet } from '../schemas/worksheet';

/** Storage keys: one record per plan, and the plan each worksheet last showed. */
export const PLAN_PREFIX = 'cw:plan:';
export const ACTIVE_PREFIX = 'cw:active:';

/** A stored value this code cannot read; kept as it is and reported, never overwritten. */
export interface Unreadable {
	unreadable: true;
	raw: string;
	reason: string;
}
type Stored = PlanRecord | Unreadable;

const decodeStored = (raw: string): Stored => {
	const result = decodeRecord(raw);
	return result.ok ? result.record : { unreadable: true, raw, reason: result.reason };
};
const encodeStored = (value: Stored): string => ('unreadable' in value ? value.raw : encodeRecord(value));
const isRecord = (value: Stored | undefined): value is PlanRecord => !!value && !('unreadable' in value);

/** Every stored plan record by id, synced with localStorage and other tabs. */
export const $records = persistentMap<Record<string, Stored>>(PLAN_PREFIX, {}, {
	encode: encodeStored,
	decode: decodeStored,
});

/** For each worksheet id, the id of the plan it shows. */
export const $activePlanIds = persistentMap<Record<string, string>>(ACTIVE_PREFIX, {});

/** Readable plans, most recently edited first. */
export const $plans = computed($records, (records) =>
	Object.values(records)
		.filter(isRecord)
		.sort((a, b) => b.updated.localeCompare(a.updated)),
);

/** The plan deleted last, kept so the visitor can undo. */
export const $lastDeleted = atom<PlanRecord | null>(null);

/**
 * When another tab saves a plan this tab also holds, merge field by field before taking it; if
 * the merge kept edits of ours, write it back so the other tab receives them too.
 */
function mergeIncoming(change: { key: string | null; newValue: string | null }) {
	if (!change.key?.startsWith(PLAN_PREFIX) || change.newValue === null) return change;
	const id = change.key.slice(PLAN_PREFIX.length);
	const mine = $records.get()[id];
	const theirs = decodeStored(change.newValue);
	if (!isRecord(mine) || !isRecord(theirs)) return change;
	const merged = mergeRecords(mine, theirs);
	if (sameRecord(merged, theirs)) return change;
	queueMicrotask(() => $records.setKey(id, merged));
	return { key: change.key, newValue: encodeRecord(merged) };
}

/** Points the plan stores at a storage (localStorage in the browser, a stand-in in unit tests). */
export function connectPlanStorage(
	storage: StringStorage | null = openLocalStorage(),
	events: Parameters<typeof setPersistentEngine>[1] = createStorageEvents(mergeIncoming),
) {
	sweepUnreadable(storage, PLAN_PREFIX);
	setPersistentEngine(createGuardedStorage(storage), events);
}

if (typeof window !== 'undefined') connectPlanStorage();

const save = (record: PlanRecord) => $records.setKey(record.id, record);

export function getPlan(id: string): PlanRecord | undefined {
	const value = $records.get()[id];
	return isRecord(value) ? value : undefined;
}

/** Starts a plan of a worksheet and makes it the one the worksheet shows. */
export function createPlan(
	worksheet: { id: string; version: number },
	init?: Parameters<typeof createRecord>[2],
): PlanRecord {
	const record = createRecord(worksheet, new Date(), init);
	save(record);
	$activePlanIds.setKey(worksheet.id, record.id);
	return record;
}

export function setAnswer(planId: string, fieldId: string, value: unknown) {
	const record = getPlan(planId);
	if (record) save(withAnswer(record, fieldId, value, new Date()));
}

export function setHeader(planId: string, field: HeaderField, value: string) {
	const record = getPlan(planId);
	if (record) save(withHeader(record, field, value, new Date()));
}

export function setActivePlan(worksheetId: string, planId: string) {
	$activePlanIds.setKey(worksheetId, planId);
}

/** A new plan with the same answers, named as a copy. */
export function duplicatePlan(planId: string): PlanRecord | undefined {
	const original = getPlan(planId);
	if (!original) return undefined;
	return createPlan(
		{ id: original.worksheet, version: original.worksheetVersion },
		{
			title: `Copy of ${original.title || 'untitled plan'}`,
			person: original.person,
			date: original.date,
			answers: structuredClone(original.answers),
		},
	);
}

/** Removes a plan, keeping it in `$lastDeleted` for undo; the worksheet moves to another plan. */
export function deletePlan(planId: string) {
	const record = getPlan(planId);
	if (!record) return;
	$lastDeleted.set(record);
	$records.setKey(planId, undefined as unknown as Stored);
	if ($activePlanIds.get()[record.worksheet] === planId) {
		const next = $plans.get().find((plan) => plan.worksheet === record.worksheet);
		$activePlanIds.setKey(record.worksheet, next ? next.id : (undefined as unknown as string));
	}
}

/** Puts the last deleted plan back, whole, and shows it again. */
export function undoDelete() {
	const record = $lastDeleted.get();
	if (!record) return;
	save(record);
	$activePlanIds.setKey(record.worksheet, record.id);
	$lastDeleted.set(null);
}

/**
 * The plan a worksheet shows: the one last chosen for it, or else its most recently edited plan,
 * or null when the visitor has no plan of this worksheet yet.
 */
export function activePlanOf(worksheetId: string) {
	return computed([$plans, $activePlanIds], (plans, active): PlanRecord | null => {
		const mine = plans.filter((plan) => plan.worksheet === worksheetId);
		return mine.find((plan) => plan.id === active[worksheetId]) ?? mine[0] ?? null;
	});
}

/** Upgrades a plan saved under an older version of its worksheet, keeping every answer. */
export function upgradePlan(planId: string, definition: Pick<Worksheet, 'version' | 'migrations'>) {
	const record = getPlan(planId);
	if (record && record.worksheetVersion < definition.version) save(migrateRecord(record, definition));
}

/** Puts plans read from a file or link into this browser as new plans; never overwrites one. */
export function importPlans(records: PlanRecord[]): PlanRecord[] {
	return records.map((record) => {
		const copy = createRecord({ id: record.worksheet, version: record.worksheetVersion }, new Date(), {
			title: record.title,
			person: record.person,
			date: record.date,
			answers: structuredClone(record.answers),
			context: record.context,
		});
		save(copy);
		$activePlanIds.setKey(copy.worksheet, copy.id);
		return copy;
	});
}
