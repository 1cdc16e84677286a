import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { PersistentListener } from '@nanostores/persistent';
import { createRecord, encodeRecord, type PlanRecord } from '../../../src/plan/record';
import { decodeRecord } from '../../../src/plan/record-door';
import { migrationSchema } from '../../../src/schemas/worksheet';
import { reasonText, type StoredReason } from '../../../src/plan/reason';
import { textsFor } from '../../../src/components/catalogs';

const t = textsFor('en');
const worded = (reason: StoredReason) => reasonText(reason, t);

/** A real in-memory Storage with two faults a visitor's browser can have. */
class MemoryStorage {
	private items = new Map<string, string>();
	/** When set, setItem throws the DOMException a full disk gives. */
	full = false;
	/** When set, setItem keeps something other than what it was given. */
	garbles = false;

	get length() {
		return this.items.size;
	}
	key(index: number) {
		return [...this.items.keys()][index] ?? null;
	}
	getItem(key: string) {
		return this.items.get(key) ?? null;
	}
	setItem(key: string, value: string) {
		if (this.full) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
		this.items.set(key, this.garbles ? value.slice(0, -1) : String(value));
	}
	removeItem(key: string) {
		this.items.delete(key);
	}
	clear() {
		this.items.clear();
	}
	/** Everything stored, as a plain object, for assertions. */
	dump(): Record<string, string> {
		return Object.fromEntries(this.items);
	}
}

const noopEvents = { addEventListener() {}, removeEventListener() {} };
const grow = { id: 'grow', version: 1 };
const smart = { id: 'smart', version: 2 };

let storage: MemoryStorage;
let plans: typeof import('../../../src/store/plans');
let saving: typeof import('../../../src/store/storage');
let quarantine: typeof import('../../../src/store/quarantine');
let minute = 0;

/** Moves the clock on a minute, so "most recent" is never a tie. */
const tick = () => vi.setSystemTime(Date.UTC(2026, 10, 24, 10, ++minute));

/** Opens the stores on `storage`, as a page load does: fresh modules, then mounted so they read it. */
async function load(events: Parameters<typeof plans.connectPlanStorage>[1] = noopEvents) {
	vi.resetModules();
	plans = await import('../../../src/store/plans');
	saving = await import('../../../src/store/storage');
	quarantine = await import('../../../src/store/quarantine');
	await plans.connectPlanStorage(storage, events);
	plans.$records.listen(() => {});
	plans.$activePlanIds.listen(() => {});
	quarantine.$quarantine.listen(() => {});
}

const stored = (id: string) => storage.getItem(`cw:plan:${id}`);
const storedRecord = (id: string): PlanRecord => {
	const result = decodeRecord(stored(id) ?? '');
	if (!result.ok) throw new Error(`cw:plan:${id} is not readable: ${worded(result.reason)}`);
	return result.record;
};

beforeEach(async () => {
	vi.useFakeTimers({ toFake: ['Date'] });
	minute = 0;
	tick();
	storage = new MemoryStorage();
	await load();
});
afterEach(() => {
	vi.useRealTimers();
});

describe('starting a plan', () => {
	it('writes one record under cw:plan:<id> in the versioned envelope', () => {
		const plan = plans.createPlan(grow, { title: 'Run a 10k' });
		const planKeys = Object.keys(storage.dump()).filter((key) => key.startsWith('cw:plan:'));
		expect(planKeys).toEqual([`cw:plan:${plan.id}`]);
		expect(JSON.parse(stored(plan.id)!)).toEqual({
			format: 1,
			id: plan.id,
			worksheet: 'grow',
			worksheetVersion: 1,
			title: 'Run a 10k',
			person: '',
			date: '',
			created: '2026-11-24T10:01:00.000Z',
			updated: '2026-11-24T10:01:00.000Z',
			answers: {},
			edited: {},
		});
	});

	it('makes the new plan the one its worksheet shows', () => {
		const plan = plans.createPlan(grow);
		expect(storage.getItem('cw:active:grow')).toBe(plan.id);
		expect(plans.activePlanOf('grow').get()?.id).toBe(plan.id);
	});
});

