import { expect } from 'vitest';
import { clickWhenReady, forEachEngine, storedPlans, textValues, typeInto, valueOf, waitForTarget, waitForText, waitForValue, worksheetReady, type Session } from '../driver';

const PASSPHRASE = 'kettle under the stairs';

/** A few answers across GROW's phases, typed as a person would. */
const ANSWERS: [string, string][] = [
	['#ws-grow--title', 'Private plan title'],
	['#ws-grow--person', 'Robin'],
	['#ws-grow-goal', 'Speak up once in every team meeting'],
	['#ws-grow-reality-now', 'I stay quiet when the senior people talk first.'],
	['#ws-grow-options-chosen', 'Prepare one point before each meeting'],
	['#ws-grow-will-check', 'Tick it off in my notebook after each meeting'],
];

/** Everything the page keeps or shows of the visit: both storages and the address. */
const everything = (s: Session) => s.evaluate(() => JSON.stringify({ local: { ...localStorage }, session: { ...sessionStorage }, href: location.href }));

/** PBKDF2 with 600,000 rounds runs on each try: a slow machine may take seconds per step. */
const CRYPTO_WAIT = 60_000;

forEachEngine(({ test }) => {
	test('a private link made with a passphrase opens in a fresh profile only with it, with every answer, and keeps the passphrase nowhere', async (open) => {
		const sender = await open();
		await sender.goto('/worksheets/grow/');
		await worksheetReady(sender);
		for (const [selector, text] of ANSWERS) await typeInto(sender, selector, text);
		await sender.click('#ws-grow--protect');
		await waitForTarget(sender, '#ws-grow--protect-passphrase');
		await typeInto(sender, '#ws-grow--protect-passphrase', PASSPHRASE);
		await clickWhenReady(sender, { role: 'button', name: 'Share link' });
		await waitForTarget(sender, '#ws-grow--link', CRYPTO_WAIT);
		const link = (await valueOf(sender, '#ws-grow--link'))!;
		// Format 3 is a private link: the plan is sealed, and neither passphrase nor answers are readable in it.
		expect(link).toMatch(/\/worksheets\/grow\/#plan=3\.[A-Za-z0-9_-]+$/);
		expect(link).not.toContain('kettle');
		expect(await valueOf(sender, '#ws-grow--protect-passphrase')).toBe('');
		await sender.close();

		const fresh = await open();
		await fresh.goto(link);
		await waitForText(fresh, '.ws-passphrase', 'This plan is protected with a passphrase.', 20_000);
		await typeInto(fresh, '#ws-grow--passphrase', 'kettle under the stair');
		await clickWhenReady(fresh, { role: 'button', name: 'Unlock' });
		await waitForText(fresh, '.ws-passphrase [role=status]', 'That passphrase does not open this link.', CRYPTO_WAIT);
		// The wrong try stays in the field, so a typo can be mended rather than typed again.
		expect(await valueOf(fresh, '#ws-grow--passphrase')).toBe('kettle under the stair');
		expect(await storedPlans(fresh)).toEqual({});

		await typeInto(fresh, '#ws-grow--passphrase', PASSPHRASE);
		await clickWhenReady(fresh, { role: 'button', name: 'Unlock' });
		await waitForText(fresh, 'body', 'A shared plan, read-only.', CRYPTO_WAIT);
		await waitForValue(fresh, '#ws-grow--title', 'Private plan title');
		const shown = await textValues(fresh);
		for (const [, text] of ANSWERS) expect(shown, text).toContain(text);

		// Nothing decrypted is stored until the visitor saves, and the passphrase never is.
		expect(await storedPlans(fresh)).toEqual({});
		expect(await everything(fresh)).not.toContain(PASSPHRASE);
		expect(await fresh.url()).not.toContain(PASSPHRASE);
	}, 240_000);
});
