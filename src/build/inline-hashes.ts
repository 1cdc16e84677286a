import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

/** Our components (src/components) and overrides of Starlight's (src/components/overrides), some with inline scripts of their own. */
const COMPONENTS = fileURLToPath(new URL('../components/', import.meta.url));
const OVERRIDES = fileURLToPath(new URL('../components/overrides/', import.meta.url));

/** The sha256 CSP source of an inline script's text. */
export const cspHash = (script: string) => `sha256-${createHash('sha256').update(script).digest('base64')}` as const;

/** The sha256 CSP source of every `<script is:inline>` body in the `.astro` files of `dir`. */
function inlineScriptHashes(dir: string): `sha256-${string}`[] {
	return readdirSync(dir)
		.filter((name) => name.endsWith('.astro'))
		.flatMap((name) => [...readFileSync(`${dir}/${name}`, 'utf8').matchAll(/<script is:inline[^>]*>([\s\S]*?)<\/script>/g)])
		.map((match) => cspHash(match[1]));
}

/**
 * Hashes of the `is:inline` scripts in Starlight's components (theme, sidebar, search shortcut) and in
 * our components and overrides of Starlight's (the guarded theme script, the reading-plans mark), which
 * Astro's CSP does not hash itself. Computed
 * from the files so an upgrade or an edit stays allowed; the browser tests fail on any CSP violation
 * if this ever misses one.
 */
export function starlightInlineScriptHashes(): `sha256-${string}`[] {
	const require = createRequire(import.meta.url);
	const starlight = dirname(require.resolve('@astrojs/starlight/components/Search.astro'));
	return [...new Set([...inlineScriptHashes(starlight), ...inlineScriptHashes(COMPONENTS), ...inlineScriptHashes(OVERRIDES)])];
}