describe('a plan survives a reload', () => {
	it('keeps each answer and header field as it is typed', async () => {
		const plan = plans.createPlan(grow);
		tick();
		plans.setAnswer(plan.id, 'goal', 'Run 10k');
		plans.setAnswer(plan.id, 'tried', ['Couch to 5k']);
		plans.setHeader(plan.id, 'person', 'Sam');
		expect(storedRecord(plan.id)).toMatchObject({
			person: 'Sam',
			updated: '2026-11-24T10:02:00.000Z',
			answers: { goal: 'Run 10k', tried: ['Couch to 5k'] },
			edited: { goal: Date.UTC(2026, 10, 24, 10, 2) },
		});
		expect(saving.$saveState.get()).toMatchObject({ status: 'saved' });

		await load();
		expect(plans.getPlan(plan.id)).toEqual(storedRecord(plan.id));
		expect(plans.$plans.get().map((p) => p.id)).toEqual([plan.id]);
	});

	it('ignores an answer for a plan that does not exist', () => {
		plans.setAnswer('no-such-plan', 'goal', 'x');
		expect(stored('no-such-plan')).toBeNull();
		expect(plans.$records.get()).toEqual({});
	});
});

describe('duplicating a plan', () => {
	it('copies the answers into a new plan that is changed independently afterwards', () => {
		const original = plans.createPlan(grow, { title: 'Run a 10k', person: 'Sam' });
		plans.setAnswer(original.id, 'tried', ['Couch to 5k']);
		tick();
		const copy = plans.duplicatePlan(original.id)!;

		expect(copy.id).not.toBe(original.id);
		expect(storedRecord(copy.id)).toMatchObject({ title: 'Run a 10k', origin: 'copy', person: 'Sam', answers: { tried: ['Couch to 5k'] } });
		expect(plans.activePlanOf('grow').get()?.id).toBe(copy.id);

		plans.setAnswer(copy.id, 'tried', ['Couch to 5k', 'Parkrun']);
		plans.setAnswer(copy.id, 'goal', 'Run 5k');
		expect(storedRecord(original.id).answers).toEqual({ tried: ['Couch to 5k'] });
		expect(plans.getPlan(original.id)!.answers).toEqual({ tried: ['Couch to 5k'] });
	});

	it('keeps the title of an untitled plan, marked as a copy: no English is saved', () => {
		const original = plans.createPlan(grow);
		expect(plans.duplicatePlan(original.id)).toMatchObject({ title: '', origin: 'copy' });
		expect(plans.duplicatePlan('no-such-plan')).toBeUndefined();
	});
});

describe('deleting a plan', () => {
	it('removes it from storage, and undo puts the identical record back', () => {
		const plan = plans.createPlan(grow, { title: 'Run a 10k' });
		plans.setAnswer(plan.id, 'goal', 'Run 10k');
		const before = stored(plan.id);

		plans.deletePlan(plan.id);
		expect(stored(plan.id)).toBeNull();
		expect(plans.getPlan(plan.id)).toBeUndefined();
		expect(plans.$lastDeleted.get()?.id).toBe(plan.id);
		expect(storage.getItem('cw:active:grow')).toBeNull();

		tick();
		plans.undoDelete();
		expect(stored(plan.id)).toBe(before);
		expect(storage.getItem('cw:active:grow')).toBe(plan.id);
		expect(plans.$lastDeleted.get()).toBeNull();
	});

	it('moves the worksheet to its most recent remaining plan', () => {
		const older = plans.createPlan(grow, { title: 'Older' });
		tick();
		const newer = plans.createPlan(grow, { title: 'Newer' });
		tick();
		const latest = plans.createPlan(grow, { title: 'Latest' });
		plans.deletePlan(latest.id);
		expect(storage.getItem('cw:active:grow')).toBe(newer.id);
		expect(plans.activePlanOf('grow').get()?.id).toBe(newer.id);
		expect(plans.getPlan(older.id)).toBeDefined();
	});

	it('leaves the worksheet’s choice alone when another plan is deleted', () => {
		const kept = plans.createPlan(grow);
		tick();
		const other = plans.createPlan(grow);
		plans.setActivePlan('grow', kept.id);
		plans.deletePlan(other.id);
		expect(storage.getItem('cw:active:grow')).toBe(kept.id);
	});
});

