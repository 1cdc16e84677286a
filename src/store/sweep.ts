import type { DecodeResult } from '../plan/record-door';
import type { QuarantinedRecord } from './quarantine';
import { QUARANTINE_PREFIX } from './keys';
import type { StringStorage } from './storage';
import { nextTask } from './next-task';

/**
 * How long the sweep reads records before the browser gets a task of its own (a tap, a paint): a coach's
 * 500 plans were one 60 ms task here, four times that on a slow phone.
 */
const SLICE_MS = 8;

/**
 * Moves every unreadable record under `prefix` aside. Works on the browser's storage itself, not
 * the guarded engine (whose in-memory fallback would make a failed copy look written): the
 * original is removed only once the copy is stored and reads back the same. Reads in slices of
 * about SLICE_MS; a key removed meanwhile (by another tab) is skipped.
 */
export async function sweepUnreadable(storage: StringStorage | null, prefix: string, decode: (raw: string) => DecodeResult, now = new Date()) {
	if (!storage) return;
	try {
		const keys = Array.from({ length: storage.length }, (_, i) => storage.key(i)).filter((key): key is string => !!key?.startsWith(prefix));
		let slice = performance.now();
		for (const key of keys) {
			if (performance.now() - slice > SLICE_MS) {
				await nextTask();
				slice = performance.now();
			}
			const raw = storage.getItem(key);
			if (raw === null) continue;
			const decoded = decode(raw);
			if (decoded.ok) continue;
			const entry: QuarantinedRecord = { key, raw, reason: decoded.reason, found: now.toISOString() };
			const target = `${QUARANTINE_PREFIX}${key.slice(prefix.length)}`;
			const text = JSON.stringify(entry);
			try {
				storage.setItem(target, text);
				if (storage.getItem(target) === text) storage.removeItem(key);
			} catch {
				// Could not set it aside: it stays where it is, and is simply not shown as a plan.
			}
		}
	} catch {
		// Storage refused to list its keys; nothing is moved.
	}
}
