// Bytes a page costs: its HTML plus every CSS and JS file it references, followed through static imports.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { init, parse } from 'es-module-lexer';

const ORIGIN = 'http://site.invalid';

const sizes = (buffer) => ({ raw: buffer.length, gzip: gzipSync(buffer, { level: 9 }).length });
const attribute = (tag, name) => tag.match(new RegExp(`\\b${name}\\s*=\\s*["']([^"']*)["']`, 'i'))?.[1];
const unescapeHtml = (text) => text.replaceAll('&amp;', '&').replaceAll('&quot;', '"').replaceAll('&#39;', "'");

/** Paths of the files an HTML page references directly: stylesheets, scripts, modulepreloads, island URLs. */
function directReferences(html) {
	const urls = [];
	for (const [tag] of html.matchAll(/<link\b[^>]*>/gi)) {
		const rel = attribute(tag, 'rel')?.toLowerCase().split(/\s+/) ?? [];
		if (rel.includes('stylesheet') || rel.includes('modulepreload')) urls.push(attribute(tag, 'href'));
	}
	for (const [tag] of html.matchAll(/<script\b[^>]*>/gi)) urls.push(attribute(tag, 'src'));
	for (const [, url] of html.matchAll(/\b(?:component|renderer|before-hydration)-url="([^"]*)"/g)) urls.push(url);
	return urls.filter(Boolean).map(unescapeHtml);
}

/** Specifiers of the static imports in module source (dynamic imports are not loaded up front). */
function staticImports(source) {
	const [imports] = parse(source);
	return imports.filter((entry) => entry.d === -1 && entry.n).map((entry) => entry.n);
}

/** Every inline `<script>` body (classic and module; not JSON data), in page order. */
function inlineScripts(html) {
	return [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)]
		.filter(([, attrs]) => !/\bsrc\s*=/.test(attrs) && !/type\s*=\s*["']application\/(ld\+)?json["']/i.test(attrs))
		.map(([, , body]) => body);
}

/** Inline `<script type="module">` bodies, whose static imports load with the page too. */
function inlineModules(html) {
	return [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)]
		.filter(([, attrs]) => /type\s*=\s*["']module["']/i.test(attrs) && !/\bsrc\s*=/.test(attrs))
		.map(([, , body]) => body);
}

/**
 * Weighs the page at `pagePath` (e.g. "/grow/goal/") in the built site `outDir`:
 * raw and gzip bytes of its HTML, CSS and JS, each referenced file counted once.
 */
export async function weighPage(outDir, pagePath) {
	await init;
	const pageUrl = new URL(pagePath, ORIGIN);
	const html = readFileSync(join(outDir, pagePath, 'index.html'));
	const text = html.toString('utf8');
	const pending = [
		...directReferences(text).map((ref) => new URL(ref, pageUrl)),
		...inlineModules(text).flatMap(staticImports).map((ref) => new URL(ref, pageUrl)),
	];
	const seen = new Set();
	// Inline scripts count as JavaScript too: the browser parses and runs them like any other. They
	// arrive inside the gzipped HTML, so they are weighed gzipped together, in page order.
	const inline = sizes(Buffer.from(inlineScripts(text).join('\n')));
	const totals = { html: sizes(html), css: { raw: 0, gzip: 0 }, js: { raw: inline.raw, gzip: inline.gzip }, inlineJs: inline, files: 0 };
	while (pending.length) {
		const url = pending.pop();
		if (url.origin !== ORIGIN || seen.has(url.pathname)) continue;
		seen.add(url.pathname);
		const body = readFileSync(join(outDir, decodeURIComponent(url.pathname)));
		const kind = url.pathname.endsWith('.css') ? 'css' : 'js';
		const size = sizes(body);
		totals[kind].raw += size.raw;
		totals[kind].gzip += size.gzip;
		totals.files += 1;
		if (kind === 'js') pending.push(...staticImports(body.toString('utf8')).map((ref) => new URL(ref, url)));
	}
	return totals;
}
