import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	decodeSharePayload,
	decryptLinkData,
	encodeSharePayload,
	encryptLinkData,
	isPrivateLinkData,
	linkMessages,
	PRIVATE_LINK_ITERATIONS,
	privateMessages,
	readFragment,
	shareUrl,
} from '../../../../src/plan/link';
import { createRecord } from '../../../../src/plan/record';
import { textsFor } from '../../../../src/components/catalogs';
import { arbitraryPlan, knownOf, loadWorksheets, text } from '../arbitrary-plan';

const t = textsFor('en');

const worksheets = loadWorksheets();
const known = knownOf(worksheets);
const plan = createRecord({ id: 'grow', version: 2 }, new Date('2026-11-24T10:00:00Z'), {
	title: 'Run a 10k',
	person: 'Sam',
	answers: { goal: 'Run 10 km in under an hour', 'reality-tried': ['Parkrun'] },
});
const passphrase = 'correct horse battery';

/** A private link's data and its plain link data, made once: PBKDF2 at 600,000 rounds takes a while. */
const made = (async () => {
	const plain = await encodeSharePayload({ plan, worksheet: 'grow' });
	return { plain, locked: await encryptLinkData(plain, passphrase) };
})();

/** The base64url character at `i` changed to another one. */
const changeAt = (data: string, i: number) => data.slice(0, i) + (data[i] === 'A' ? 'B' : 'A') + data.slice(i + 1);

describe('a private link', () => {
	it('derives its key with PBKDF2 at no fewer than 600,000 rounds', () => {
		expect(PRIVATE_LINK_ITERATIONS).toBeGreaterThanOrEqual(600_000);
	});

	it('opens with the right passphrase into the same plan link, and shows nothing of the plan without it', async () => {
		const { plain, locked } = await made;
		expect(locked).toMatch(/^3\.[A-Za-z0-9_-]+$/);
		expect(isPrivateLinkData(locked)).toBe(true);
		expect(isPrivateLinkData(plain)).toBe(false);
		expect(locked).not.toContain(plain.slice(2, 30));
		expect(await decryptLinkData(locked, passphrase, t)).toEqual({ ok: true, linkData: plain });
		const result = await decodeSharePayload((await decryptLinkData(locked, passphrase, t) as { linkData: string }).linkData, known, t, 'plan');
		expect(result.ok && result.payload.plan?.answers).toEqual(plan.answers);
		// Read without the passphrase, the link says it needs one.
		expect(await decodeSharePayload(locked, known, t, 'plan')).toEqual({ ok: false, message: linkMessages(t).locked });
	});

	it('a wrong passphrase gets its own message, and the right one still works after it', async () => {
		const { plain, locked } = await made;
		expect(await decryptLinkData(locked, 'correct horse battery!', t)).toEqual({ ok: false, reason: 'wrong-passphrase', message: privateMessages(t).wrongPassphrase });
		expect(await decryptLinkData(locked, '', t)).toMatchObject({ reason: 'wrong-passphrase' });
		expect(await decryptLinkData(locked, passphrase, t)).toEqual({ ok: true, linkData: plain });
	});

	it('a link with its ciphertext changed is refused as damaged, whatever the passphrase', async () => {
		const { locked } = await made;
		// Past salt and IV (28 bytes, about 38 characters): the ciphertext itself.
		for (const i of [2, 20, 45, locked.length - 10, locked.length - 1]) {
			const changed = changeAt(locked, i);
			expect(await decryptLinkData(changed, passphrase, t)).toEqual({ ok: false, reason: 'damaged', message: privateMessages(t).damaged });
		}
		expect(privateMessages(t).damaged).toMatch(/incomplete or has been changed/);
	});

	it('a cut link is refused as damaged', async () => {
		const { locked } = await made;
		for (const length of [2, 10, 40, locked.length - 1, locked.length - 7])
			expect(await decryptLinkData(locked.slice(0, length), passphrase, t)).toEqual({ ok: false, reason: 'damaged', message: privateMessages(t).damaged });
		expect(await decryptLinkData('3.', passphrase, t)).toMatchObject({ reason: 'damaged' });
		expect(await decryptLinkData('2.abc', passphrase, t)).toMatchObject({ reason: 'damaged' });
	});

	it('is never made with a short passphrase', async () => {
		await expect(encryptLinkData('2.abc', 'short')).rejects.toThrow('passphrase shorter than');
	});

	it('keeps the passphrase out of the link and the address', async () => {
		const { locked } = await made;
		const url = shareUrl('https://example.org/', 'grow', locked, 'plan');
		expect(url).not.toContain(passphrase);
		expect(url).not.toContain(encodeURIComponent(passphrase));
		expect(readFragment(new URL(url).hash)).toEqual({ kind: 'plan', data: locked });
	});

	it('round-trips any plan and any passphrase (a few runs: each costs 1.2 million PBKDF2 rounds)', async () => {
		const grow = worksheets.find((sheet) => sheet.id === 'grow')!;
		const phrase = fc.oneof(text, fc.string({ unit: 'grapheme' })).filter((p) => p.length >= 8);
		await fc.assert(
			fc.asyncProperty(arbitraryPlan(grow), phrase, async (any, secret) => {
				const plain = await encodeSharePayload({ plan: any, worksheet: 'grow' });
				const locked = await encryptLinkData(plain, secret);
				expect(await decryptLinkData(locked, secret, t)).toEqual({ ok: true, linkData: plain });
			}),
			{ numRuns: 3 },
		);
	}, 120_000);
});
