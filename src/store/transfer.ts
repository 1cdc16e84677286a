/**
 * Moving everything to another device, and keeping a copy: the store side of the plan bundle
 * (`plan/codecs/bundle.ts`). Making a bundle reads every plan, session and quarantined record and the
 * practice progress; restoring merges plans by id (`plan/merge-plans.ts`) and practice by item, adds
 * sessions and quarantined records not here, deletes nothing, and writes all or nothing.
 * When the last backup was made lives in `backup.ts`.
 */
import { atom } from 'nanostores';
import type { Key } from '../plan/i18n/translate';
import { makeBundle, type BundleContents, type BundledQuarantine } from '../plan/codecs/bundle';
import { mergePlans } from '../plan/merge-plans';
import { encodeRecord, type PlanRecord } from '../plan/record';
import { decodeSession, encodeSession } from '../plan/session';
import { $records } from './plans';
import { $sessionRecords } from './sessions';
import { $quarantine, type QuarantinedRecord } from './quarantine';
import { openLocalStorage } from './storage';
import { $lastBackup } from './backup';
import { PLAN_PREFIX, PRACTICE_KEY, QUARANTINE_PREFIX, SESSION_PREFIX } from './keys';
import { nextTask } from './next-task';



/** Thrown when a move is asked for while one is under way; the screen says so in its words. */
export class TransferBusy extends Error {}

/** Whether a move or restore is under way (so it cannot be started twice), and how far it is. */
export const $transfer = atom<{ busy: boolean; done: number; total: number }>({ busy: false, done: 0, total: 0 });

const readablePlans = (): PlanRecord[] =>
	Object.values($records.get()).filter((value): value is PlanRecord => !!value && !('unreadable' in value));

/** The practice store and its schedule, loaded when a bundle is made or restored: My plans does not show progress. */
const practiceModules = () => Promise.all([import('./practice'), import('../plan/practice/schedule')]);

/** Everything the site keeps for the visitor, as a bundle holds it. */
export async function bundleContents(): Promise<Omit<BundleContents, 'made'>> {
	const [{ $progress }, { writeProgress }] = await practiceModules();
	return {
		plans: readablePlans(),
		sessions: Object.values($sessionRecords.get()).map((value) => ('unreadable' in value ? value.raw : encodeSession(value))),
		quarantine: Object.values($quarantine.get()),
		...(Object.keys($progress.get()).length ? { practice: writeProgress($progress.get()) } : {}),
	};
}

/** Makes the bundle text of everything kept, sealed with `passphrase`, and notes when a backup was made. */
export async function makeEverythingBundle(passphrase: string, now = new Date()): Promise<string> {
	if ($transfer.get().busy) throw new TransferBusy('busy');
	$transfer.set({ busy: true, done: 0, total: 0 });
	try {
		const text = await makeBundle(await bundleContents(), passphrase, now);
		$lastBackup.set(now.toISOString());
		return text;
	} finally {
		$transfer.set({ busy: false, done: 0, total: 0 });
	}
}

/** What a restore did, for the visitor; why it did nothing is a catalog key the screen words. */
export type RestoreOutcome =
	| { ok: true; added: number; updated: number; unchanged: number; sessions: number; quarantined: number; practice: boolean }
	| { ok: false; problem: Key<'storage'> };

const CHUNK = 250;

/**
 * Restores an opened bundle: plans merged by id, sessions and quarantined records not here added.
 * All or nothing: every write goes to the browser's storage first, in chunks (progress in
 * `$transfer`); if one fails (storage full), every key written is put back as it was and nothing
 * changes. Only then do the stores take the new records.
 */
