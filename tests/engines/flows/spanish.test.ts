import { expect } from 'vitest';
import { clickWhenReady, forEachEngine, siteUrl, valueOf, waitForTarget, waitForText, waitForValue, worksheetReady } from '../driver';
import { missingAnswers, openFilled } from '../filler';
import { textsFor } from '../../../src/components/catalogs';

const es = textsFor('es');
const en = textsFor('en');

forEachEngine(({ test }) => {
	test('the Spanish GROW worksheet keeps every answer across a reload, and its share link opens them on the English page', async (open) => {
		const s = await open();
		const filled = await openFilled(s, 'grow', 'es');
		await s.reload();
		await worksheetReady(s);
		await waitForValue(s, '#ws-grow--title', 'Plan A title');
		expect(await missingAnswers(s, filled)).toEqual([]);
		await waitForText(s, '.ws-save', es('worksheet.saved'));

		await clickWhenReady(s, { role: 'button', name: es('share.share-link') });
		await waitForTarget(s, '#ws-grow--link');
		const link = (await valueOf(s, '#ws-grow--link'))!;
		expect(link.startsWith(new URL('es/worksheets/grow/#plan=', siteUrl()).href)).toBe(true);
		await s.close();

		const fresh = await open();
		await fresh.goto(new URL(`worksheets/grow/#${link.split('#')[1]}`, siteUrl()).href);
		await waitForText(fresh, 'body', en('worksheet.shared-read-only'));
		await waitForValue(fresh, '#ws-grow--title', 'Plan A title');
		expect(await missingAnswers(fresh, filled)).toEqual([]);
	});
});