describe('which plan a worksheet shows', () => {
	it('is the one last chosen for it', () => {
		const first = plans.createPlan(grow);
		tick();
		plans.createPlan(grow);
		plans.setActivePlan('grow', first.id);
		expect(plans.activePlanOf('grow').get()?.id).toBe(first.id);
	});

	it('is otherwise the most recently edited plan of that worksheet', () => {
		const first = plans.createPlan(grow);
		tick();
		plans.createPlan(grow);
		tick();
		plans.createPlan(smart);
		tick();
		plans.setAnswer(first.id, 'goal', 'edited last');
		plans.setActivePlan('grow', 'deleted-long-ago');
		expect(plans.activePlanOf('grow').get()?.id).toBe(first.id);
	});

	it('is nothing before the visitor starts one', () => {
		plans.createPlan(smart);
		expect(plans.activePlanOf('grow').get()).toBeNull();
	});
});

describe('when the browser will not save', () => {
	it('keeps answers in memory, says why, and saves them all once it can', () => {
		const plan = plans.createPlan(grow);
		storage.full = true;
		const before = stored(plan.id);

		plans.setAnswer(plan.id, 'goal', 'Run 10k');
		const second = plans.createPlan(smart);
		plans.setAnswer(plan.id, 'why', 'Health');

		expect(saving.$saveState.get()).toMatchObject({ status: 'failed', reason: 'full' });
		expect(stored(plan.id)).toBe(before);
		expect(stored(second.id)).toBeNull();
		expect(plans.getPlan(plan.id)!.answers).toEqual({ goal: 'Run 10k', why: 'Health' });
		expect(plans.getPlan(second.id)).toBeDefined();

		storage.full = false;
		plans.setHeader(plan.id, 'title', 'Run a 10k');

		expect(saving.$saveState.get()).toMatchObject({ status: 'saved' });
		expect(storedRecord(plan.id)).toMatchObject({ title: 'Run a 10k', answers: { goal: 'Run 10k', why: 'Health' } });
		expect(storedRecord(second.id).worksheet).toBe('smart');
		expect(storage.getItem('cw:active:smart')).toBe(second.id);
	});

	it('counts a write that does not read back as a failure', () => {
		const plan = plans.createPlan(grow);
		storage.garbles = true;
		plans.setAnswer(plan.id, 'goal', 'Run 10k');

		expect(saving.$saveState.get()).toMatchObject({ status: 'failed', reason: 'not-kept' });
		expect(plans.getPlan(plan.id)!.answers).toEqual({ goal: 'Run 10k' });

		storage.garbles = false;
		plans.setAnswer(plan.id, 'why', 'Health');
		expect(saving.$saveState.get()).toMatchObject({ status: 'saved' });
		expect(storedRecord(plan.id).answers).toEqual({ goal: 'Run 10k', why: 'Health' });
	});

	it('says so when there is no storage at all, and still keeps answers in memory', async () => {
		vi.resetModules();
		plans = await import('../../../src/store/plans');
		saving = await import('../../../src/store/storage');
		await plans.connectPlanStorage(null, noopEvents);
		plans.$records.listen(() => {});
		expect(saving.$saveState.get()).toMatchObject({ status: 'failed' });

		const plan = plans.createPlan(grow);
		plans.setAnswer(plan.id, 'goal', 'Run 10k');
		expect(plans.getPlan(plan.id)!.answers).toEqual({ goal: 'Run 10k' });
		expect(saving.$saveState.get()).toMatchObject({
			status: 'failed',
			reason: 'refused',
		});
	});
});

