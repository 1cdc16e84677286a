import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { calendarFileName, planToIcs } from '../../../../src/plan/codecs/calendar';
import { createRecord, type PlanRecord } from '../../../../src/plan/record';
import { isValueOf } from '../../../../src/plan/answers/values';
import type { WorksheetDefinition } from '../../../../src/schemas/worksheet';
import { arbitraryPlan, loadWorksheets } from '../arbitrary-plan';
import { textsFor } from '../../../../src/components/catalogs';

const t = textsFor('en');

const worksheets = loadWorksheets();
const sheet = (id: string) => worksheets.find((w) => w.id === id)!;
const at = new Date('2026-11-24T10:00:00.000Z');
/** A review round with only its date and its own answers filled. */
const round = (id: string, date: string, answers: Record<string, unknown>) => ({ id, date, happened: '', evaluation: '', adjustments: '', answers });

interface ParsedEvent {
	start: string;
	end: string;
	summary: string;
	description: string;
	uid: string;
	/** The TRIGGER of each reminder (VALARM) inside the event. */
	alarms: string[];
}

/** Reads events back out of .ics text: unfolds lines, then picks the properties we write. */
function parseIcs(text: string): ParsedEvent[] {
	const lines = text.replace(/\r\n[ \t]/g, '').split('\r\n');
	const events: ParsedEvent[] = [];
	let current: Partial<ParsedEvent> | null = null;
	let inAlarm = false;
	const unescape = (value: string) => value.replace(/\\n/gi, '\n').replace(/\\([,;\\])/g, '$1');
	for (const line of lines) {
		if (line === 'BEGIN:VEVENT') current = { alarms: [] };
		else if (line === 'BEGIN:VALARM') inAlarm = true;
		else if (line === 'END:VALARM') inAlarm = false;
		else if (inAlarm && current) {
			if (line.startsWith('TRIGGER')) current.alarms!.push(line.slice(line.indexOf(':') + 1));
		} else if (line === 'END:VEVENT' && current) {
			events.push(current as ParsedEvent);
			current = null;
		} else if (current) {
			const [, name, value] = /^([A-Z-]+(?:;[^:]*)?):(.*)$/.exec(line) ?? [];
			if (name === 'DTSTART;VALUE=DATE') current.start = value;
			if (name === 'DTEND;VALUE=DATE') current.end = value;
			if (name === 'SUMMARY') current.summary = unescape(value);
			if (name === 'DESCRIPTION') current.description = unescape(value);
			if (name === 'UID') current.uid = value;
		}
	}
	return events;
}

const growPlan = createRecord(
	{ id: 'grow', version: 1 },
	at,
	{
		title: 'Run a 10k',
		answers: {
			'will-actions': [
				{ what: 'Book the race; pay, too', by: '2026-12-01', support: 'Jo', done: false },
				{ what: 'Buy shoes', by: '', support: '', done: false },
				{ what: 'Run a 5k\nfirst', by: '2026-12-31', support: '', done: true },
				{ what: 'Leap day', by: '2027-02-29', support: '', done: false },
			],
		},
	},
	'abc123',
);

