import type { DecodeResult } from '../plan/record-door';
import type { QuarantinedRecord } from './quarantine';
import { QUARANTINE_PREFIX } from './keys';
import type { StringStorage } from './storage';

/**
 * Moves every unreadable record under `prefix` aside. Works on the browser's storage itself, not
 * the guarded engine (whose in-memory fallback would make a failed copy look written): the
 * original is removed only once the copy is stored and reads back the same.
 */
export function sweepUnreadable(storage: StringStorage | null, prefix: string, decode: (raw: string) => DecodeResult, now = new Date()) {
	if (!storage) return;
	try {
		const keys = Array.from({ length: storage.length }, (_, i) => storage.key(i)).filter((key): key is string => !!key?.startsWith(prefix));
		for (const key of keys) {
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