describe('a stored plan this code cannot read', () => {
	const broken = '{"format": 1, "id": "bro';
	const seed = () => {
		storage.setItem('cw:plan:good', encodeRecord(createRecord(grow, new Date('2026-11-20T10:00:00Z'), { title: 'Readable' }, 'good')));
		storage.setItem('cw:plan:broken', broken);
		storage.setItem('cw:plan:future', JSON.stringify({ ...JSON.parse(stored('good')!), id: 'future', format: 9 }));
	};

	it('is set aside under cw:quarantine:<id> with its text untouched and the reason', async () => {
		seed();
		const future = stored('future');
		await load();

		const aside = JSON.parse(storage.getItem('cw:quarantine:broken')!);
		expect(aside).toMatchObject({ key: 'cw:plan:broken', raw: broken, found: '2026-11-24T10:01:00.000Z' });
		expect(worded(aside.reason)).toBe('it is not valid JSON');
		const futureAside = JSON.parse(storage.getItem('cw:quarantine:future')!);
		expect(futureAside.raw).toBe(future);
		expect(worded(futureAside.reason)).toBe('it was saved by a newer version of this site (format 9)');
		expect(stored('broken')).toBeNull();
		expect(quarantine.$quarantine.get().broken).toMatchObject({ raw: broken });
		expect(worded(quarantine.$quarantine.get().broken!.reason)).toBe('it is not valid JSON');
		expect(Object.keys(plans.$records.get())).toEqual(['good']);
		expect(plans.$plans.get().map((p) => p.id)).toEqual(['good']);
	});

	it('stays where it was when the browser cannot store the copy', async () => {
		seed();
		storage.full = true;
		await load();
		expect(storage.getItem('cw:quarantine:broken')).toBeNull();
		expect(stored('broken')).toBe(broken);
	});

	it('arriving from another tab, is shown with its reason and never written over', async () => {
		// The listeners persistentMap registers, by the key prefix they follow.
		const listeners = new Map<string, PersistentListener>();
		await load({
			addEventListener(key, listener) {
				listeners.set(key, listener);
			},
			removeEventListener() {},
		});
		const mine = plans.createPlan(grow);

		storage.setItem('cw:plan:other', broken);
		listeners.get('cw:plan:')!({ key: 'cw:plan:other', newValue: broken });

		// Taken once the record checks have loaded (this tab kept no plan when it opened).
		await vi.waitFor(() => expect(plans.$records.get().other).toMatchObject({ unreadable: true, raw: broken }));
		expect(worded((plans.$records.get().other as { reason: StoredReason }).reason)).toBe('it is not valid JSON');
		expect(plans.getPlan('other')).toBeUndefined();
		expect(plans.$plans.get().map((p) => p.id)).toEqual([mine.id]);

		plans.setAnswer(mine.id, 'goal', 'Run 10k');
		plans.createPlan(grow);
		expect(stored('other')).toBe(broken);
	});
});

describe('a plan stored after the page connected with none', () => {
	it('is read once the record checks are here, not before, and not written over', async () => {
		// The page found no plan, so it loaded no checks; another tab then saved one before this page's
		// list mounted. (A browser test met this as "Cannot read properties of undefined (reading 'decodeRecord')".)
		vi.resetModules();
		plans = await import('../../../src/store/plans');
		await plans.connectPlanStorage(storage, noopEvents);
		const text = encodeRecord(createRecord(grow, new Date('2026-11-20T10:00:00Z'), { title: 'From the other tab' }, 'other'));
		storage.setItem('cw:plan:other', text);

		expect(() => plans.$records.listen(() => {})).not.toThrow();
		expect(plans.$plans.get()).toEqual([]);
		await vi.waitFor(() => expect(plans.$plans.get().map((plan) => plan.title)).toEqual(['From the other tab']));
		expect(stored('other')).toBe(text);
	});
});

