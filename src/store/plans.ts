import { atom, computed, onMount } from 'nanostores';
import {
	persistentMap,
	setPersistentEngine,
	windowPersistentEvents,
	type PersistentEvent,
	type PersistentEvents,
	type PersistentListener,
} from '@nanostores/persistent';
import { createRecord, encodeRecord, withAnswer, withHeader, type HeaderField, type PlanRecord } from '../plan/record';
import type { DecodeResult } from '../plan/record-door';
import type { Reason } from '../plan/reason';
import { createGuardedStorage, openLocalStorage, type StringStorage } from './storage';
import { keepsAny } from './keeps-any';
import type { Worksheet, WorksheetDefinition } from '../schemas/worksheet';
import { ACTIVE_PREFIX, PLAN_PREFIX } from './keys';
import { newerFirst } from '../plan/dates';

/** A worksheet as the plan actions need it: its id, version and declared migrations. */
type Definition = Pick<WorksheetDefinition, 'id' | 'version' | 'migrations'>;

/** A stored value this code cannot read; kept as it is and reported, never overwritten. */
export interface Unreadable {
	unreadable: true;
	raw: string;
	/** Why; absent for a record met before the checks were here, which is read again once they are. */
	reason?: Reason;
}
type Stored = PlanRecord | Unreadable;

/** The stored text each record was read from: records never change, so it encodes back to it unchanged. */
const readFrom = new WeakMap<PlanRecord, string>();
/**
 * Records the connect-time sweep already read, by stored text: the store's first read takes them
 * from here, so opening a page parses each of a coach's 500 plans once, not twice.
 */
const readAtConnect = new Map<string, DecodeResult>();

/**
 * What reading a stored record takes (`plan-checks.ts`), loaded only when there is one to read: a first
 * visit has none. The store connects once it is here (see `connectPlanStorage`); another tab's plan, or
 * a page restored from the back-forward cache, waits for it. So no record is read without its checks.
 */
let checks: typeof import('./plan-checks') | undefined;
let loadingChecks: Promise<unknown> | undefined;
const loadChecks = () => (loadingChecks ??= import('./plan-checks').then((module) => (checks = module)));
/** Starts loading the checks if they are missing and about to be needed: for `change`, or else for the plans storage keeps. */
function checksFor(change: PersistentEvent | null, storage?: StringStorage | null) {
	if (checks) return undefined;
	const needed = change ? change.newValue !== null && change.key?.startsWith(PLAN_PREFIX) : keepsAny(PLAN_PREFIX, storage);
	return needed ? loadChecks() : undefined;
}
const decodeRecord = (raw: string) => checks!.decodeRecord(raw);

const decodeAtConnect = (raw: string): DecodeResult => {
	const result = decodeRecord(raw);
	if (result.ok) readAtConnect.set(raw, result);
	return result;
};
/**
 * The plan stores' listeners as `planEvents` wraps them: what they hear from other tabs, and their
 * re-read of storage (persistent's own, for a page shown again), which `decodeStored` also calls.
 */
const wrapped = new Map<PersistentListener, [hear: PersistentListener, show: () => void]>();
const decodeStored = (raw: string): Stored => {
	// A plan stored since this page connected with none (another tab's), met as a store mounts: kept as
	// it is and not shown until the checks are here; then the stores read storage again.
	if (!checks) {
		loadChecks().then(() => wrapped.forEach(([, show]) => show()), () => {});
		return { unreadable: true, raw };
	}
	const result = readAtConnect.get(raw) ?? decodeRecord(raw);
	readAtConnect.delete(raw);
	if (result.ok) readFrom.set(result.record, raw);
	return result.ok ? result.record : { unreadable: true, raw, reason: result.reason };
};
// persistent removes a key set to undefined before encoding; the type only says so.
const encodeStored = (value: Stored | undefined): string | undefined =>
	value === undefined ? undefined : 'unreadable' in value ? value.raw : (readFrom.get(value) ?? encodeRecord(value));
const isRecord = (value: Stored | undefined): value is PlanRecord => !!value && !('unreadable' in value);

/** Every stored plan record by id, synced with localStorage and other tabs. */
export const $records = persistentMap<Partial<Record<string, Stored>>>(PLAN_PREFIX, {}, {
	encode: encodeStored,
	decode: decodeStored,
});

