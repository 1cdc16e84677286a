/**
 * The plan bundle: everything the site keeps for a visitor, in one protected file, to move to another
 * device or keep as a backup. Always encrypted with the private-link scheme (`link/private.ts`:
 * AES-GCM, key from the passphrase by PBKDF2-SHA-256, 600,000 rounds).
 *
 * The file, JSON:
 *   { "app": "coaching-workbook", "kind": "bundle", "format": 1,
 *     "data": "<base64url of [salt | IV | AES-GCM ciphertext + tag], then their CRC-32>" }
 * The ciphertext holds the deflated UTF-8 of the contents:
 *   { "format": 1, "made": ISO time,
 *     "plans": [ …PlanRecord… ],                        // every plan, as stored
 *     "sessions": [ "<session record as stored>" ],      // the coach's sessions and notes, untouched
 *     "quarantine": [ { key, raw, reason, found } ],    // records this site could not read, as they are
 *     "practice": "<practice progress as stored>" }     // optional: the learner's drills (`cw:practice`)
 * Nothing outside the ciphertext says what it holds, not even how many plans. The CRC tells a file
 * cut or changed on the way from a wrong passphrase, as for private links.
 */
import type { Translate } from '../i18n/translate';
import { deflate, inflateWithLimit, packBytes, unpackBytes } from '../link/bytes';
import { openBytes, sealBytes } from '../link/private';
import { MIN_PASSPHRASE_LENGTH } from '../link/passphrase';
import { isObject, type PlanRecord } from '../record';
import { validateRecord } from '../record-door';
import { isStoredReason, type StoredReason } from '../reason';
import { MAX_BUNDLE_BYTES, MAX_BUNDLE_INFLATED_BYTES, MAX_BUNDLE_PLANS } from './limits';
import type { KnownWorksheets } from './plan-file';

/** The outer format written by `makeBundle`; the contents have their own. */
export const BUNDLE_FORMAT = 1;
const CONTENTS_FORMAT = 1;
const APP = 'coaching-workbook';
const KIND = 'bundle';

/** A record set aside because this site could not read it, kept exactly as it was. */
export interface BundledQuarantine {
	key: string;
	raw: string;
	/** Why, as data; bundles made before reasons were data hold an English sentence. */
	reason: StoredReason;
	found: string;
}

/** What a bundle holds once opened. */
export interface BundleContents {
	/** When the bundle was made (ISO time). */
	made: string;
	/** Plans that passed the door (`validateRecord`). */
	plans: PlanRecord[];
	/** Session records, as stored text. */
	sessions: string[];
	/** Quarantined records, as they are, plus any bundled plan that did not pass the door. */
	quarantine: BundledQuarantine[];
	/** The learner's practice progress as stored (`cw:practice`), when there is any; older bundles have none. */
	practice?: string;
}

/** A preview of an opened bundle, for the visitor to check before restoring. */
export interface BundleSummary {
	plans: number;
	/** Who the plans are for, each once, in the order first met. */
	people: string[];
	/** Worksheet ids this site does not have; their plans are kept and exported again untouched. */
	unknownWorksheets: string[];
	sessions: number;
	quarantined: number;
	/** Whether it holds practice progress. */
	practice: boolean;
	made: string;
}

/** What opening a bundle may say, in `t`'s language. */
export const bundleMessages = (t: Translate<'export'>) => ({
	wrongPassphrase: t('export.bundle-wrong-passphrase'),
	damaged: t('export.bundle-damaged'),
	newer: (format: number) => t('export.bundle-newer', { format, ours: BUNDLE_FORMAT }),
	tooLarge: (bytes: number) =>
		t('export.bundle-too-large', {
			size: (bytes / (1024 * 1024)).toLocaleString(t.locale, { minimumFractionDigits: 1, maximumFractionDigits: 1, useGrouping: false }),
			max: (MAX_BUNDLE_BYTES / (1024 * 1024)).toLocaleString(t.locale, { useGrouping: false }),
		}),
	noCrypto: t('export.bundle-no-crypto'),
});

