import { readFileSync, readdirSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { siteUrl } from './support';

// Reads the built site the shared preview serves; the one check of a served answer uses that server.
const root = fileURLToPath(new URL('../..', import.meta.url));
const builtSite = resolve(root, process.env.OUT_DIR ?? 'dist');

function htmlFiles(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) return entry.name.startsWith('.') ? [] : htmlFiles(path);
		return entry.name.endsWith('.html') ? [relative(builtSite, path).split(sep).join('/')] : [];
	});
}

interface Head {
	lang?: string;
	title: string;
	/** Each `<meta>` by its `name` or `property`. */
	meta: Map<string, string>;
	/** Each `<link>` href by its `rel`. */
	links: Map<string, string>;
}

const attributes = (tag: string) => Object.fromEntries([...tag.matchAll(/([\w:-]+)="([^"]*)"/g)].map((m) => [m[1], m[2]]));

function readHead(file: string): Head {
	const html = readFileSync(join(builtSite, file), 'utf8');
	const head = html.slice(0, html.indexOf('</head>'));
	const meta = new Map<string, string>();
	const links = new Map<string, string>();
	for (const [tag] of head.matchAll(/<meta\s[^>]*>/g)) {
		const { name, property, content } = attributes(tag);
		if ((name ?? property) && content !== undefined) meta.set(name ?? property, content);
	}
	for (const [tag] of head.matchAll(/<link\s[^>]*>/g)) {
		const { rel, href } = attributes(tag);
		if (rel && href) links.set(rel, href);
	}
	return { lang: attributes(html.match(/<html\s[^>]*>/)?.[0] ?? '').lang, title: head.match(/<title>([^<]*)<\/title>/)?.[1]?.trim() ?? '', meta, links };
}

const pages = htmlFiles(builtSite).sort();
const heads = new Map(pages.map((file) => [file, readHead(file)]));
/** A page's address under the base, as the site serves it. */
const pagePath = (file: string) => `/${file.replace(/(^|\/)index\.html$/, '$1')}`;

describe('what search engines and link previews see', () => {
	it('finds the whole site built', () => {
		expect(pages.length).toBeGreaterThan(50);
	});

	it('gives every page a language, a title, a description, a canonical address and Open Graph tags', () => {
		const problems: string[] = [];
		for (const [file, head] of heads) {
			const missing = [
				!head.lang && 'lang',
				!head.title && 'title',
				...['description', 'og:title', 'og:description', 'og:url', 'og:type'].filter((key) => !head.meta.get(key)?.trim()),
				!head.links.get('canonical') && 'canonical',
			].filter(Boolean);
			if (missing.length) problems.push(`${file}: no ${missing.join(', ')}`);
		}
		expect(problems).toEqual([]);
	});

	it('points each page\'s canonical and og:url at that page\'s own address on the site', () => {
		const origin = new URL(heads.get('index.html')!.links.get('canonical')!).origin;
		const base = new URL(heads.get('index.html')!.links.get('canonical')!).pathname;
		for (const [file, head] of heads) {
			if (file === '404.html') continue;
			const canonical = head.links.get('canonical')!;
			expect(canonical, file).toBe(`${origin}${base}${pagePath(file).slice(1)}`);
			expect(head.meta.get('og:url'), file).toBe(canonical);
		}
	});

	it('lists every page but the 404 pages in the sitemap, and nothing else', () => {
		const index = readFileSync(join(builtSite, 'sitemap-index.xml'), 'utf8');
		const sitemaps = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]).pathname.split('/').pop()!);
		expect(sitemaps.length).toBeGreaterThan(0);
		const listed = sitemaps.flatMap((name) => [...readFileSync(join(builtSite, name), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]));
		// Every language's "Page not found" is left out (Spanish has its own at /es/404/).
		const canonicals = [...heads].filter(([file]) => !/(^|\/)404(\.html|\/index\.html)$/.test(file)).map(([, head]) => head.links.get('canonical'));
		expect(listed.sort()).toEqual(canonicals.sort());
	});
});

describe('a visitor who follows a broken link', () => {
	it('gets the "Page not found" page with status 404, linking home, to search and to their plans', async () => {
		const response = await fetch(new URL('no-such-page/', siteUrl()));
		expect(response.status).toBe(404);
		const html = await response.text();
		expect(html).toMatch(/<h1[^>]*>Page not found<\/h1>/);
		const base = new URL(siteUrl()).pathname;
		const main = html.slice(html.indexOf('<main'));
		expect(main).toContain(`href="${base}"`);
		expect(main).toContain(`href="${base}plans/"`);
		expect(html).toContain('data-open-modal');
	});
});

describe('installing the site on a phone', () => {
	const manifest = JSON.parse(readFileSync(join(builtSite, 'manifest.webmanifest'), 'utf8'));
	/** Width and height from a PNG's IHDR chunk. */
	const pngSize = (file: string) => {
		const bytes = readFileSync(join(builtSite, file));
		return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)].join('x');
	};

	it('has a web app manifest that works under any base, with 192 and 512 pixel icons', () => {
		expect(manifest).toMatchObject({ name: 'Coaching Workbook', start_url: './', scope: './', display: 'standalone', theme_color: '#3451b2' });
		const pngs = manifest.icons.filter((icon: { type: string }) => icon.type === 'image/png');
		for (const size of ['192x192', '512x512']) expect(pngs.map((icon: { sizes: string }) => icon.sizes)).toContain(size);
		for (const icon of pngs) expect(pngSize(icon.src), icon.src).toBe(icon.sizes);
		expect(pngSize('apple-touch-icon.png')).toBe('180x180');
	});

	it('links the manifest and a theme colour from every page', () => {
		const base = new URL(heads.get('index.html')!.links.get('canonical')!).pathname;
		for (const [file, head] of heads) {
			expect(head.links.get('manifest'), file).toBe(`${base}manifest.webmanifest`);
			expect(head.meta.get('theme-color'), file).toBe('#3451b2');
		}
	});
});
