import type { AstroIntegration } from 'astro';
import { rewritePages } from './rewrite-pages.ts';

export const CSP_META = /<meta http-equiv="content-security-policy" content="[^"]*"\s*\/?>/;
const CHARSET_META = /^(<!DOCTYPE html>[\s\S]*?<head[^>]*>)(<meta charset="utf-8"\s*\/?>)?/i;

/**
 * The page's HTML with the CSP meta tag moved to the top of `<head>`: a policy in a meta tag applies
 * only to what comes after it, and Astro writes it after Starlight's head entries (the theme script,
 * the service worker's registration). Only `<meta charset>` stays before it, as the charset must be
 * declared in the first 1,024 bytes and the policy alone is longer. `null` when the page has no policy.
 */
export function withCspFirst(html: string): string | null {
	const meta = CSP_META.exec(html);
	if (!meta) return null;
	const without = html.slice(0, meta.index) + html.slice(meta.index + meta[0].length);
	return without.replace(CHARSET_META, (_, head: string, charset = '') => `${head}${charset}${meta[0]}`);
}

/** Moves the CSP meta tag first in every built page (runs before the service worker hashes the pages). */
export function cspFirst(): AstroIntegration {
	return {
		name: 'coaching-workbook:csp-first',
		hooks: {
			'astro:build:done': ({ dir }) => rewritePages(dir, withCspFirst),
		},
	};
}
