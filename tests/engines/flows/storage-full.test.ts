import { expect } from 'vitest';
import { forEachEngine, storedPlans, typeInto, valueOf, waitForText, worksheetReady } from '../driver';

/** Storage.prototype.setItem throws QuotaExceededError while `window.storageFull` is true. */
const STORAGE_FULL = `(() => {
	const original = Storage.prototype.setItem;
	window.storageFull = false;
	Storage.prototype.setItem = function (key, value) {
		if (window.storageFull) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
		return original.call(this, key, value);
	};
})()`;

forEachEngine(({ test }) => {
	test('when storage is full, the worksheet warns, keeps the answers, offers a download, and saves again once storage works', async (open) => {
		const s = await open({ beforeScripts: STORAGE_FULL });
		await s.goto('/worksheets/grow/');
		await worksheetReady(s);
		await typeInto(s, '#ws-grow--title', 'Before the fault');
		await s.evaluate(() => ((window as unknown as { storageFull: boolean }).storageFull = true));
		await typeInto(s, '#ws-grow-goal', 'Typed while storage is full');

		await waitForText(s, '[role=alert]', 'Not saved: this browser’s storage for the site is full');
		expect(await valueOf(s, '#ws-grow-goal')).toBe('Typed while storage is full');
		expect(await valueOf(s, '#ws-grow--title')).toBe('Before the fault');

		const file = await s.download(() => s.click({ role: 'button', name: 'Download plan', within: '[role=alert]' }));
		expect(JSON.parse(file.text).plans[0].plan.answers.goal).toBe('Typed while storage is full');

		await s.evaluate(() => ((window as unknown as { storageFull: boolean }).storageFull = false));
		await typeInto(s, '#ws-grow-goal-why', 'Storage works again');
		await waitForText(s, '.ws-save', 'Saved on this device');
		const stored = Object.values(await storedPlans(s));
		expect(stored[0].answers.goal).toBe('Typed while storage is full');
		expect(stored[0].answers['goal-why']).toBe('Storage works again');
	});
});
