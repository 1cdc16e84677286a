import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { weighPage } from '../../bench/weight.mjs';

// The byte budget of issue 11, checked on the built site with the bench's own weigher, so the
// figure `npm run bench` prints and the guard agree. Bytes, not time: the same build weighs the same.
const root = fileURLToPath(new URL('../..', import.meta.url));
const builtSite = resolve(root, process.env.OUT_DIR ?? 'dist');
const KIB = 1024;

/**
 * At most this much JavaScript, gzipped, counting inline scripts: 20 KiB on every worksheet page, 22 KiB
 * on every other page with an island (My plans, the coach page, every session page, the GROW overview,
 * which embeds a worksheet), in every language. Issue 21 found 24.6 KiB (25,190 B) on a worksheet page
 * and 29.1 KiB on My plans and the coach page. A worksheet page is at 20,466 B now: Preact (about
 * 6 KiB), the field kinds (CLEAR uses all ten), the stores and Starlight's own scripts. The checks
 * every stored plan passes load only where a plan is stored. The GROW overview adds Starlight's "On
 * this page" scripts (1.3 KiB); its goal of 20 KiB is not met yet.
 */
const WORKSHEET_PAGE_JS = 20 * KIB;
const ISLAND_PAGE_JS = 22 * KIB;
const READING_PAGE_JS = 6 * KIB;

describe('size budgets on the built site', () => {
	// Every worksheet page in every language: a Spanish page carries its words in its HTML, not its scripts.
	const worksheets = ['worksheets', 'es/worksheets'].flatMap((dir) =>
		readdirSync(resolve(builtSite, dir), { withFileTypes: true })
			.filter((entry) => entry.isDirectory())
			.map((entry) => `/${dir}/${entry.name}/`),
	);

	it('has a page for every worksheet to weigh', () => {
		expect(worksheets).toContain('/worksheets/grow/');
		expect(worksheets).toContain('/es/worksheets/grow/');
		expect(worksheets.length).toBeGreaterThanOrEqual(20);
	});

	it.each(worksheets)(`%s ships at most ${WORKSHEET_PAGE_JS} B of JavaScript, gzipped, inline scripts counted`, async (path) => {
		const weight = await weighPage(builtSite, path);
		expect(weight.inlineJs.gzip).toBeGreaterThan(0);
		expect(weight.js.gzip).toBeLessThanOrEqual(WORKSHEET_PAGE_JS);
	});

	// My plans, the coach page, the GROW overview and every session page, in English and in Spanish.
	const islandPages = ['', 'es/'].flatMap((prefix) => [
		`/${prefix}plans/`,
		`/${prefix}coach/`,
		`/${prefix}grow/`,
		...readdirSync(resolve(builtSite, `${prefix}session`), { withFileTypes: true })
			.filter((entry) => entry.isDirectory())
			.map((entry) => `/${prefix}session/${entry.name}/`),
	]);

	it('has My plans, the coach page and a session page for every model to weigh, in each language', () => {
		expect(islandPages).toEqual(expect.arrayContaining(['/plans/', '/es/coach/', '/session/grow/', '/es/session/clear/']));
		expect(islandPages.length).toBeGreaterThanOrEqual(20);
	});

	it.each(islandPages)(`%s ships at most ${ISLAND_PAGE_JS} B of JavaScript, gzipped, inline scripts counted`, async (path) => {
		const weight = await weighPage(builtSite, path);
		expect(weight.js.gzip).toBeLessThanOrEqual(ISLAND_PAGE_JS);
	});

	it('a phase page ships at most 6 KiB of JavaScript', async () => {
		const weight = await weighPage(builtSite, '/grow/goal/');
		expect(weight.js.gzip).toBeLessThanOrEqual(READING_PAGE_JS);
	});
});
