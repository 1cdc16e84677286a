import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { DEFAULT_LANG, TRANSLATED_LANGS } from '../../plan/i18n/languages';

/**
 * Built files a visitor never needs offline: the worker itself, files for crawlers, and the Pagefind
 * UIs Starlight does not use (it bundles its own copy of the default UI and loads only
 * `pagefind.js`, its entry, wasm, index and fragments from `pagefind/`).
 */
const NOT_PRECACHED = [
	/^sw\.js$/,
	/^sitemap[^/]*\.xml$/,
	/^robots\.txt$/,
	// Read by the host, not the browser (see public/_headers).
	/^_headers$/,
	/^pagefind\/pagefind-(ui|component-ui|modular-ui|highlight)\.(js|css)$/,
	/(^|\/)\./,
];

function walk(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const path = join(dir, entry.name);
		return entry.isDirectory() ? walk(path) : [path];
	});
}

/** A built file's address relative to the site's base, as the worker requests it: pages by their directory. */
export function fileToUrl(file: string): string {
	if (file === 'index.html') return './';
	return file.endsWith('/index.html') ? file.slice(0, -'index.html'.length) : file;
}

export interface Precache {
	/** `cw-` and a hash of every precached file's address and bytes: a new deploy gets a new cache. */
	cache: string;
	/** Address relative to the base (the worker's scope) → a hash of that file's bytes, so the worker can keep unchanged files across deploys. */
	files: Record<string, string>;
	/** The files of one language (its pages, practice items and search index), by address; every other file serves all languages. */
	langs: Record<string, string>;
}

/**
 * The language a built file belongs to, or undefined for a file every language uses: a language's pages
 * live under its prefix (`es/…`) and English's at the root; Pagefind names its index files by language.
 * English's data files (practice items, islands' words) are the root's JSON, as every other language's sit under its prefix.
 * A first visit stores the visitor's language only, not the site twice over.
 */
export function langOfFile(file: string): string | undefined {
	const search = file.match(/^pagefind\/(?:.*\/)?(?:pagefind\.|wasm\.)?([a-z]{2})[_.]/);
	if (search) return search[1];
	const prefixed = TRANSLATED_LANGS.find((lang) => file.startsWith(`${lang}/`));
	if (prefixed) return prefixed;
	return file.endsWith('index.html') || /^(practice\/items|words\/[a-z-]+)\.json$/.test(file) ? DEFAULT_LANG : undefined;
}

const hashOf = (data: Buffer | string) => createHash('sha256').update(data).digest('hex');

/** Lists every file in the build output a visitor needs offline, with revisions, and names the cache for exactly those bytes. */
export function precacheFor(outDir: string): Precache {
	const files = walk(outDir)
		.map((path) => relative(outDir, path).split(sep).join('/'))
		.filter((file) => !NOT_PRECACHED.some((pattern) => pattern.test(file)))
		.sort()
		.map((file) => [fileToUrl(file), hashOf(readFileSync(join(outDir, file))).slice(0, 8)]);
	const langs = Object.fromEntries(files.flatMap(([url]) => {
		const lang = langOfFile(url.endsWith('/') || url === './' ? `${url === './' ? '' : url}index.html` : url);
		return lang ? [[url, lang]] : [];
	}));
	return { cache: `cw-${hashOf(files.flat().join('\n')).slice(0, 12)}`, files: Object.fromEntries(files), langs };
}