describe('salvage of a damaged plan', () => {
	const fields = [
		{ id: 'goal', kind: 'short-text' as const, label: 'What do you want to achieve?' },
		{ id: 'goal-why', kind: 'long-text' as const, label: 'Why does it matter to you?' },
		{ id: 'reality-tried', kind: 'list' as const, label: 'What have you tried so far?' },
	];

	it('writes what can be read into a new plan marked recovered, and leaves the damaged text as it was', async () => {
		const whole = encodeRecord(
			createRecord(grow, new Date('2026-11-20T10:00:00Z'), { title: 'Run a 10k', person: 'Sam', answers: { goal: 'Run 10 km', 'goal-why': 'To feel fit', 'reality-tried': ['Parkrun'] } }, 'cut'),
		);
		const cut = whole.slice(0, whole.indexOf('To feel') + 4);
		storage.setItem('cw:plan:cut', cut);
		await load();
		const before = storage.getItem('cw:quarantine:cut');
		const { salvageQuarantined } = await import('../../../src/store/salvage');
		const result = salvageQuarantined('cut', { id: 'grow', version: 1, fields });
		expect(result.ok).toBe(true);
		if (!result.ok) return;
		expect(result.plan).toMatchObject({ title: 'Run a 10k', origin: 'recovered', person: 'Sam', answers: { goal: 'Run 10 km' }, recovered: 'cut' });
		expect(result.plan.id).not.toBe('cut');
		expect(storedRecord(result.plan.id)).toEqual(result.plan);
		expect(result.salvaged.recovered.map((field) => field.id)).toEqual(['goal']);
		expect(result.salvaged.lost.map((field) => field.id)).toEqual(['goal-why']);
		expect(storage.getItem('cw:quarantine:cut')).toBe(before);
		expect(plans.$activePlanIds.get().grow).toBe(result.plan.id);
	});

	it('makes no plan when nothing can be read, and says so', async () => {
		storage.setItem('cw:plan:junk', '\u0000\u0000{"form');
		await load();
		const { salvageQuarantined } = await import('../../../src/store/salvage');
		const result = salvageQuarantined('junk', { id: 'grow', version: 1, fields });
		expect(result).toEqual({ ok: false, why: 'nothing' });
		expect(plans.$plans.get()).toEqual([]);
		expect(salvageQuarantined('missing', { id: 'grow', version: 1, fields })).toEqual({ ok: false, why: 'gone' });
	});
});

describe('a plan of an older worksheet version', () => {
	const grow2 = { id: 'grow', version: 2, migrations: [migrationSchema.parse({ version: 2, rename: { goal: 'aim' } })] };

	it('is shown migrated without writing anything, and stored migrated on the next edit', async () => {
		const plan = plans.createPlan(grow);
		plans.setAnswer(plan.id, 'goal', 'Run 10k');
		plans.setAnswer(plan.id, 'tried', ['Couch to 5k']);
		await load();
		const before = storage.dump();
		const setItem = vi.spyOn(storage, 'setItem');

		const $active = plans.activePlanOf('grow', grow2);
		$active.listen(() => {});
		await plans.upgradePlan(plan.id, grow2);
		expect($active.get()).toMatchObject({ worksheetVersion: 2, answers: { aim: 'Run 10k', tried: ['Couch to 5k'] } });
		expect(setItem).not.toHaveBeenCalled();
		expect(storage.dump()).toEqual(before);

		tick();
		plans.editAnswer(grow2, 'why', () => 'Health');
		expect(storedRecord(plan.id)).toMatchObject({ worksheetVersion: 2, answers: { aim: 'Run 10k', tried: ['Couch to 5k'], why: 'Health' } });
	});
});
