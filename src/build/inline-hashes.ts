import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { createRequire } from 'node:module';

/**
 * Hashes of the `is:inline` scripts in Starlight's components (theme, sidebar, search shortcut),
 * which Astro's CSP does not hash itself. Computed from the installed Starlight so an upgrade stays
 * allowed; the browser tests fail on any CSP violation if this ever misses one.
 */
export function starlightInlineScriptHashes(): `sha256-${string}`[] {
	const require = createRequire(import.meta.url);
	const dir = dirname(require.resolve('@astrojs/starlight/components/Search.astro'));
	const hashes = readdirSync(dir)
		.filter((name) => name.endsWith('.astro'))
		.flatMap((name) => [...readFileSync(`${dir}/${name}`, 'utf8').matchAll(/<script is:inline[^>]*>([\s\S]*?)<\/script>/g)])
		.map((match) => `sha256-${createHash('sha256').update(match[1]).digest('base64')}` as const);
	return [...new Set(hashes)];
}
