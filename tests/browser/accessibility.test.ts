import { readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { Result } from 'axe-core';
import { launch, seedStorage, siteUrl, worksheetReady } from './support';
import { fillWorksheet, loadWorksheet } from './worksheet-filler';

const require = createRequire(import.meta.url);
const axePath = require.resolve('axe-core/axe.min.js');
const dist = fileURLToPath(new URL('../../dist', import.meta.url));

/** Every page of the built site as a visitor's address: each `index.html` (search index excluded) and the 404 page. */
function builtPages(dir = dist): string[] {
	const pages: string[] = [];
	for (const name of readdirSync(dir)) {
		const full = join(dir, name);
		if (statSync(full).isDirectory()) {
			if (dir === dist && (name === 'pagefind' || name === '_astro' || name === '404')) continue;
			pages.push(...builtPages(full));
		} else if (name === 'index.html') {
			const path = relative(dist, dir).split(sep).join('/');
			pages.push(path ? `/${path}/` : '/');
		}
	}
	if (dir === dist) pages.push('/404.html');
	return pages.sort();
}

/**
 * Every English page, and one Spanish page of each type: a Spanish page has the same template and
 * components as its English twin, only other words, so its type is what axe needs to see (all 113
 * would double the run on a two-core machine).
 */
const SPANISH_TYPES = [
	'/es/',
	'/es/grow/',
	'/es/grow/goal/',
	'/es/icf-competency-8/8-7/',
	'/es/stairway/',
	'/es/worksheets/grow/',
	'/es/worksheets/re-grow/',
	'/es/worksheets/grow/blank/',
	'/es/plans/',
	'/es/coach/',
	'/es/session/grow/',
	'/es/practice/',
	'/es/practice/quiz/grow/',
	'/es/compare/',
	'/es/questions/',
	'/es/glossary/',
	'/es/sources/',
	'/es/a-whole-session/',
	'/es/404/',
];
const allPages = [...builtPages().filter((page) => !page.startsWith('/es/')), ...SPANISH_TYPES];

/**
 * Light at 1280 px and dark at 390 px check every page. Dark at 1280 px and light at 390 px check one page
 * of each template instead: the home page, a phase page, every model's overview, every worksheet and its
 * blank copy, plans, compare, glossary, sources and 404. All four over every page (about 365 checks) would take
 * over six minutes on a two-core machine; this choice (about 255) still covers each theme at each width.
 */
const modelOverviews = allPages.filter((p) => /^\/[^/]+\/$/.test(p) && allPages.some((q) => q !== p && q.startsWith(p)) && p !== '/worksheets/' && !SPANISH_TYPES.includes(p));
const representative = [
	'/',
	'/grow/goal/',
	...modelOverviews,
	...allPages.filter((p) => p.startsWith('/worksheets/')),
	'/plans/',
	'/compare/',
	'/glossary/',
	'/sources/',
	'/404.html',
	...SPANISH_TYPES,
];

type Theme = 'light' | 'dark';
/**
 * The rules whose result a theme can change: the colours of text and links. A theme changes nothing
 * else axe reads that the same theme at the other width does not also show, so the two combinations
 * that repeat a width in the other theme run these alone; light at 1280 px and dark at 390 px run every rule.
 */
const THEME_RULES = ['color-contrast', 'link-in-text-block'];
const combos: { theme: Theme; width: number; pages: string[]; rules?: string[] }[] = [
	{ theme: 'light', width: 1280, pages: allPages },
	{ theme: 'dark', width: 390, pages: allPages },
	{ theme: 'dark', width: 1280, pages: representative, rules: THEME_RULES },
	{ theme: 'light', width: 390, pages: representative, rules: THEME_RULES },
];

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];

let browser: Browser;
beforeAll(async () => {
	browser = await launch();
});
afterAll(() => browser?.close());

/** A context whose pages render in `theme` (Starlight reads its choice from localStorage before painting). */
async function themedContext(theme: Theme, width: number): Promise<BrowserContext> {
	const context = await browser.newContext({
		serviceWorkers: 'block',
		viewport: { width, height: 900 },
		colorScheme: theme,
		locale: 'en-US',
	});
	await context.addInitScript((value) => {
		try {
			localStorage.setItem('starlight-theme', value);
		} catch {
			// Storage refused: colorScheme still picks the theme.
		}
	}, theme);
	// axe-core goes in as an init script: it is not subject to the site's Content-Security-Policy, and it
	// costs about a third less per page than injecting a script tag after load.
	await context.addInitScript({ path: axePath });
	return context;
}

