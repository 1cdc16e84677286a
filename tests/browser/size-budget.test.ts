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
 * At most this much JavaScript, gzipped, counting inline scripts, on any worksheet page. It was 25 KiB;
 * the interface's words (issue 25) added the translator and its context (about 540 B, less 320 B of
 * English labels it replaced), and the Spanish edition the page's language for links (site-base.ts),
 * option labels, and record problems as catalog keys (their English sentences left, their keys came:
 * about 110 B less in all). Issue 21's goal stays 20 KiB; its profile is in the issue's closing note.
 */
const WORKSHEET_PAGE_JS = 26_400;
/** A reading page loads no island: search, theme and sidebar scripts only. */
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

	it('a phase page ships at most 6 KiB of JavaScript', async () => {
		const weight = await weighPage(builtSite, '/grow/goal/');
		expect(weight.js.gzip).toBeLessThanOrEqual(READING_PAGE_JS);
	});
});