/** Says why a file of `bytes` bytes is refused as a bundle, before it is read; `null` when fine. */
export function bundleSizeProblem(bytes: number, t: Translate<'export'>): string | null {
	return bytes > MAX_BUNDLE_BYTES ? bundleMessages(t).tooLarge(bytes) : null;
}

/** A file name for a bundle, e.g. `coaching-workbook-all-2026-11-24.cwbundle.json`. */
export function bundleFileName(t: Translate<'export'>, now: Date = new Date()): string {
	return t('export.bundle-name', { date: now.toISOString().slice(0, 10) });
}

/** Whether a file's text is meant as a bundle (whole or cut short), so it is read as one. */
export function looksLikeBundle(text: string): boolean {
	return /^\s*\{\s*"app"\s*:\s*"coaching-workbook"\s*,\s*"kind"\s*:\s*"bundle"/.test(text.slice(0, 200));
}

/** The bundle file's text for `contents`, sealed with `passphrase`. */
export async function makeBundle(contents: Omit<BundleContents, 'made'>, passphrase: string, now: Date = new Date()): Promise<string> {
	// Callers ask for a long enough passphrase in the visitor's words; this only guards against a bug.
	if (passphrase.length < MIN_PASSPHRASE_LENGTH) throw new Error(`makeBundle: a passphrase needs at least ${MIN_PASSPHRASE_LENGTH} characters`);
	const inner = JSON.stringify({
		format: CONTENTS_FORMAT,
		made: now.toISOString(),
		plans: contents.plans,
		sessions: contents.sessions,
		quarantine: contents.quarantine,
		...(contents.practice ? { practice: contents.practice } : {}),
	});
	const sealed = await sealBytes(await deflate(new TextEncoder().encode(inner)), passphrase);
	return `${JSON.stringify({ app: APP, kind: KIND, format: BUNDLE_FORMAT, data: packBytes(sealed) })}\n`;
}

/** What opening a bundle gives. `retry`: the passphrase was wrong; the visitor may try again. */
export type OpenBundleResult = { ok: true; contents: BundleContents } | { ok: false; message: string; retry?: true };

/** The sealed bytes inside a bundle file's text, or a message: checked before any passphrase is asked. */
export function readBundleEnvelope(text: string, t: Translate<'export'>): { ok: true; sealed: Uint8Array } | { ok: false; message: string } {
	const BUNDLE_MESSAGES = bundleMessages(t);
	const tooLarge = bundleSizeProblem(text.length, t);
	if (tooLarge) return { ok: false, message: tooLarge };
	let file: unknown;
	try {
		file = JSON.parse(text);
	} catch {
		return { ok: false, message: BUNDLE_MESSAGES.damaged };
	}
	if (!isObject(file) || file.app !== APP || file.kind !== KIND) return { ok: false, message: BUNDLE_MESSAGES.damaged };
	if (typeof file.format === 'number' && file.format > BUNDLE_FORMAT) return { ok: false, message: BUNDLE_MESSAGES.newer(file.format) };
	if (file.format !== BUNDLE_FORMAT || typeof file.data !== 'string') return { ok: false, message: BUNDLE_MESSAGES.damaged };
	const sealed = unpackBytes(file.data);
	return sealed ? { ok: true, sealed } : { ok: false, message: BUNDLE_MESSAGES.damaged };
}

const isQuarantine = (value: unknown): value is BundledQuarantine =>
	isObject(value) && ['key', 'raw', 'found'].every((key) => typeof value[key] === 'string') && isStoredReason(value.reason);

/**
 * Opens a bundle file's text with a passphrase and checks everything in it. Never throws. Every plan
 * passes `validateRecord`; one that does not is not dropped but kept aside as quarantined, with why.
 */
export async function openBundle(text: string, passphrase: string, t: Translate<'export'>, now: Date = new Date()): Promise<OpenBundleResult> {
	const BUNDLE_MESSAGES = bundleMessages(t);
	const envelope = readBundleEnvelope(text, t);
	if (!envelope.ok) return envelope;
	const opened = await openBytes(envelope.sealed, passphrase);
	if (!opened.ok)
		return opened.reason === 'wrong-passphrase'
			? { ok: false, message: BUNDLE_MESSAGES.wrongPassphrase, retry: true }
			: { ok: false, message: opened.reason === 'no-crypto' ? BUNDLE_MESSAGES.noCrypto : BUNDLE_MESSAGES.damaged };
	const inflated = await inflateWithLimit(opened.plain, MAX_BUNDLE_INFLATED_BYTES);
	if (!inflated.ok) return { ok: false, message: inflated.tooLarge ? BUNDLE_MESSAGES.tooLarge(MAX_BUNDLE_INFLATED_BYTES + 1) : BUNDLE_MESSAGES.damaged };
	let inner: unknown;
	try {
		inner = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(inflated.bytes));
	} catch {
		return { ok: false, message: BUNDLE_MESSAGES.damaged };
	}
	if (!isObject(inner)) return { ok: false, message: BUNDLE_MESSAGES.damaged };
	if (typeof inner.format === 'number' && inner.format > CONTENTS_FORMAT) return { ok: false, message: BUNDLE_MESSAGES.newer(inner.format) };
	const { plans, sessions, quarantine } = inner;
	if (
		inner.format !== CONTENTS_FORMAT ||
		typeof inner.made !== 'string' ||
		!Array.isArray(plans) ||
		!Array.isArray(sessions) ||
		!Array.isArray(quarantine) ||
		plans.length > MAX_BUNDLE_PLANS ||
		!sessions.every((s) => typeof s === 'string') ||
		!quarantine.every(isQuarantine)
	)
		return { ok: false, message: BUNDLE_MESSAGES.damaged };
	const contents: BundleContents = {
		made: inner.made,
		plans: [],
		sessions,
		quarantine: [...quarantine],
		...(typeof inner.practice === 'string' ? { practice: inner.practice } : {}),
	};
	for (const plan of plans) {
		const checked = validateRecord(plan);
		if (checked.ok) contents.plans.push(checked.record);
		else {
			const id = isObject(plan) && typeof plan.id === 'string' ? plan.id : '';
			contents.quarantine.push({ key: `cw:plan:${id}`, raw: JSON.stringify(plan), reason: checked.reason, found: now.toISOString() });
		}
	}
	return { ok: true, contents };
}

/** How many plans, for whom, from when: what the visitor checks before restoring. */
export function summarizeBundle(contents: BundleContents, known: KnownWorksheets): BundleSummary {
	const people = [...new Set(contents.plans.map((plan) => plan.person.trim()).filter(Boolean))];
	const unknownWorksheets = [...new Set(contents.plans.map((plan) => plan.worksheet).filter((id) => !Object.hasOwn(known, id)))];
	return {
		plans: contents.plans.length,
		people,
		unknownWorksheets,
		sessions: contents.sessions.length,
		quarantined: contents.quarantine.length,
		practice: !!contents.practice,
		made: contents.made,
	};
}

/**
 * A passphrase to copy: five groups of four letters and digits from the browser's random source
 * (about 100 bits), without look-alikes (0/o, 1/l), easy to read out or type on a phone.
 */
export function generatePassphrase(): string {
	const alphabet = 'abcdefghijkmnpqrstuvwxyz23456789';
	const bytes = crypto.getRandomValues(new Uint8Array(20));
	const chars = Array.from(bytes, (byte) => alphabet[byte % alphabet.length]);
	return [0, 4, 8, 12, 16].map((at) => chars.slice(at, at + 4).join('')).join('-');
}
