import type { AstroIntegration } from 'astro';
import { minify_sync } from 'terser';
import { CSP_META } from './csp-first.ts';
import { cspHash } from './inline-hashes.ts';
import { rewritePages } from './rewrite-pages.ts';

/** An inline script (no `src`, not JSON data): its opening tag, its text, its closing tag. */
const INLINE_SCRIPT = /(<script\b(?![^>]*\bsrc=)(?![^>]*\btype="application\/)[^>]*>)([\s\S]*?)(<\/script>)/g;

/**
 * The page with its inline scripts minified and the hashes its policy allows them by changed to match.
 * Starlight writes its inline scripts (theme picker, sidebar, search shortcut) as they are in its
 * source, with comments, indentation and long names: 257 B of gzip on every page. `minified` keeps
 * each script's minified text, as the same few scripts are on every page.
 */
export function withInlineScriptsMinified(html: string, minified: Map<string, string>): string {
	const rehashed = new Map<string, string>();
	const page = html.replace(INLINE_SCRIPT, (script, open: string, text: string, close: string) => {
		let small = minified.get(text);
		if (small === undefined) {
			small = minify_sync(text, { module: open.includes('type="module"'), ecma: 2020, compress: { passes: 3 } }).code ?? text;
			minified.set(text, small);
		}
		if (small.length >= text.length) return script;
		rehashed.set(cspHash(text), cspHash(small));
		return open + small + close;
	});
	return page.replace(CSP_META, (policy) => {
		for (const [was, now] of rehashed) {
			if (!policy.includes(`'${was}'`)) throw new Error(`minify-inline: the page's policy does not allow an inline script it has (${was})`);
			policy = policy.replace(`'${was}'`, `'${now}'`);
		}
		return policy;
	});
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
