/**
 * No English on a Spanish screen: every built `/es/` page as it is served, and the text of every Spanish
 * island once hydrated, searched for the English catalog's texts (those that read differently in Spanish
 * and are longer than two words).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launch, openPage, seedStorage } from './support';
import { createRecord, encodeRecord } from '../../src/plan/record';

const root = fileURLToPath(new URL('../..', import.meta.url));
const dist = join(root, 'dist');
const catalog = (lang: string) => JSON.parse(readFileSync(join(root, `content/i18n/${lang}.json`), 'utf8')) as Record<string, Record<string, string>>;

/**
 * The English texts a Spanish page must not show: each text's pieces between its placeholders, where a
 * piece is longer than two words and the Spanish text of the same key does not hold it too.
 */
function englishPhrases(): { key: string; phrase: string }[] {
	const [en, es] = [catalog('en'), catalog('es')];
	return Object.entries(en).flatMap(([namespace, texts]) =>
		Object.entries(texts).flatMap(([key, text]) =>
			text
				.split(/\{\w+\}/)
				.map((piece) => piece.trim().replace(/^[.,:;!?·“”"()]+|[.,:;!?·“”"()]+$/g, '').trim())
				.filter((piece) => piece.split(/\s+/).length > 2 && !(es[namespace]?.[key] ?? '').includes(piece))
				.map((phrase) => ({ key: `${namespace}.${key}`, phrase })),
		),
	);
}
const PHRASES = englishPhrases();

/** Which English texts `text` holds, as `key: phrase`. */
const englishIn = (text: string) => PHRASES.filter(({ phrase }) => text.includes(phrase)).map(({ key, phrase }) => `${key}: ${phrase}`);

/** The text a reader sees in a page's `<main>`: tags, scripts, styles and island props left out. */
function mainText(html: string): string {
	const main = html.slice(html.indexOf('<main'), html.lastIndexOf('</main>'));
	return main
		.replace(/<(script|style|template)[\s\S]*?<\/\1>/g, ' ')
		.replace(/<[^>]+>/g, ' ')
		.replace(/&quot;/g, '"')
		.replace(/&#39;/g, "'")
		.replace(/&amp;/g, '&')
		.replace(/&nbsp;/g, ' ')
		.replace(/\s+/g, ' ');
}

function spanishPages(dir = join(dist, 'es')): string[] {
	return readdirSync(dir).flatMap((name) => {
		const full = join(dir, name);
		return statSync(full).isDirectory() ? spanishPages(full) : name === 'index.html' ? [relative(dist, full).split(sep).join('/')] : [];
	});
}

describe('every built Spanish page', () => {
	const pages = spanishPages();
	it('is there for every English page', () => {
		expect(pages.length).toBeGreaterThan(100);
		// The English "Page not found" is the site's 404.html; the Spanish one a page of its own.
		for (const page of pages) expect(statSync(join(dist, page === 'es/404/index.html' ? '404.html' : page.replace(/^es\//, ''))).isFile(), page).toBe(true);
	});
	for (const page of pages)
		it(`${page} shows no English interface text`, () => {
			const html = readFileSync(join(dist, page), 'utf8');
			expect(html).toMatch(/<html[^>]* lang="es"/);
			expect(englishIn(mainText(html))).toEqual([]);
		});
});

let browser: Browser;
beforeAll(async () => {
	browser = await launch();
});
afterAll(() => browser?.close());

/** Pages whose islands write text once hydrated, with what marks them ready. */
const ISLANDS: [path: string, ready: string][] = [
	...['grow', 'igrow', 'so-i-grow', 're-grow', 'clear', 'smart', 'stairway', 'coaching-process', 'coach-self-review', 'session-close'].map(
		(id): [string, string] => [`/es/worksheets/${id}/`, '.worksheet[data-ready="true"]'],
	),
	['/es/grow/', '.worksheet[data-ready="true"]'],
	['/es/plans/', '.plans-list[data-ready="true"]'],
	['/es/coach/', '.coach-form[data-ready="true"]'],
	['/es/session/grow/', '.session[data-ready="true"]'],
	['/es/session/re-grow/', '.session[data-ready="true"]'],
	['/es/practice/', '.practice[data-ready="true"]'],
];

describe('every Spanish island, hydrated', () => {
	it.each(ISLANDS)('%s shows no English once it runs, with a plan of every worksheet stored', async (path, ready) => {
		const context = await browser.newContext({ serviceWorkers: 'block', locale: 'es-ES' });
		// Plans of older versions and a damaged one, so the lists, notices and migrations all speak.
		const at = new Date('2026-11-24T10:00:00Z');
		await seedStorage(context, {
			'cw:plan:p1': encodeRecord(createRecord({ id: 'grow', version: 1 }, at, { title: 'Correr', person: 'Lucía', answers: { goal: 'Correr 5 km' } }, 'p1')),
			'cw:plan:p2': encodeRecord(createRecord({ id: 'clear', version: 1 }, at, { title: 'Cuidar', person: 'Ines' }, 'p2')),
		});
		const { page, watch } = await openPage(context, path);
		await page.locator(ready).first().waitFor();
		// Islands that load their extras after hydration: give them a moment, as a reader would.
		await page.waitForLoadState('networkidle');
		const text = await page.locator('main').innerText();
		expect(englishIn(text)).toEqual([]);
		expect(watch.errors).toEqual([]);
		await context.close();
	});
});
