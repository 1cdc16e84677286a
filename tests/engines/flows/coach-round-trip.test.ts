import { expect } from 'vitest';
import { clickWhenReady, forEachEngine, selectOption, storedPlans, waitForSavedPlans, typeInto, valueOf, waitForTarget, waitForText, waitForValue, worksheetReady } from '../driver';

forEachEngine(({ test }) => {
	test('the coach round trip: the coach builds a link, the client fills and sends back, the coach opens and saves a copy', async (open) => {
		const coach = await open();
		await coach.goto('/coach/');
		await waitForTarget(coach, '.coach-form[data-ready="true"]');
		await selectOption(coach, '#coach-worksheet', 'grow');
		await typeInto(coach, '#coach-client', 'Robin');
		await typeInto(coach, '#coach-coach', 'Dana');
		await typeInto(coach, '#coach-focus', 'Confidence in meetings');
		await coach.typeDate('#coach-returnBy', '2026-12-10');
		await typeInto(coach, '#coach-note', 'Ten minutes is plenty.');
		await waitForValue(coach, '#coach-returnBy', '2026-12-10');
		await clickWhenReady(coach, { role: 'button', name: 'Make the link' });
		await waitForTarget(coach, '#coach-link');
		const coachLink = (await valueOf(coach, '#coach-link'))!;
		expect(coachLink).toMatch(/\/worksheets\/grow\/#coach=\d+\./);

		const client = await open();
		await client.goto(coachLink);
		await worksheetReady(client);
		await waitForText(client, '.ws-coach-note', 'Confidence in meetings');
		await waitForText(client, '.ws-coach-note', '10 December 2026');
		await clickWhenReady(client, { role: 'button', name: 'Start this worksheet' });
		await waitForValue(client, '#ws-grow--person', 'Robin');
		await typeInto(client, '#ws-grow-goal', 'Speak up once in every team meeting');
		await client.reload();
		await worksheetReady(client);
		await waitForText(client, '.ws-coach-note', 'Dana');
		await waitForValue(client, '#ws-grow-goal', 'Speak up once in every team meeting');
		await clickWhenReady(client, { role: 'button', name: 'Send back to my coach' });
		await waitForTarget(client, '#ws-grow--link');
		const returnLink = (await valueOf(client, '#ws-grow--link'))!;
		const mailto = await client.evaluate(() => [...document.querySelectorAll('a')].find((a) => a.textContent?.trim() === 'Email the link')?.getAttribute('href') ?? '');
		expect(mailto).toContain(encodeURIComponent(returnLink));

		await coach.goto(returnLink);
		await waitForText(coach, 'body', 'A shared plan, read-only.');
		await waitForValue(coach, '#ws-grow-goal', 'Speak up once in every team meeting');
		await waitForText(coach, '.ws-coach-note', 'Robin');
		await clickWhenReady(coach, { role: 'button', name: 'Save a copy on this device' });
		await waitForSavedPlans(coach, 1);
		const saved = Object.values(await storedPlans(coach));
		expect(saved).toHaveLength(1);
		expect(saved[0]).toMatchObject({ person: 'Robin', answers: { goal: 'Speak up once in every team meeting' }, context: { coach: 'Dana' } });
	});
});