export async function restoreBundle(contents: BundleContents): Promise<RestoreOutcome> {
	// Loaded first: from the busy check to the writes nothing waits, so two restores cannot interleave.
	const [{ $progress }, { mergeProgress, readProgress, writeProgress }] = await practiceModules();
	if ($transfer.get().busy) return { ok: false, problem: 'storage.restore-busy' };
	const storage = openLocalStorage();
	if (!storage) return { ok: false, problem: 'storage.restore-no-storage' };

	const plans = mergePlans(
		Object.fromEntries(readablePlans().map((plan) => [plan.id, plan])),
		contents.plans,
	);
	const sessionsHere = $sessionRecords.get();
	const sessionWrites: [string, string][] = [];
	for (const raw of contents.sessions) {
		const session = decodeSession(raw);
		if (!session) continue;
		const kept = sessionsHere[session.id];
		if (!kept || ('updated' in kept && kept.updated < session.updated)) sessionWrites.push([session.id, raw]);
	}
	const quarantineHere = $quarantine.get();
	const quarantineWrites: [string, QuarantinedRecord][] = [];
	const heldRaw = new Set(Object.values(quarantineHere).map((entry) => entry.raw));
	for (const entry of contents.quarantine as BundledQuarantine[]) {
		if (heldRaw.has(entry.raw)) continue;
		heldRaw.add(entry.raw);
		const base = entry.key.startsWith(PLAN_PREFIX) ? entry.key.slice(PLAN_PREFIX.length) || 'restored' : 'restored';
		let id = base;
		for (let n = 2; Object.hasOwn(quarantineHere, id) || quarantineWrites.some(([other]) => other === id); n++) id = `${base}-${n}`;
		quarantineWrites.push([id, entry]);
	}

	// Practice progress: per item, the answer given last wins (`mergeProgress`).
	const practiceHere = $progress.get();
	const practice = contents.practice ? mergeProgress(practiceHere, readProgress(contents.practice)) : practiceHere;
	const practiceText = writeProgress(practice);
	const practiceChanged = practiceText !== writeProgress(practiceHere);

	const writes: [string, string][] = [
		...plans.writes.map((record): [string, string] => [PLAN_PREFIX + record.id, encodeRecord(record)]),
		...sessionWrites.map(([id, raw]): [string, string] => [SESSION_PREFIX + id, raw]),
		...quarantineWrites.map(([id, entry]): [string, string] => [QUARANTINE_PREFIX + id, JSON.stringify(entry)]),
		...(practiceChanged ? [[PRACTICE_KEY, practiceText] as [string, string]] : []),
	];
	$transfer.set({ busy: true, done: 0, total: writes.length });
	const before: [string, string | null][] = [];
	try {
		for (let i = 0; i < writes.length; i++) {
			const [key, value] = writes[i];
			before.push([key, storage.getItem(key)]);
			storage.setItem(key, value);
			if (i % CHUNK === CHUNK - 1) {
				$transfer.set({ busy: true, done: i + 1, total: writes.length });
				await nextTask();
			}
		}
	} catch {
		for (const [key, value] of before.reverse()) {
			try {
				// Remove first: the space the restored value took is free again before the old one goes back.
				storage.removeItem(key);
				if (value !== null) storage.setItem(key, value);
			} catch {
				// The old value fitted before the restore began, and every later write is already undone.
			}
		}
		$transfer.set({ busy: false, done: 0, total: 0 });
		return { ok: false, problem: 'storage.restore-full' };
	}
	// Stored; now the stores take the records in one change each, so lists render once.
	if (plans.writes.length) $records.set({ ...$records.get(), ...Object.fromEntries(plans.writes.map((record) => [record.id, record])) });
	if (sessionWrites.length)
		$sessionRecords.set({ ...$sessionRecords.get(), ...Object.fromEntries(sessionWrites.map(([id, raw]) => [id, decodeSession(raw)!])) });
	if (quarantineWrites.length) $quarantine.set({ ...$quarantine.get(), ...Object.fromEntries(quarantineWrites) });
	if (practiceChanged) $progress.set(practice);
	$transfer.set({ busy: false, done: 0, total: 0 });
	return {
		ok: true,
		added: plans.added,
		updated: plans.updated,
		unchanged: plans.unchanged,
		sessions: sessionWrites.length,
		quarantined: quarantineWrites.length,
		practice: practiceChanged,
	};
}
