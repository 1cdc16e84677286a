import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { planToMarkdown } from '../../../../src/plan/codecs/markdown';
import { createRecord } from '../../../../src/plan/record';
import { arbitraryPlan, loadWorksheets } from '../arbitrary-plan';
import { textsFor } from '../../../../src/components/catalogs';

const t = textsFor('en');

const worksheets = loadWorksheets();
const sheet = (id: string) => worksheets.find((w) => w.id === id)!;
const phases = { goal: 'Goal', reality: 'Reality', options: 'Options', will: 'Will' };
const at = new Date('2026-11-24T10:00:00.000Z');

const growPlan = createRecord(
	{ id: 'grow', version: 1 },
	at,
	{
		title: 'Run a 10k',
		person: 'Sam',
		date: '2026-11-24',
		answers: {
			goal: 'Run 10 km in under an hour',
			'goal-why': 'To feel fit again.\nAnd for the hospice.\n\nMostly for me.',
			'reality-tried': ['Running twice a week', '', 'A couch-to-5k app'],
			'will-actions': [
				{ what: 'Book the race | today', by: '2026-12-01', support: 'Jo\nand Kim', done: true },
				{ what: 'Buy shoes', by: '', support: '', done: false },
			],
			'will-commitment': 7,
			'a-retired-question': 'Kept, though the worksheet no longer asks it',
		},
	},
	'abc123',
);

