/**
 * The Markdown and the calendar file read back by real parsers (markdown-it, ical.js): whatever a
 * visitor typed, the structure is exactly what the site meant and every value comes back as typed.
 */
import fc from 'fast-check';
import ICAL from 'ical.js';
import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import { planToMarkdown } from '../../../../src/plan/codecs/markdown';
import { planToIcs } from '../../../../src/plan/codecs/calendar';
import { createRecord } from '../../../../src/plan/record';
import { arbitraryPlan, day, loadWorksheets, text } from '../arbitrary-plan';
import { textsFor } from '../../../../src/components/catalogs';

const t = textsFor('en');

const worksheets = loadWorksheets();
const grow = worksheets.find((sheet) => sheet.id === 'grow')!;
const at = new Date('2026-11-24T10:00:00.000Z');
const md = new MarkdownIt({ html: true });
// X-WR-CALNAME is text (RFC 7986's NAME's forerunner); ical.js leaves unknown x-properties unescaped.
(ICAL.design.icalendar.property as Record<string, unknown>)['x-wr-calname'] = { defaultType: 'text' };

/** The text markdown-it reads in a heading or paragraph token's inline children. */
const inlineText = (token: { children: { type: string; content: string }[] | null }) =>
	(token.children ?? []).map((child) => (child.type === 'text' ? child.content : '')).join('');

/** The headings markdown-it finds, as `level text`. */
function headings(markdown: string): string[] {
	const tokens = md.parse(markdown, {});
	return tokens.flatMap((token, i) => (token.type === 'heading_open' ? [`${token.tag} ${tokens[i + 1].content}`] : []));
}
/** Every token type markdown-it finds, inline ones included; the `<br>` the site writes in table cells aside. */
const kinds = (markdown: string) =>
	new Set(
		md
			.parse(markdown, {})
			.flatMap((token) => [token, ...(token.children ?? [])])
			.filter((token) => !(token.type === 'html_inline' && token.content === '<br>'))
			.map((token) => token.type),
	);

/** What the calendar text says, read by ical.js. */
function readIcs(ics: string) {
	const calendar = new ICAL.Component(ICAL.parse(ics));
	return {
		name: calendar.getFirstPropertyValue('x-wr-calname') as string,
		events: calendar.getAllSubcomponents('vevent').map((event) => ({
			summary: event.getFirstPropertyValue('summary') as string,
			description: event.getFirstPropertyValue('description') as string,
			alarm: event.getFirstSubcomponent('valarm')?.getFirstPropertyValue('description') as string,
		})),
	};
}

/** The calendar's cleaning of a value: line breaks as `\n`, control characters dropped, trimmed. */
const cleaned = (value: string) => value.replace(/\r\n?/g, '\n').replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '').trim();

describe('Markdown read by markdown-it', () => {
	it('keeps a date that tries to add a heading as inert text', () => {
		const plan = { ...createRecord(grow, at, { title: 'Plan' }), date: '2026-01-01\n\n# INJECTED HEADING' };
		const markdown = planToMarkdown(plan, grow, {}, t);
		expect(headings(markdown).some((heading) => heading.includes('INJECTED'))).toBe(false);
	});

	for (const sheet of worksheets)
		it(`gives ${sheet.id} plans exactly the site's headings, and no HTML, links or code from answers`, () => {
			const blank = headings(planToMarkdown(createRecord(sheet, at, { title: 'T' }), sheet, {}, t));
			fc.assert(
				fc.property(arbitraryPlan(sheet), (plan) => {
					const markdown = planToMarkdown({ ...plan, title: 'T' }, sheet, {}, t);
					const found = headings(markdown).filter((heading) => !heading.startsWith('h3 Round'));
					expect(found).toEqual(blank);
					for (const kind of ['html_block', 'html_inline', 'link_open', 'code_block', 'code_inline', 'fence', 'image', 'blockquote_open', 'hr'])
						expect(kinds(markdown).has(kind), kind).toBe(false);
				}),
				{ numRuns: 60 },
			);
		});

	it('gives back a title of any text as the first heading, one line', () => {
		fc.assert(
			fc.property(text, (title) => {
				const tokens = md.parse(planToMarkdown(createRecord(grow, at, { title: `x ${title}` }), grow, {}, t), {});
				const first = `${tokens[0].tag} ${inlineText(tokens[1])}`;
				const expected = `x ${title}`.replace(/\r\n?/g, '\n').split('\n').map((line) => line.trim()).filter(Boolean).join(' ');
				// Runs of spaces are the same text to a reader (and to Markdown).
				const spaces = (value: string) => value.replace(/[ \t]+/g, ' ');
				expect(spaces(first)).toBe(spaces(`h1 ${expected.replace(/\0/g, '\uFFFD')}`));
			}),
			{ numRuns: 500 },
		);
	});
});

describe('the calendar file read by ical.js', () => {
	it('gives back every text value as typed: plan name, action, helper and reminder', () => {
		fc.assert(
			fc.property(text, text, text, day, (title, what, support, by) => {
				fc.pre(cleaned(title) !== '' && cleaned(what) !== '');
				const plan = createRecord(grow, at, { title, answers: { 'will-actions': [{ what, by, support, done: false }] } });
				const result = planToIcs(plan, grow, t);
				expect(result.ok).toBe(true);
				if (!result.ok) return;
				const read = readIcs(result.text);
				expect(read.name).toBe(cleaned(title));
				expect(read.events).toHaveLength(1);
				expect(read.events[0].summary).toBe(cleaned(what));
				expect(read.events[0].alarm).toBe(`Tomorrow: ${cleaned(what)}`);
				const helper = support.trim() ? [cleaned(`Who helps: ${support}`)] : [];
				expect(read.events[0].description).toBe([...helper, `From the plan “${cleaned(title)}” (${grow.title}) in Coaching Workbook.`].join('\n'));
			}),
			{ numRuns: 1000 },
		);
	});

	it('escapes a backslash before a line break, a semicolon and a comma in the name and the reminder', () => {
		const title = 'a\\\nb; c, d';
		const plan = createRecord(grow, at, { title, answers: { 'will-actions': [{ what: title, by: '2026-12-01', support: '', done: false }] } });
		const result = planToIcs(plan, grow, t);
		if (!result.ok) throw new Error(result.message);
		const read = readIcs(result.text);
		expect(read.name).toBe(title);
		expect(read.events[0].alarm).toBe(`Tomorrow: ${title}`);
	});
});
