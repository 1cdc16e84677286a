import { persistentMap } from '@nanostores/persistent';
import { decodeRecord } from '../plan/record';
import { reason, type StoredReason } from '../plan/reason';
import { QUARANTINE_PREFIX } from './keys';
import type { StringStorage } from './storage';

/**
 * Records this version of the site cannot read (corrupt JSON, a future format, missing fields) are
 * never deleted. They move from `cw:plan:<id>` to `cw:quarantine:<id>`, as JSON:
 *   { "key": "cw:plan:<id>", "raw": "<the stored text, untouched>", "reason": { "key": "common.reason-…", … }, "found": ISO time }
 * (older versions stored `reason` as an English sentence) and "My plans" lists them with a download
 * button and the reason in the page's words.
 */

export interface QuarantinedRecord {
	/** The key the record was found under. */
	key: string;
	/** The stored text exactly as it was. */
	raw: string;
	/** Why it could not be read, worded where it is shown (`reasonText`). */
	reason: StoredReason;
	/** When it was set aside. */
	found: string;
}

const decodeQuarantined = (raw: string): QuarantinedRecord => {
	try {
		const value = JSON.parse(raw);
		if (typeof value?.raw === 'string' && typeof value?.key === 'string') return value;
	} catch {
		// Fall through: even a damaged quarantine entry is shown, as its own raw text.
	}
	return { key: '', raw, reason: reason('common.reason-unreadable'), found: '' };
};

/** Everything set aside, by id. */
export const $quarantine = persistentMap<Record<string, QuarantinedRecord>>(QUARANTINE_PREFIX, {}, {
	encode: JSON.stringify,
	decode: decodeQuarantined,
});

/**
 * Moves every unreadable record under `prefix` aside. Works on the browser's storage itself, not
 * the guarded engine (whose in-memory fallback would make a failed copy look written): the
 * original is removed only once the copy is stored and reads back the same.
 */
export function sweepUnreadable(storage: StringStorage | null, prefix: string, now = new Date()) {
	if (!storage) return;
	try {
		const keys = Array.from({ length: storage.length }, (_, i) => storage.key(i)).filter((key): key is string => !!key?.startsWith(prefix));
		for (const key of keys) {
			const raw = storage.getItem(key);
			if (raw === null) continue;
			const decoded = decodeRecord(raw);
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
