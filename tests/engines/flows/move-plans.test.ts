import { expect } from 'vitest';
import { clickWhenReady, forEachEngine, storedPlans, typeInto, waitForTarget, waitForText, type Session } from '../driver';

const PASSPHRASE = 'ferry to the island';
/** PBKDF2 with 600,000 rounds runs when the bundle is made and opened: a slow machine may take seconds. */
const CRYPTO_WAIT = 60_000;

const t = (minute: number) => Date.UTC(2026, 10, 20, 10, minute);
const plan = (id: string, worksheet: string, answers: Record<string, string>, edited: Record<string, number>) =>
	JSON.stringify({
		format: 1, id, worksheet, worksheetVersion: 1, title: `Plan ${id}`, person: 'Sam', date: '',
		created: new Date(t(0)).toISOString(), updated: new Date(Math.max(...Object.values(edited))).toISOString(), answers, edited,
	});

/** Opens My plans holding exactly these stored entries. */
async function plansHolding(s: Session, entries: Record<string, string>) {
	await s.goto('/plans/');
	await s.evaluate((all: Record<string, string>) => {
		for (const [key, value] of Object.entries(all)) localStorage.setItem(key, value);
	}, entries);
	await s.reload();
	await waitForTarget(s, '.plans-list[data-ready="true"]');
}

forEachEngine(({ test }) => {
	test('every plan moves to another device by the download route and merges there, newer fields from each side', async (open) => {
		const a = await open();
		await plansHolding(a, {
			'cw:plan:growA': plan('growA', 'grow', { goal: 'A goal (older)', 'goal-why': 'A why (newer)' }, { goal: t(1), 'goal-why': t(30) }),
			'cw:plan:smartA': plan('smartA', 'smart', { specific: 'Three runs a week' }, { specific: t(2) }),
			'cw:plan:clearA': plan('clearA', 'clear', { contract: 'Weekly calls' }, { contract: t(3) }),
		});
		await typeInto(a, '#plans-move-pass', PASSPHRASE);
		// The key derivation may take longer than the driver waits for a download: wait for the page to say it first.
		const file = await a.download(async () => {
			await a.click({ role: 'button', name: 'Make the protected file' });
			await waitForText(a, '.plans-move-result', 'Downloaded', CRYPTO_WAIT);
		});
		expect(file.name).toMatch(/\.cwbundle\.json$/);
		expect(file.text).not.toContain('Sam');
		await a.close();

		const b = await open();
		await plansHolding(b, { 'cw:plan:growA': plan('growA', 'grow', { goal: 'B goal (newer)', 'goal-why': 'B why (older)' }, { goal: t(20), 'goal-why': t(10) }) });
		await b.setFile('#plans-file', file.path);
		await waitForTarget(b, '#plans-bundle-pass');
		await typeInto(b, '#plans-bundle-pass', 'not the passphrase');
		await clickWhenReady(b, { role: 'button', name: 'Open' });
		await waitForText(b, '#plans-bundle-pass-error', 'That passphrase does not open this bundle', CRYPTO_WAIT);
		await typeInto(b, '#plans-bundle-pass', PASSPHRASE);
		await clickWhenReady(b, { role: 'button', name: 'Open' });
		await waitForText(b, '[data-bundle-summary]', '3 plans', CRYPTO_WAIT);
		await clickWhenReady(b, { role: 'button', name: 'Restore on this device' });
		await waitForText(b, '[data-bundle-outcome]', 'Restored: added 2, updated 1, unchanged 0.');
		const stored = await storedPlans(b);
		expect(Object.keys(stored).sort()).toEqual(['clearA', 'growA', 'smartA']);
		expect(stored.growA.answers).toEqual({ goal: 'B goal (newer)', 'goal-why': 'A why (newer)' });
	}, 240_000);
});