/** For each worksheet id, the id of the plan it shows. */
export const $activePlanIds = persistentMap<Partial<Record<string, string>>>(ACTIVE_PREFIX, {});

/** Readable plans, most recently edited first. */
export const $plans = computed($records, (records) =>
	Object.values(records)
		.filter(isRecord)
		.sort((a, b) => newerFirst(a.updated, b.updated)),
);

/** The plan deleted last, kept so the visitor can undo. */
export const $lastDeleted = atom<PlanRecord | null>(null);

/**
 * When another tab saves a plan this tab also holds, merge field by field before taking it; if
 * the merge kept edits of ours, write it back so the other tab receives them too.
 */
function mergeIncoming(change: PersistentEvent): PersistentEvent {
	if (!change.key?.startsWith(PLAN_PREFIX) || change.newValue === null) return change;
	const id = change.key.slice(PLAN_PREFIX.length);
	const mine = $records.get()[id];
	const theirs = decodeStored(change.newValue);
	if (!isRecord(mine) || !isRecord(theirs)) return change;
	const merged = checks!.mergeRecords(mine, theirs);
	if (checks!.sameRecord(merged, theirs)) return change;
	queueMicrotask(() => $records.setKey(id, merged));
	return { key: change.key, newValue: encodeRecord(merged) };
}

/**
 * Events from other tabs (and `pageshow`, on which persistent reads storage again) as the plan stores
 * hear them: held until the record checks are here when they need them, and another tab's plan merged
 * with ours before it is taken.
 */
function planEvents(events: PersistentEvents): PersistentEvents {
	// The browser's events pass through as they are, whatever persistent's types say: `key` is null when
	// storage was cleared, `newValue` when a key was removed (mergeIncoming and checksFor allow for both).
	const held = (change: PersistentEvent | null, run: () => void) => {
		const wait = checksFor(change);
		if (wait) void wait.then(run, () => {});
		else run();
	};
	return {
		addEventListener(key, listener, restore) {
			const hear: PersistentListener = (change) => held(change, () => listener(mergeIncoming(change)));
			const show = () => held(null, restore);
			wrapped.set(listener, [hear, show]);
			events.addEventListener(key, hear, show);
		},
		// persistent removes only the listeners it added.
		removeEventListener(key, listener) {
			const [hear, show] = wrapped.get(listener)!;
			wrapped.delete(listener);
			events.removeEventListener(key, hear, show);
		},
	};
}

/**
 * Points the plan stores at a storage (localStorage in the browser, a stand-in in unit tests), at once
 * when it keeps no plan, else once the record checks have loaded. Should they fail to load, the stores
 * keep answers in memory only and say so, rather than read records unchecked.
 */
export async function connectPlanStorage(
	storage: StringStorage | null = openLocalStorage(),
	events: PersistentEvents = windowPersistentEvents,
) {
	const wait = checksFor(null, storage);
	if (wait) await wait.catch(() => (storage = null));
	readAtConnect.clear();
	await checks?.sweepUnreadable(storage, PLAN_PREFIX, decodeAtConnect);
	setPersistentEngine(createGuardedStorage(storage), planEvents(events));
	// The plans are taken into the store in a task of their own, between the sweep's and the islands' first drawing.
	if (checks && readAtConnect.size > 0) {
		await checks.nextTask();
		$plans.get();
		await checks.nextTask();
	}
}

/** Resolves once the plan stores read this browser's storage: the islands that show plans hydrate then. */
export const plansReady: Promise<void> = typeof window === 'undefined' ? Promise.resolve() : connectPlanStorage();

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
	if (record) save(withAnswer(current(record), fieldId, value, new Date()));
}

export function setHeader(planId: string, field: HeaderField, value: string) {
	const record = getPlan(planId);
	if (record) save(withHeader(current(record), field, value, new Date()));
}

export function setActivePlan(worksheetId: string, planId: string) {
	$activePlanIds.setKey(worksheetId, planId);
}

