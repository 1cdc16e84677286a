import { expect } from 'vitest';
import { clickWhenReady, forEachEngine, waitForSavedPlans, waitForTarget, waitForText, waitForValue, worksheetReady } from '../driver';
import { missingAnswers, openFilled } from '../filler';

forEachEngine(({ test }) => {
	test('a plan file downloads, and after deleting the plan, opening the file brings every answer back', async (open) => {
		const s = await open();
		const filled = await openFilled(s, 'grow');
		const file = await s.download(() => s.click({ role: 'button', name: 'Download plan' }));
		expect(file.name).toMatch(/^grow-plan-a-title-.*\.json$/);
		expect(JSON.parse(file.text).plans[0].plan.title).toBe('Plan A title');

		await clickWhenReady(s, { role: 'button', name: 'Delete' });
		await waitForSavedPlans(s, 0);

		await s.goto('/plans/');
		await waitForTarget(s, '.plans-list[data-ready="true"]');
		await s.setFile('#plans-file', file.path);
		await waitForText(s, 'body', 'holds this plan');
		await clickWhenReady(s, { role: 'button', name: 'Save on this device' });
		await waitForText(s, 'tbody th', 'Plan A title');
		await clickWhenReady(s, { role: 'link', name: 'Plan A title' });
		await worksheetReady(s);
		await waitForValue(s, '#ws-grow--title', 'Plan A title');
		expect(await missingAnswers(s, filled)).toEqual([]);
	});
});