function expectEvents(result: ReturnType<typeof planToIcs>): ParsedEvent[] {
	expect(result.ok).toBe(true);
	if (!result.ok) return [];
	expect(result.text.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
	expect(result.text.endsWith('END:VCALENDAR\r\n')).toBe(true);
	return parseIcs(result.text);
}

describe('a plan’s dates as a calendar file', () => {
	it('has an all-day event on the day of each dated action, titled with what to do', () => {
		const events = expectEvents(planToIcs(growPlan, sheet('grow'), t));
		expect(events.map(({ start, end, summary }) => ({ start, end, summary }))).toEqual([
			{ start: '20261201', end: '20261202', summary: 'Book the race; pay, too' },
			{ start: '20261231', end: '20270101', summary: 'Run a 5k\nfirst' },
		]);
		expect(events[0].description).toBe('Who helps: Jo\nFrom the plan “Run a 10k” (GROW action plan) in Coaching Workbook.');
		expect(events[1].description).toContain('Done.');
	});

	it('has an event for each date field and each dated review round, titled with its label', () => {
		const plan = createRecord({ id: 're-grow', version: 1 }, at, {
			answers: {
				'series-end': '2027-03-31',
				rounds: [
					round('r1', '2026-11-01', {
						'round-will': [{ what: 'Call the bank', by: '2026-11-08', support: '', done: false }],
						'round-next-session': '2026-11-15',
					}),
					round('r2', '', {}),
				],
			},
		});
		const events = expectEvents(planToIcs(plan, sheet('re-grow'), t, 'My Workbook'));
		expect(events.map(({ start, summary }) => [start, summary])).toEqual([
			['20270331', 'When will the series end, or next be reviewed as a whole?'],
			['20261101', 'Session rounds: round 1'],
			['20261108', 'Round 1: Call the bank'],
			['20261115', 'Round 1: When is the next session?'],
		]);
		expect(events[0].description).toBe('From the plan “RE-GROW session log” (RE-GROW session log) in My Workbook.');
	});

	it('read back, has one reminder per dated item, at 9 in the morning the day before', () => {
		const plan = createRecord({ id: 're-grow', version: 2 }, at, {
			answers: {
				'series-end': '2027-03-31',
				rounds: [
					round('r1', '2026-11-01', {
						'round-will': [
							{ what: 'Call the bank', by: '2026-11-08', support: '', done: false },
							{ what: 'No date yet', by: '', support: '', done: false },
						],
						'round-next-session': '2026-11-15',
					}),
				],
			},
		});
		const events = expectEvents(planToIcs(plan, sheet('re-grow'), t));
		// The series end, the round's date, one dated action and the next session: four dated items.
		expect(events).toHaveLength(4);
		for (const event of events) expect(event.alarms).toEqual(['-PT15H']);
	});

	it('gives each event a UID that stays the same, so importing again updates rather than duplicates', () => {
		const first = expectEvents(planToIcs(growPlan, sheet('grow'), t)).map((e) => e.uid);
		const again = expectEvents(planToIcs(growPlan, sheet('grow'), t)).map((e) => e.uid);
		expect(first).toEqual(again);
		expect(new Set(first).size).toBe(first.length);
		for (const uid of first) expect(uid).toMatch(/^[A-Za-z0-9-]+@coaching-workbook$/);
	});

	it('a plan without dates gets a message instead of an empty calendar', () => {
		const result = planToIcs(createRecord({ id: 'grow', version: 1 }, at), sheet('grow'), t);
		expect(result.ok).toBe(false);
		expect(!result.ok && result.message).toMatch('no dates yet');
	});

	it('is named like the plan file', () => {
		expect(calendarFileName({ ...growPlan, date: '2026-11-24' })).toBe('grow-run-a-10k-2026-11-24.ics');
	});

	/** Every date the plan holds that the calendar should show. */
	function datesOf(plan: PlanRecord, definition: WorksheetDefinition): string[] {
		const dates: string[] = [];
		for (const field of definition.sections.flatMap((section) => section.fields)) {
			const value = plan.answers[field.id];
			if (field.kind === 'date' && isValueOf('date', value) && value) dates.push(value);
			if (field.kind === 'actions' && isValueOf('actions', value)) for (const row of value) if (row.by) dates.push(row.by);
			if (field.kind === 'reviews' && isValueOf('reviews', value))
				for (const round of value) {
					if (round.date) dates.push(round.date);
					for (const inner of field.fields) {
						const answer = round.answers[inner.id];
						if (inner.kind === 'date' && typeof answer === 'string' && answer) dates.push(answer);
						if (inner.kind === 'actions' && isValueOf('actions', answer)) for (const row of answer) if (row.by) dates.push(row.by);
					}
				}
		}
		return dates.map((date) => date.replaceAll('-', ''));
	}

	for (const definition of worksheets)
		it(`holds every date of any ${definition.id} plan, and only those`, () => {
			fc.assert(
				fc.property(arbitraryPlan(definition), (plan) => {
					const expected = datesOf(plan, definition);
					const result = planToIcs(plan, definition, t);
					if (!expected.length) {
						expect(result.ok).toBe(false);
						return;
					}
					const events = expectEvents(result);
					expect(events.map((e) => e.start)).toEqual(expected);
					expect(events.map((e) => e.alarms.length)).toEqual(expected.map(() => 1));
					// Whatever was typed, every line is a property or a folded continuation.
					if (result.ok) for (const line of result.text.split('\r\n').slice(0, -1)) expect(line).toMatch(/^([A-Z-]+[;:]|[ \t])/);
				}),
				{ numRuns: 50 },
			);
		});
});
