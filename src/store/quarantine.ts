import { persistentMap } from '@nanostores/persistent';
import { reason, type StoredReason } from '../plan/reason';
import { QUARANTINE_PREFIX } from './keys';

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