/** A new plan with the same answers and title, marked as a copy (the screen words it "Copy of …"). */
export function duplicatePlan(planId: string): PlanRecord | undefined {
	const original = getPlan(planId);
	if (!original) return undefined;
	return createPlan(
		{ id: original.worksheet, version: original.worksheetVersion },
		{
			title: original.title,
			origin: 'copy',
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
	$records.setKey(planId, undefined);
	if ($activePlanIds.get()[record.worksheet] === planId) {
		const next = $plans.get().find((plan) => plan.worksheet === record.worksheet);
		$activePlanIds.setKey(record.worksheet, next?.id);
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

/** The plan a worksheet shows, from the readable plans and the plan ids chosen per worksheet. */
function shownPlan(plans: PlanRecord[], active: Partial<Record<string, string>>, worksheetId: string): PlanRecord | null {
	const mine = plans.filter((plan) => plan.worksheet === worksheetId);
	return mine.find((plan) => plan.id === active[worksheetId]) ?? mine[0] ?? null;
}

/**
 * Plans of an older worksheet version, migrated in memory only, by id. Viewing must write nothing
 * (500 plans on My plans were 500 writes); the migrated copy is stored on the visitor's next edit.
 * Each entry keeps the stored record it came from, so a newer stored record wins.
 */
export const $upgraded = atom<Record<string, { from: PlanRecord; to: PlanRecord }>>({});

/** A plan as shown and edited: its in-memory migration when that was made from this very record. */
export const current = (plan: PlanRecord): PlanRecord => {
	const entry = $upgraded.get()[plan.id];
	return entry && entry.from === plan ? entry.to : plan;
};

/**
 * The plan a worksheet shows: the one last chosen for it, or else its most recently edited plan,
 * or null when the visitor has no plan of this worksheet yet. A plan saved under an older version
 * of the worksheet is shown migrated (every answer kept), given the definition; it is stored
 * migrated only when the visitor changes it.
 */
export function activePlanOf(worksheetId: string, definition?: Pick<Worksheet, 'version' | 'migrations'>) {
	const $active = computed([$plans, $activePlanIds, $upgraded], (plans, active) => {
		const plan = shownPlan(plans, active, worksheetId);
		return plan && current(plan);
	});
	if (definition)
		onMount($active, () =>
			$active.subscribe((plan) => {
				upgradeShownPlan(plan, definition);
			}),
		);
	return $active;
}

/**
 * The one upgrade-on-view rule, for every view that shows a plan (worksheet, session): a plan saved
 * under an older version of its worksheet is migrated in memory once shown. Queued, so a render never
 * runs it, and nothing is written (see `upgradePlan`).
 */
export function upgradeShownPlan(plan: PlanRecord | null | undefined, definition: Pick<Worksheet, 'version' | 'migrations'>) {
	if (plan && plan.worksheetVersion < definition.version) queueMicrotask(() => upgradePlan(plan.id, definition));
}

/**
 * Migrates a plan saved under an older version of its worksheet in memory, keeping every answer;
 * nothing is written until the visitor edits it. The migration code loads only when a plan needs
 * it, which is rare, so typing never waits for it.
 */
export async function upgradePlan(planId: string, definition: Pick<Worksheet, 'version' | 'migrations'>) {
	if (!((getPlan(planId)?.worksheetVersion ?? Infinity) < definition.version)) return;
	const { migrateRecord } = await import('../plan/migrate');
	// Read again after the wait: an edit may have landed meanwhile.
	const record = getPlan(planId);
	if (!record || record.worksheetVersion >= definition.version) return;
	$upgraded.set({ ...$upgraded.get(), [planId]: { from: record, to: migrateRecord(record, definition) } });
}

/**
 * The plan a worksheet's next edit goes into: the one it shows, or a new one. A blank worksheet
 * starts a plan on its first edit, so nothing typed is ever lost.
 */
function planToEdit(worksheet: Definition): PlanRecord {
	// Read the stores directly: a keystroke should not build a computed store to read it once.
	const shown = shownPlan($plans.get(), $activePlanIds.get(), worksheet.id);
	return (shown && current(shown)) || createPlan(worksheet);
}

/**
 * Changes one answer of the plan a worksheet shows (starting one if needed). Takes a function of
 * the latest stored answers, so quick edits never build on a stale render.
 */
export function editAnswer(worksheet: Definition, fieldId: string, update: (answers: Record<string, unknown>) => unknown) {
	const plan = planToEdit(worksheet);
	save(withAnswer(plan, fieldId, update(plan.answers), new Date()));
}

/** Changes a header field (title, person, date) of the plan a worksheet shows, starting one if needed. */
export function editHeader(worksheet: Definition, field: HeaderField, value: string) {
	save(withHeader(planToEdit(worksheet), field, value, new Date()));
}

