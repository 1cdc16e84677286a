import { expect } from 'vitest';
import { clickWhenReady, forEachEngine, siteUrl, storedPlans, waitForSavedPlans, valueOf, waitForTarget, waitForText, waitForValue } from '../driver';
import { loadWorksheet, missingAnswers, openFilled, wordFor } from '../filler';

forEachEngine(({ test }) => {
	test('a share link opens in a fresh profile with every answer, read-only, and saves a copy', async (open) => {
		const sender = await open();
		const filled = await openFilled(sender, 'grow');
		await clickWhenReady(sender, { role: 'button', name: 'Share link' });
		await waitForTarget(sender, '#ws-grow--link');
		const link = (await valueOf(sender, '#ws-grow--link'))!;
		// Any link format this site writes: the number before the dot is its version.
		expect(link.startsWith(new URL('worksheets/grow/#plan=', siteUrl()).href)).toBe(true);
		expect(link).toMatch(/#plan=\d+\./);
		await sender.close();

		const fresh = await open();
		await fresh.goto(link);
		await waitForText(fresh, 'body', 'A shared plan, read-only.');
		await waitForValue(fresh, '#ws-grow--title', 'Plan A title');
		expect(await missingAnswers(fresh, filled)).toEqual([]);
		expect(await fresh.evaluate(() => document.querySelector('#ws-grow-goal')!.matches(':disabled'))).toBe(true);
		expect(await storedPlans(fresh)).toEqual({});

		await clickWhenReady(fresh, { role: 'button', name: 'Save a copy on this device' });
		await waitForSavedPlans(fresh, 1);
		await waitForValue(fresh, '#ws-grow--title', 'Plan A title');
		expect(await fresh.evaluate(() => document.querySelector('#ws-grow-goal')!.matches(':disabled'))).toBe(false);
		const saved = Object.values(await storedPlans(fresh));
		expect(saved).toHaveLength(1);
		const word = wordFor(loadWorksheet('grow'), 'options-list');
		expect(saved[0].answers['options-list']).toEqual([`Item ${word} 1`, `Item ${word} 2`]);
		expect(new URL(await fresh.url()).hash).toBe('');
		expect(await missingAnswers(fresh, filled)).toEqual([]);
	});
});
