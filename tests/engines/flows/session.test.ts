import { expect } from 'vitest';
import { clickWhenReady, forEachEngine, storedPlans, textValues, typeInto, waitForTarget, waitForValue, waitUntil, worksheetReady, type Session } from '../driver';

const TITLE = 'Speak up in meetings';
const PERSON = 'Dana';

/** One answer typed in each GROW phase, in the session's order. */
const PHASES: { step: string; selector: string; text: string }[] = [
	{ step: 'goal', selector: '#ss-grow-goal', text: 'Speak up once in every team meeting' },
	{ step: 'reality', selector: '#ss-grow-reality-now', text: 'I stay quiet when the senior people talk first.' },
	{ step: 'options', selector: '#ss-grow-options-chosen', text: 'Prepare one point before each meeting' },
	{ step: 'will', selector: '#ss-grow-will-check', text: 'Tick it off in my notebook after each meeting' },
];
/** The close's answers, which go into the session's session-close plan. */
const CLOSE: { selector: string; field: string; text: string }[] = [
	{ selector: '#ss-session-close-session-aim', field: 'session-aim', text: 'Find one small step for Monday' },
	{ selector: '#ss-session-close-closing-takeaway', field: 'closing-takeaway', text: 'One prepared point makes it easier to start' },
];

const onStep = (s: Session, step: string) => waitForTarget(s, `.session[data-step="${step}"]`);

/** Presses a control with the keyboard, as a coach tabbing through the screen does. */
async function press(s: Session, selector: string, key: 'Enter' | 'Space' = 'Enter') {
	await s.focus(selector);
	await s.press(key);
}

forEachEngine(({ test }) => {
	test('a GROW session walks from its start through every phase and the close to the summary, and the worksheet page shows its answers after a reload', async (open) => {
		const s = await open();
		await s.goto('/session/grow/');
		await waitForTarget(s, '.session[data-ready="true"]', 20_000);
		await typeInto(s, '#session-title', TITLE);
		await typeInto(s, '#session-person', PERSON);
		await press(s, '#session-length-30', 'Space');
		await press(s, '.session-start');

		for (const { step, selector, text } of PHASES) {
			await onStep(s, step);
			await typeInto(s, selector, text);
			await press(s, '.session-moves .ws-primary');
		}
		await onStep(s, '@close');
		for (const { selector, text } of CLOSE) await typeInto(s, selector, text);
		await press(s, '.session-moves .ws-primary');
		await onStep(s, '@summary');

		// The session's plan, and its close plan, as stored.
		const plans = Object.values(await storedPlans(s));
		const plan = plans.find((p) => p.worksheet === 'grow')!;
		expect(plan).toMatchObject({ title: TITLE, person: PERSON });
		for (const { selector, text } of PHASES) expect(plan.answers[selector.replace('#ss-grow-', '')]).toBe(text);
		const closePlan = plans.find((p) => p.worksheet === 'session-close')!;
		expect(closePlan.title).toBe(`Session close: ${TITLE}`);
		for (const { field, text } of CLOSE) expect(closePlan.answers[field]).toBe(text);
		const record = await s.evaluate(() => Object.entries(localStorage).find(([key]) => key.startsWith('cw:session:'))?.[1] ?? 'null');
		expect(JSON.parse(record)).toMatchObject({ plan: plan.id, closePlan: closePlan.id, length: 30, ended: expect.any(String) });

		// The worksheet page shows the same plan, after a reload too.
		await clickWhenReady(s, { role: 'link', name: 'Open the worksheet page', within: '.session-summary-buttons' });
		await waitUntil(s, 'the worksheet page', () => location.pathname.endsWith('/worksheets/grow/'), []);
		await s.reload();
		await worksheetReady(s);
		await waitForValue(s, '#ws-grow--title', TITLE);
		expect(await s.evaluate(() => localStorage.getItem('cw:active:grow'))).toBe(plan.id);
		expect(await s.evaluate(() => (document.querySelector('#ws-grow--person') as HTMLInputElement).value)).toBe(PERSON);
		const shown = await textValues(s);
		for (const { text } of PHASES) expect(shown, text).toContain(text);

		// The close's answers are on the session-close worksheet, this profile's only plan of it.
		await s.goto('/worksheets/session-close/');
		await worksheetReady(s);
		await waitForValue(s, '#ws-session-close--title', `Session close: ${TITLE}`);
		const closeShown = await textValues(s);
		for (const { text } of CLOSE) expect(closeShown, text).toContain(text);
	}, 240_000);
});
