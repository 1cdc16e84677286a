/**
 * Private links: ordinary link data (`2.…`, see `payload.ts`) encrypted with a passphrase, so a link
 * sitting in a mail or chat history cannot be read without it.
 *
 * Link data: `3.` + base64url (no padding) of [salt (16 bytes) | IV (12 bytes) | AES-GCM ciphertext
 * with its 16-byte tag], then the CRC-32 of all that (as in `bytes.ts`). The key is derived from the
 * passphrase with PBKDF2-SHA-256 over the salt, `PRIVATE_LINK_ITERATIONS` rounds. The plaintext is the
 * UTF-8 of the normal link data, which `decodeSharePayload` then reads as usual.
 *
 * The CRC tells a link changed or cut on the way ("damaged") from a wrong passphrase: only when the
 * bytes are intact does a failed decryption mean the passphrase is wrong. A deliberate forger could
 * fix the CRC, but not the AES-GCM tag, so a forged link is still refused.
 * The passphrase is never stored or written into a link; only the visitor carries it.
 */
import { packBytes, unpackBytes } from './bytes';
import { PRIVATE_LINK_FORMAT } from './payload';
import type { Translate } from '../i18n/translate';
import { MAX_LINK_CHARS } from '../codecs/limits';
import { MIN_PASSPHRASE_LENGTH, privateMessages } from './passphrase';

/** PBKDF2 rounds: the figure OWASP gives for PBKDF2-HMAC-SHA-256. Fixed, so every link uses it. */
export const PRIVATE_LINK_ITERATIONS = 600_000;

const SALT_BYTES = 16;
const IV_BYTES = 12;
const TAG_BYTES = 16;

/** Whether link data is a private link, which needs a passphrase before it can be read. */
export const isPrivateLinkData = (text: string): boolean => typeof text === 'string' && text.startsWith(`${PRIVATE_LINK_FORMAT}.`);

async function deriveKey(passphrase: string, salt: Uint8Array, usage: KeyUsage): Promise<CryptoKey> {
	const material = await crypto.subtle.importKey('raw', new TextEncoder().encode(passphrase), 'PBKDF2', false, ['deriveKey']);
	return crypto.subtle.deriveKey(
		{ name: 'PBKDF2', hash: 'SHA-256', salt: salt as BufferSource, iterations: PRIVATE_LINK_ITERATIONS },
		material,
		{ name: 'AES-GCM', length: 256 },
		false,
		[usage],
	);
}

/**
 * A private link's data for ordinary link data and a passphrase: `3.` followed by base64url characters.
 * @throws when the passphrase is shorter than `MIN_PASSPHRASE_LENGTH` (check it in the form first).
 */
export async function encryptLinkData(linkData: string, passphrase: string): Promise<string> {
	return `${PRIVATE_LINK_FORMAT}.${packBytes(await sealBytes(new TextEncoder().encode(linkData), passphrase))}`;
}

/**
 * The private-link scheme on bytes: [salt | IV | AES-GCM ciphertext with its tag], the key derived from
 * the passphrase as for links. Private links and plan bundles (`codecs/bundle.ts`) both seal with it.
 * @throws when the passphrase is shorter than `MIN_PASSPHRASE_LENGTH` (check it in the form first).
 */
export async function sealBytes(plain: Uint8Array, passphrase: string): Promise<Uint8Array> {
	// A form checks the length first (`privateMessages(t).tooShort`); reaching this is a bug.
	if (passphrase.length < MIN_PASSPHRASE_LENGTH) throw new Error(`passphrase shorter than ${MIN_PASSPHRASE_LENGTH} characters`);
	const salt = crypto.getRandomValues(new Uint8Array(SALT_BYTES));
	const iv = crypto.getRandomValues(new Uint8Array(IV_BYTES));
	const key = await deriveKey(passphrase, salt, 'encrypt');
	const sealed = new Uint8Array(await crypto.subtle.encrypt({ name: 'AES-GCM', iv }, key, plain as BufferSource));
	const out = new Uint8Array(SALT_BYTES + IV_BYTES + sealed.length);
	out.set(salt);
	out.set(iv, SALT_BYTES);
	out.set(sealed, SALT_BYTES + IV_BYTES);
	return out;
}

/** What opening sealed bytes gives. `damaged`: too short to hold a salt, IV and tag, or no Web Crypto. */
export type OpenResult = { ok: true; plain: Uint8Array } | { ok: false; reason: 'wrong-passphrase' | 'damaged' | 'no-crypto' };

/**
 * Opens bytes made by `sealBytes`. Never throws. Call it only on bytes known intact (a CRC checked),
 * so that a failed decryption means the passphrase is wrong.
 */
export async function openBytes(bytes: Uint8Array, passphrase: string): Promise<OpenResult> {
	try {
		if (bytes.length < SALT_BYTES + IV_BYTES + TAG_BYTES) return { ok: false, reason: 'damaged' };
		if (!globalThis.crypto?.subtle) return { ok: false, reason: 'no-crypto' };
		const key = await deriveKey(passphrase, bytes.slice(0, SALT_BYTES), 'decrypt');
		try {
			const plain = await crypto.subtle.decrypt({ name: 'AES-GCM', iv: bytes.slice(SALT_BYTES, SALT_BYTES + IV_BYTES) }, key, bytes.slice(SALT_BYTES + IV_BYTES));
			return { ok: true, plain: new Uint8Array(plain) };
		} catch {
			return { ok: false, reason: 'wrong-passphrase' };
		}
	} catch {
		return { ok: false, reason: 'damaged' };
	}
}

/** What opening a private link gives: the ordinary link data inside, or why not. */
export type UnlockResult = { ok: true; linkData: string } | { ok: false; reason: 'wrong-passphrase' | 'damaged'; message: string };

/**
 * The ordinary link data inside a private link. Never throws. A link changed or cut on the way is
 * `damaged` whatever the passphrase; an intact link that does not decrypt is a `wrong-passphrase`,
 * and the visitor may try again.
 */
export async function decryptLinkData(text: string, passphrase: string, t: Translate<'link'>): Promise<UnlockResult> {
	const PRIVATE_MESSAGES = privateMessages(t);
	const damaged: UnlockResult = { ok: false, reason: 'damaged', message: PRIVATE_MESSAGES.damaged };
	try {
		if (!isPrivateLinkData(text) || text.length > MAX_LINK_CHARS) return damaged;
		const bytes = unpackBytes(text.slice(2));
		if (!bytes) return damaged;
		const opened = await openBytes(bytes, passphrase);
		if (!opened.ok)
			return opened.reason === 'wrong-passphrase'
				? { ok: false, reason: 'wrong-passphrase', message: PRIVATE_MESSAGES.wrongPassphrase }
				: opened.reason === 'no-crypto'
					? { ok: false, reason: 'damaged', message: PRIVATE_MESSAGES.noCrypto }
					: damaged;
		const plain = opened.plain;
		const linkData = new TextDecoder('utf-8', { fatal: true }).decode(plain);
		// A private link holds an ordinary one, never another private one.
		return /^[1-9]\d{0,5}\./.test(linkData) && !isPrivateLinkData(linkData) ? { ok: true, linkData } : damaged;
	} catch {
		return damaged;
	}
}
