import type { AstroIntegration } from 'astro';
import { minify_sync } from 'terser';
import { CSP_META } from './csp-first.ts';
import { cspHash } from './inline-hashes.ts';
import { rewritePages } from './rewrite-pages.ts';

/** An inline script (no `src`, not JSON data): its opening tag, its text, its closing tag. */
const INLINE_SCRIPT = /(<script\b(?![^>]*\bsrc=)(?![^>]*\btype="application\/)[^>]*>)([\s\S]*?)(<\/script>)/g;

/**
 * The page with its inline scripts minified, and its policy allowing exactly those scripts by their new
 * hashes. Starlight writes its inline scripts (theme picker, sidebar, search shortcut) as they are in its
 * source, with comments, indentation and long names: 257 B of gzip on every page. The policy Astro
 * writes allows every inline script the site has on every page (24 hashes, 1.2 KB of gzip that no
 * compressor shrinks); a page now allows only the ones it carries. `minified` keeps each script's
 * minified text, as the same few scripts are on every page.
 */
export function withInlineScriptsMinified(html: string, minified: Map<string, string>): string {
	const present = new Map<string, string>();
	const page = html.replace(INLINE_SCRIPT, (_, open: string, text: string, close: string) => {
		let small = minified.get(text);
		if (small === undefined) {
			small = minify_sync(text, { module: open.includes('type="module"'), ecma: 2020, compress: { passes: 3 } }).code ?? text;
			minified.set(text, small);
		}
		const kept = small.length < text.length ? small : text;
		present.set(cspHash(kept), cspHash(text));
		return open + kept + close;
	});
	return page.replace(CSP_META, (policy) =>
		policy.replace(/script-src ([^;"]*)/, (_, sources: string) => {
			const allowed = sources.split(' ').filter(Boolean);
			for (const was of present.values())
				if (!allowed.includes(`'${was}'`)) throw new Error(`minify-inline: the page's policy does not allow an inline script it has (${was})`);
			return `script-src ${[...allowed.filter((source) => !source.startsWith("'sha")), ...[...present.keys()].map((hash) => `'${hash}'`)].join(' ')}`;
		}),
	);
}

/** Minifies every built page's inline scripts (before the service worker hashes the pages). */
export function minifyInline(): AstroIntegration {
	return {
		name: 'coaching-workbook:minify-inline',
		hooks: {
			'astro:build:done': ({ dir }) => {
				const minified = new Map<string, string>();
				rewritePages(dir, (html) => withInlineScriptsMinified(html, minified));
			},
		},
	};
}