/** Opens a page, checks it really is in `theme`, and waits for its islands to hydrate. */
async function openThemed(page: Page, path: string, theme: Theme) {
	await page.goto(new URL(path.replace(/^\//, ''), siteUrl()).href, { waitUntil: 'load' });
	await expect.poll(() => page.evaluate(() => document.documentElement.dataset.theme)).toBe(theme);
	if (await page.locator('.worksheet').count()) await worksheetReady(page);
	if (await page.locator('.plans-list').count()) await page.locator('.plans-list[data-ready="true"]').waitFor();
}

/**
 * Runs axe-core on the whole document with the WCAG 2.1 A/AA and best-practice rules (or only `rules`);
 * returns every violation, with no exceptions.
 */
async function axe(page: Page, rules?: string[]): Promise<Result[]> {
	const results = await page.evaluate(
		// Only violations are read, so axe need not collect every passing node.
		([tags, only]) =>
			(window as unknown as { axe: typeof import('axe-core') }).axe.run(document, {
				runOnly: only ? { type: 'rule', values: only } : tags,
				resultTypes: ['violations'],
			}),
		[TAGS, rules ?? null] as const,
	);
	return results.violations;
}

/** One line per failing element: rule, impact, selector and what to fix, so a failure reads without a debugger. */
function describeViolations(violations: Result[]): string {
	return violations
		.map((v) =>
			[
				`${v.id} (${v.impact}): ${v.help}`,
				`  ${v.helpUrl}`,
				...v.nodes.map((node) => `  - ${node.target.join(' ')}\n    ${node.failureSummary?.replace(/\n/g, '\n    ')}`),
			].join('\n'),
		)
		.join('\n');
}

for (const { theme, width, pages, rules } of combos)
	describe(`every page in the ${theme} theme at ${width} px`, () => {
		let context: BrowserContext;
		let page: Page;
		beforeAll(async () => {
			context = await themedContext(theme, width);
			page = await context.newPage();
		});
		afterAll(() => context?.close());

		for (const path of pages)
			it(`${path} has no axe violations`, async () => {
				await openThemed(page, path, theme);
				const violations = await axe(page, rules);
				expect(violations, `${path} (${theme}, ${width} px${rules ? `, ${rules.join(', ')}` : ''}):\n${describeViolations(violations)}`).toHaveLength(0);
			});
	});

describe('a worksheet with answers in it', () => {
	it('has no axe violations in the dark theme at 390 px, nor does the plans list that shows it', async () => {
		const context = await themedContext('dark', 390);
		const page = await context.newPage();
		// The CLEAR worksheet has every field kind; filling it by keyboard adds list items, an action row
		// and a review round, and brings up the SMART hints and "Clear rating" buttons.
		await openThemed(page, '/worksheets/clear/', 'dark');
		await fillWorksheet(page, 'clear', loadWorksheet('clear'));
		await expect.poll(() => page.locator('.ws-save').textContent()).toBe('Saved on this device');
		const filled = await axe(page);
		expect(filled, `filled worksheet:\n${describeViolations(filled)}`).toHaveLength(0);

		await openThemed(page, '/plans/', 'dark');
		await page.locator('.plans-table').waitFor();
		const plans = await axe(page);
		expect(plans, `plans list with a plan:\n${describeViolations(plans)}`).toHaveLength(0);
		await context.close();
	}, 120_000); // Filling every field of CLEAR by keyboard takes about half a minute on a busy machine.
});

describe('My plans while it reads the stored plans', () => {
	// The tools and footer wait unseen under the "looking" line (ReadingPlans.astro); the record checks are held back so the page stays so.
	it.each(['light', 'dark'] as const)('has no axe violations in the %s theme at 390 px', async (theme) => {
		const context = await themedContext(theme, 390);
		await seedStorage(context, { 'cw:plan:read0': JSON.stringify({ format: 1, id: 'read0', worksheet: 'grow', worksheetVersion: 3, title: 'Plan 0', person: '', date: '', created: '2026-01-01T00:00:00.000Z', updated: '2026-01-01T00:00:00.000Z', answers: {}, edited: {} }) });
		const page = await context.newPage();
		await page.route(/plan-checks/, () => {});
		await page.goto(new URL('plans/', siteUrl()).href, { waitUntil: 'load' });
		await expect(page.evaluate(() => 'readingPlans' in document.documentElement.dataset)).resolves.toBe(true);
		await expect.poll(() => page.locator('.plans-empty').textContent()).toContain('Looking for the plans');
		await expect(page.locator('#plans-tools').evaluate((tools) => getComputedStyle(tools).visibility)).resolves.toBe('hidden');
		const reading = await axe(page);
		expect(reading, `My plans while reading (${theme}):\n${describeViolations(reading)}`).toHaveLength(0);
		await context.close();
	});
});

describe('a worksheet whose words did not arrive', () => {
	// The island's texts come in a file of their own (Island.astro); without them its form cannot save.
	it.each([
		['light', '/worksheets/grow/', 'This part of the page did not load.'],
		['dark', '/es/worksheets/grow/', 'Esta parte de la página no se cargó.'],
	] as const)('says so in an alert, in the page language, with no axe violations (%s, 390 px)', async (theme, path, text) => {
		const context = await themedContext(theme, 390);
		const page = await context.newPage();
		let asked = 0;
		await page.route(/\/words\/worksheet\.json/, (route) => {
			asked += 1;
			return route.abort('internetdisconnected');
		});
		await page.goto(new URL(path.replace(/^\//, ''), siteUrl()).href, { waitUntil: 'load' });
		const alert = page.getByRole('alert').filter({ hasText: text });
		await alert.waitFor();
		expect(asked).toBe(2); // the preload's request answered the first fetch; the retry asked once more
		await expect.poll(() => page.locator('.worksheet[data-ready="true"]').count()).toBe(0);
		const failed = await axe(page);
		expect(failed, `words not arrived (${theme}):\n${describeViolations(failed)}`).toHaveLength(0);
		await context.close();
	});

	it('hydrates when the second try brings them, with no alert', async () => {
		const context = await themedContext('light', 390);
		const page = await context.newPage();
		let asked = 0;
		await page.route(/\/words\/worksheet\.json/, (route) => (++asked === 1 ? route.abort('connectionreset') : route.continue()));
		await page.goto(new URL('worksheets/grow/', siteUrl()).href, { waitUntil: 'load' });
		await worksheetReady(page);
		expect(asked).toBe(2);
		await expect.poll(() => page.locator('.island-failed').isVisible()).toBe(false);
		await context.close();
	});
});

describe('the states a link brings a visitor to', () => {
	// Each state once per theme and width: an opened coach link, a private link's passphrase prompt
	// (before and after a wrong try), a refused link, and a pasted link previewed on My plans.
	const states: { name: string; open: (page: Page) => Promise<void> }[] = [
		{
			name: 'an opened coach link',
			open: async (page) => {
				const { encodeSharePayload } = await import('../../src/plan/link');
				const data = await encodeSharePayload({ worksheet: 'grow', context: { client: 'Robin', coach: 'Dana', focus: 'Meetings', returnBy: '2026-12-10', note: 'Ten minutes.' } });
				await page.goto(new URL(`worksheets/grow/#coach=${data}`, siteUrl()).href);
				await page.locator('.ws-coach-arrival').waitFor();
			},
		},
		{
			name: 'a private link’s passphrase prompt after a wrong try',
			open: async (page) => {
				const { encodeSharePayload, encryptLinkData } = await import('../../src/plan/link');
				const data = await encryptLinkData(await encodeSharePayload({ worksheet: 'grow', context: { coach: 'Dana' } }), 'blue heron at dawn');
				await page.goto(new URL(`worksheets/grow/#coach=${data}`, siteUrl()).href);
				await page.getByLabel('Passphrase', { exact: true }).fill('wrong passphrase');
				await page.getByRole('button', { name: 'Unlock' }).click();
				await page.getByText('That passphrase does not open this link.').waitFor({ timeout: 30_000 });
			},
		},
		{
			name: 'a refused link',
			open: async (page) => {
				await page.goto(new URL('worksheets/grow/#plan=2.AAAA', siteUrl()).href);
				await page.locator('.ws-banner-error').waitFor();
			},
		},
		{
			name: 'a pasted link previewed on My plans',
			open: async (page) => {
				const { encodeSharePayload } = await import('../../src/plan/link');
				const { createRecord } = await import('../../src/plan/record');
				const plan = createRecord({ id: 'grow', version: 3 }, new Date('2026-11-24T10:00:00Z'), { title: 'Pasted', answers: { goal: 'Run' } });
				await openThemed(page, '/plans/', (await page.evaluate(() => document.documentElement.dataset.theme)) as Theme);
				await page.getByLabel('Paste a share link or a coach’s link').fill(`${siteUrl()}worksheets/grow/#plan=${await encodeSharePayload({ plan, worksheet: 'grow' })}`);
				await page.getByRole('button', { name: 'Open the link' }).click();
				await page.getByRole('button', { name: 'Save a copy on this device' }).waitFor();
			},
		},
		{
			name: 'a returned plan, read-only',
			open: async (page) => {
				const { encodeSharePayload } = await import('../../src/plan/link');
				const { createRecord } = await import('../../src/plan/record');
				const plan = createRecord({ id: 'grow', version: 3 }, new Date('2026-11-24T10:00:00Z'), {
					title: 'Returned',
					person: 'Robin',
					answers: { goal: 'Speak up' },
					context: { coach: 'Dana', note: 'Ten minutes.' },
				});
				await page.goto(new URL(`worksheets/grow/#plan=${await encodeSharePayload({ plan, worksheet: 'grow', context: plan.context })}`, siteUrl()).href);
				await page.getByText('A shared plan, read-only.').waitFor();
			},
		},
		{
			name: 'a client’s reply offered for merging into the coach’s plan',
			open: async (page) => {
				const { encodeSharePayload } = await import('../../src/plan/link');
				const { createRecord } = await import('../../src/plan/record');
				const mine = createRecord({ id: 'grow', version: 4 }, new Date('2026-11-20T10:00:00Z'), { title: 'Meetings', person: 'Robin', answers: { goal: 'Speak up' } });
				await page.evaluate((record) => localStorage.setItem(`cw:plan:${record.id}`, JSON.stringify(record)), mine);
				const reply = createRecord({ id: 'grow', version: 4 }, new Date('2026-11-24T10:00:00Z'), {
					person: 'Robin',
					answers: { goal: 'Speak up once a meeting', 'reality-now': 'I stay quiet' },
					context: { client: 'Robin', coach: 'Dana', plan: mine.id },
				});
				await page.goto(new URL(`worksheets/grow/#plan=${await encodeSharePayload({ plan: reply, worksheet: 'grow', context: reply.context })}`, siteUrl()).href);
				await page.getByRole('button', { name: 'Merge into “Meetings”' }).waitFor();
			},
		},
		{
			name: 'a damaged-plan notice, and My plans with a client’s file and a passphrase made for a move',
			open: async (page) => {
				await page.evaluate(() => {
					localStorage.setItem('cw:plan:k1', '{"format":1,"id":"k1","worksheet":"grow","answ');
					const at = '2026-11-24T10:00:00.000Z';
					const plan = { format: 1, id: 'p1', worksheet: 'grow', worksheetVersion: 3, title: 'Meetings', person: 'Robin', date: '', created: at, updated: at, answers: { goal: 'Speak up', 'will-commitment': 8 }, edited: {} };
					localStorage.setItem('cw:plan:p1', JSON.stringify(plan));
					const session = { format: 1, id: 's1', model: 'grow', worksheet: 'grow', plan: 'p1', length: 45, step: '@summary', running: null, spent: { goal: 600000 }, asked: {}, notes: 'Tired today.', created: at, updated: at, ended: at };
					localStorage.setItem('cw:session:s1', JSON.stringify(session));
				});
				await page.goto(new URL('worksheets/grow/', siteUrl()).href);
				await page.locator('.ws-damaged').waitFor();
				const violations = await axe(page);
				expect(violations, `damaged-plan notice:\n${describeViolations(violations)}`).toHaveLength(0);
				await page.goto(new URL('plans/', siteUrl()).href);
				await page.locator('.plans-sessions').waitFor();
				await page.locator('.plans-sessions summary').click();
				// Moving to another device, with a passphrase made for the visitor.
				await page.getByRole('button', { name: 'Make a passphrase for me' }).click();
				await page.getByRole('button', { name: 'Copy passphrase' }).waitFor();
			},
		},
	];
	for (const theme of ['light', 'dark'] as const)
		for (const width of [390, 1280])
			it(`has no axe violations in each state, ${theme} at ${width} px`, async () => {
				const context = await themedContext(theme, width);
				for (const state of states) {
					const page = await context.newPage();
					await page.goto(new URL('404.html', siteUrl()).href);
					await state.open(page);
					await expect.poll(() => page.evaluate(() => document.documentElement.dataset.theme)).toBe(theme);
					const violations = await axe(page);
					expect(violations, `${state.name} (${theme}, ${width} px):\n${describeViolations(violations)}`).toHaveLength(0);
					await page.close();
				}
				await context.close();
			}, 120_000);
});

describe('the practice screens', () => {
	// Every screen a learner reaches: the hub with progress, an item before and after answering (a
	// choice, and the order drill), the end of a run, and a printable quiz.
	for (const theme of ['light', 'dark'] as const)
		for (const width of [390, 1280])
			it(`has no axe violations on each practice screen, ${theme} at ${width} px`, async () => {
				const context = await themedContext(theme, width);
				const page = await context.newPage();
				const check = async (name: string) => {
					const violations = await axe(page);
					expect(violations, `${name} (${theme}, ${width} px):\n${describeViolations(violations)}`).toHaveLength(0);
				};
				await openThemed(page, '/practice/?model=clear', theme);
				await page.locator('.practice[data-ready="true"]').waitFor();
				await page.getByRole('button', { name: 'Practise: A better question' }).click();
				await check('a better-question item');
				await page.locator('.practice-choices button').nth(1).click();
				await page.locator('#practice-verdict').waitFor();
				await check('its feedback');
				await page.getByRole('button', { name: 'End here' }).click();
				await check('the end of a run');
				await page.getByRole('button', { name: 'Back to practice' }).click();
				await page.getByRole('button', { name: 'Practise: Put them in order' }).click();
				await page.getByRole('button', { name: 'Move Contract down' }).or(page.getByRole('button', { name: 'Move Contract up' })).first().click();
				await check('an order item');
				await page.getByRole('button', { name: 'Check the order' }).click();
				await check('an order item checked');
				await page.getByRole('button', { name: 'End here' }).click();
				await page.getByRole('button', { name: 'Back to practice' }).click();
				await page.getByRole('button', { name: 'Reset progress…' }).click();
				await check('the hub with progress and the reset question');
				await openThemed(page, '/practice/quiz/icf-competency-8/', theme);
				await check('a printable quiz');
				await context.close();
			}, 120_000);
});

describe('the learner pages once used', () => {
	// The question bank narrowed by its filter, and the compare table scrolled to its last model by the
	// list above it, with the table's region focused; the pages as they load are checked above.
	for (const theme of ['light', 'dark'] as const)
		for (const width of [390, 1280])
			it(`has no axe violations on a filtered question bank and a scrolled compare table, ${theme} at ${width} px`, async () => {
				const context = await themedContext(theme, width);
				const page = await context.newPage();
				await openThemed(page, '/questions/', theme);
				await page.getByRole('combobox', { name: 'Model', exact: true }).selectOption({ label: 'CLEAR' });
				await page.getByRole('combobox', { name: 'Phase', exact: true }).selectOption({ label: 'Action' });
				await page.getByRole('status').filter({ hasText: 'in 1 phase' }).waitFor();
				const filtered = await axe(page);
				expect(filtered, `filtered question bank (${theme}, ${width} px):\n${describeViolations(filtered)}`).toHaveLength(0);
				await page.getByRole('combobox', { name: 'Model', exact: true }).selectOption({ label: 'All models' });
				await page.getByRole('combobox', { name: 'Phase', exact: true }).selectOption({ label: 'Set the goal (any model)' });
				const acrossModels = await axe(page);
				expect(acrossModels, `question bank, one stage across models (${theme}, ${width} px):\n${describeViolations(acrossModels)}`).toHaveLength(0);

				await openThemed(page, '/compare/', theme);
				await page.getByRole('navigation', { name: 'Models in the table' }).getByRole('link', { name: 'SMART' }).click();
				await page.getByRole('region', { name: /The models side by side/ }).focus();
				const compare = await axe(page);
				expect(compare, `compare table scrolled to SMART (${theme}, ${width} px):\n${describeViolations(compare)}`).toHaveLength(0);
				await context.close();
			}, 120_000);
});
