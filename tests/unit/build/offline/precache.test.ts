import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { fileToUrl, precacheFor } from '../../../../src/build/offline/precache';

let dirs: string[] = [];
afterEach(() => {
	for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
	dirs = [];
});

/** A fake build output with the given files. */
function site(files: Record<string, string>): string {
	const dir = mkdtempSync(join(tmpdir(), 'cw-precache-'));
	dirs.push(dir);
	for (const [name, text] of Object.entries(files)) {
		mkdirSync(dirname(join(dir, name)), { recursive: true });
		writeFileSync(join(dir, name), text);
	}
	return dir;
}

const built = {
	'index.html': 'home',
	'404.html': 'not found',
	'grow/goal/index.html': 'goal',
	'_astro/page.abc123.js': 'js',
	'pagefind/pagefind.js': 'search',
	'pagefind/pagefind-entry.json': '{}',
	'pagefind/fragment/en_1.pf_fragment': 'f',
	'pagefind/pagefind-ui.js': 'unused ui',
	'pagefind/pagefind-component-ui.css': 'unused ui',
	'sitemap-index.xml': '<xml/>',
	'sw.js': 'worker',
	'manifest.webmanifest': '{}',
	'.prerender/chunk.mjs': 'build leftovers',
};

describe('what the service worker stores', () => {
	it('addresses pages by their directory, as visitors request them', () => {
		expect(fileToUrl('index.html')).toBe('./');
		expect(fileToUrl('grow/goal/index.html')).toBe('grow/goal/');
		expect(fileToUrl('404.html')).toBe('404.html');
	});

	it('keeps every page, asset and search file, but not itself, the sitemap or Pagefind UIs the site does not load', () => {
		expect(Object.keys(precacheFor(site(built)).files)).toEqual([
			'404.html',
			'_astro/page.abc123.js',
			'grow/goal/',
			'./',
			'manifest.webmanifest',
			'pagefind/fragment/en_1.pf_fragment',
			'pagefind/pagefind-entry.json',
			'pagefind/pagefind.js',
		]);
	});

	it('marks the files of one language, so a first visit stores only the visitor’s', () => {
		const { langs } = precacheFor(site({ ...built, 'es/grow/goal/index.html': 'objetivo', 'pagefind/fragment/es_1.pf_fragment': 'f', 'practice/items.json': '{}', 'words/worksheet.json': '{}', 'es/words/worksheet.json': '{}' }));
		expect(langs).toEqual({
			'grow/goal/': 'en',
			'./': 'en',
			'es/grow/goal/': 'es',
			'pagefind/fragment/en_1.pf_fragment': 'en',
			'pagefind/fragment/es_1.pf_fragment': 'es',
			'practice/items.json': 'en',
			'words/worksheet.json': 'en',
			'es/words/worksheet.json': 'es',
		});
	});

	it('names a new cache when any stored byte changes, and the same cache when nothing did', () => {
		const first = precacheFor(site(built)).cache;
		expect(first).toMatch(/^cw-[0-9a-f]{12}$/);
		expect(precacheFor(site(built)).cache).toBe(first);
		expect(precacheFor(site({ ...built, 'grow/goal/index.html': 'goal, edited' })).cache).not.toBe(first);
		expect(precacheFor(site({ ...built, 'sitemap-index.xml': '<xml>changed</xml>' })).cache).toBe(first);
	});

	it('gives a changed file a new revision and leaves the others alone, so an update downloads only what changed', () => {
		const before = precacheFor(site(built)).files;
		const after = precacheFor(site({ ...built, 'grow/goal/index.html': 'goal, edited' })).files;
		const changed = Object.keys(after).filter((file) => after[file] !== before[file]);
		expect(changed).toEqual(['grow/goal/']);
		expect(before['./']).toMatch(/^[0-9a-f]{8}$/);
	});
});