describe('a plan copied as Markdown', () => {
	const markdown = planToMarkdown(growPlan, sheet('grow'), phases, t);
	const blocks = markdown.trim().split('\n\n');

	it('opens with the plan’s title, then the worksheet, person and date', () => {
		expect(blocks[0]).toBe('# Run a 10k');
		expect(blocks[1]).toBe('GROW action plan · For Sam · 24 November 2026');
	});

	it('has a heading per section, in the worksheet’s order', () => {
		expect(markdown.match(/^## .*$/gm)).toEqual([
			'## Goal',
			'## Reality',
			'## Options',
			'## Will',
			'## Answers to questions no longer on this worksheet',
		]);
	});

	it('keeps answers to questions the worksheet no longer asks, at the end', () => {
		expect(markdown.trim().endsWith('**a-retired-question**\n\nKept, though the worksheet no longer asks it')).toBe(true);
	});

	it('shows each field as its bold label followed by the answer', () => {
		expect(markdown).toContain('**What do you want to achieve?**\n\nRun 10 km in under an hour\n\n');
		expect(markdown).toContain('**Why does it matter to you?**\n\nTo feel fit again.  \nAnd for the hospice.\n\nMostly for me.\n\n');
		expect(markdown).toContain('**What have you tried so far?**\n\n- Running twice a week\n- A couch-to-5k app\n\n');
		expect(markdown).toContain('**How committed are you to these actions?**\n\n7 out of 10\n\n');
	});

	it('writes the actions as a table, with pipes and line breaks inside cells made safe', () => {
		expect(markdown).toContain(
			[
				'**Actions**',
				'',
				'| What | By when | Who helps | Done |',
				'| --- | --- | --- | --- |',
				'| Book the race \\| today | 1 December 2026 | Jo<br>and Kim | Yes |',
				'| Buy shoes |   |   | No |',
			].join('\n'),
		);
	});

	it('marks what was not answered', () => {
		expect(markdown).toContain('**What is happening now?**\n\n_(not answered)_');
		const fields = sheet('grow').sections.flatMap((section) => section.fields);
		const answered = fields.filter((field) => field.id in growPlan.answers);
		expect(answered).toHaveLength(5);
		expect(markdown.match(/_\(not answered\)_/g)).toHaveLength(fields.length - answered.length);
	});

	it('shows choices and checklists as ticked and unticked boxes, and SMART goals as sub-bullets', () => {
		const plan = createRecord({ id: 're-grow', version: 1 }, at, {
			answers: {
				'series-goal': { goal: 'Be fit', specific: 'Run 10 km', measurable: '', achievable: '', relevant: '', timeBound: 'March' },
				'series-end': '2027-03-31',
				'evaluate-trend': 'Stalled',
				'will-ready': ['The next session is booked'],
			},
		});
		const md = planToMarkdown(plan, sheet('re-grow'), {}, t);
		expect(md.startsWith('# RE-GROW session log\n\nRE-GROW session log\n\n## The goal of the series')).toBe(true);
		expect(md).toContain('- **Goal:** Be fit\n  - **Specific:** Run 10 km\n  - **Measurable:** _(not answered)_\n');
		expect(md).toContain('  - **Time-bound:** March');
		expect(md).toContain('**When will the series end, or next be reviewed as a whole?**\n\n31 March 2027\n\n');
		expect(md).toContain('- [ ] Up and down\n- [x] Stalled\n- [ ] The goal itself has changed');
		expect(md).toContain('- [ ] I know how I will tell whether each action worked\n- [x] The next session is booked');
	});

	it('shows each review round under its own heading with its answers', () => {
		const plan = createRecord({ id: 're-grow', version: 1 }, at, {
			answers: {
				rounds: [
					{ id: 'r1', date: '2026-11-01', happened: 'First session', evaluation: '', adjustments: '', answers: { 'round-goal': 'Start', 'round-position': 3 } },
					{ id: 'r2', date: '', happened: '', evaluation: 'Better', adjustments: '', answers: { 'round-options': ['Rest more'] } },
				],
			},
		});
		const md = planToMarkdown(plan, sheet('re-grow'), {}, t);
		expect(md).toContain('**Session rounds**\n\n### Round 1 · 1 November 2026\n\n**What happened since the last round?**\n\nFirst session');
		expect(md).toContain('**Goal: what do you want from this session?**\n\nStart');
		expect(md).toContain('**Reality: how close are you to the series goal today?**\n\n3 out of 10');
		expect(md).toContain('### Round 2\n\n');
		expect(md).toContain('**How do you evaluate it? What worked, what did not?**\n\nBetter');
		expect(md).toContain('- Rest more');
	});

	it('keeps what the visitor typed from turning into headings, lists, links or HTML', () => {
		const plan = createRecord({ id: 'grow', version: 1 }, at, {
			title: '# Not a heading',
			answers: {
				goal: '<script>alert(1)</script> [click](http://evil.example) **bold** &amp;',
				'goal-why': '## fake section\n- fake bullet\n1. fake item\n> quote\n---\n    code block',
				'reality-tried': ['# heading in a list', 'two\nlines'],
			},
		});
		const md = planToMarkdown(plan, sheet('grow'), phases, t);
		expect(md.match(/^#{1,6} .*$/gm)).toEqual(['# \\# Not a heading', '## Goal', '## Reality', '## Options', '## Will']);
		expect(md).toContain('\\<script\\>alert(1)\\</script\\> \\[click\\](http://evil.example) \\*\\*bold\\*\\* \\&amp;');
		expect(md).toContain('\\## fake section  \n\\- fake bullet  \n1\\. fake item  \n\\> quote  \n\\---  \ncode block');
		expect(md).toContain('- \\# heading in a list\n- two  \n  lines');
		expect(md).not.toMatch(/(^|[^\\])<script/);
	});

	for (const worksheet of worksheets)
		it(`never lets a ${worksheet.id} answer add a heading or a raw HTML tag`, () => {
			const headings = (md: string) => md.match(/^#{1,6} .*$/gm) ?? [];
			const blank = planToMarkdown(createRecord(worksheet, at), worksheet, phases, t);
			fc.assert(
				fc.property(arbitraryPlan(worksheet), (plan) => {
					const md = planToMarkdown({ ...plan, title: '' }, worksheet, phases, t);
					expect(headings(md).filter((h) => !h.startsWith('### Round'))).toEqual(headings(blank));
					expect(md).not.toMatch(/(^|[^\\])<(?!br>)[a-z/!]/im);
				}),
				{ numRuns: 50 },
			);
		});
});

describe('the questions added in GROW 4, IGROW 2 and CLEAR 3', () => {
	it.each([
		['grow', { 'reality-position': 3 }, ['**How close are you to your goal today?**', '3 out of 10']],
		['igrow', { 'will-link': 'The team writes the rules' }, ['**How will these actions help with the issue or purpose you named at the start?**', 'The team writes the rules']],
		[
			'clear',
			{ 'review-takeaway': 'Ask the team first', 'review-session-feedback': 'Fewer scales' },
			['**What are you taking away from this session, and what have you decided?**', 'Ask the team first', 'Fewer scales'],
		],
	] as const)('copies the %s answers with their questions', (id, answers, expected) => {
		const markdown = planToMarkdown(createRecord(sheet(id), at, { title: 'T', answers: { ...answers } }), sheet(id), {}, t);
		for (const part of expected) expect(markdown).toContain(part);
	});
});
