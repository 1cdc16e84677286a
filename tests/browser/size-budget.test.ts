import { readdirSync, readFileSync } from 'node:fs';
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
 * At most this much JavaScript, gzipped, counting inline scripts: 20 KiB on every page that carries a
 * worksheet (the worksheet pages and the GROW overview, which embeds one), 22 KiB on every other page
 * with an island (My plans, the coach page, every session page), in every language. Issue 21 found
 * 24.6 KiB (25,190 B) on a worksheet page, 26.0 KiB on the GROW overview and 29.1 KiB on My plans and
 * the coach page. Now a worksheet page is at 20,100 B: Preact (about 6 KiB), the field kinds (CLEAR
 * uses all ten), the stores and Starlight's own scripts; the checks every stored plan passes load only
 * where a plan is stored. The overview is at 20,443 B: the same, plus our "On this page" script.
 * Inline scripts count as the build leaves them: minified (src/build/minify-inline.ts).
 */
const WORKSHEET_PAGE_JS = 20 * KIB;
const ISLAND_PAGE_JS = 22 * KIB;
const READING_PAGE_JS = 6 * KIB;

describe('size budgets on the built site', () => {
	// Every page that carries a worksheet, in every language: a Spanish page carries its words in its HTML, not its scripts.
	const worksheets = builtPages().filter((path) => readFileSync(resolve(builtSite, `.${path}index.html`), 'utf8').includes('data-island="worksheet"'));

	it('finds every page with a worksheet to weigh, the GROW overview in each language among them', () => {
		expect(worksheets).toContain('/worksheets/grow/');
		expect(worksheets).toContain('/es/worksheets/grow/');
		expect(worksheets).toEqual(expect.arrayContaining(['/grow/', '/es/grow/']));
		expect(worksheets.length).toBeGreaterThanOrEqual(22);
	});

	it.each(worksheets)(`%s ships at most ${WORKSHEET_PAGE_JS} B of JavaScript, gzipped, inline scripts counted`, async (path) => {
		const weight = await weighPage(builtSite, path);
		expect(weight.inlineJs.gzip).toBeGreaterThan(0);
		expect(weight.js.gzip).toBeLessThanOrEqual(WORKSHEET_PAGE_JS);
	});

	// My plans, the coach page and every session page, in English and in Spanish.
	const islandPages = ['', 'es/'].flatMap((prefix) => [
		`/${prefix}plans/`,
		`/${prefix}coach/`,
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

	// The catalog had been half of each island page's gzipped HTML: a phone's first paint waited a round trip more for it.
	it.each([...worksheets, ...islandPages, '/practice/', '/es/practice/'])('%s carries no words in its HTML, preloads the words file its island reads, and has the alert for when it does not arrive', (path) => {
		const html = readFileSync(resolve(builtSite, `.${path}index.html`), 'utf8');
		const island = html.match(/<link rel="preload" href="([^"]+)" as="fetch" crossorigin="anonymous"><p class="island-failed" role="alert" hidden>[^<]+<\/p><div data-island="([a-z]+)" data-words="\1">.*?<script type="application\/json">(.*?)<\/script>/s);
		expect(island, 'an island with its preloaded words file').not.toBeNull();
		const [, href, name, props] = island!;
		expect(Object.keys(JSON.parse(props))).not.toContain('words');
		const prefix = path.startsWith('/es/') ? '/es' : '';
		expect(href).toMatch(new RegExp(`^${prefix}/words/${name}\\.json\\?v=[0-9a-f]{8}$`));
		const words = JSON.parse(readFileSync(resolve(builtSite, `.${href.split('?')[0]}`), 'utf8'));
		expect(words.common.locale).toMatch(prefix ? /^es\b/ : /^en\b/);
	});

	it('a phase page ships at most 6 KiB of JavaScript', async () => {
		const weight = await weighPage(builtSite, '/grow/goal/');
		expect(weight.js.gzip).toBeLessThanOrEqual(READING_PAGE_JS);
	});
});

/** Every built page, as its path (`/grow/goal/`). */
function builtPages(dir = ''): string[] {
	return readdirSync(resolve(builtSite, `.${dir}/`), { withFileTypes: true })
		.filter((entry) => entry.isDirectory() && !entry.name.startsWith('_') && entry.name !== 'pagefind')
		.flatMap((entry) => {
			const path = `${dir}/${entry.name}`;
			const here = readdirSync(resolve(builtSite, `.${path}`)).includes('index.html') ? [`${path}/`] : [];
			return [...here, ...builtPages(path)];
		});
}
