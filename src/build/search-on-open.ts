import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

const STAND_IN = fileURLToPath(new URL('../components/overrides/search-on-open.ts', import.meta.url));

/**
 * Gives Starlight's search script our stand-in for pagefind's UI, which builds the real one when the
 * visitor opens search (see the stand-in). Only that script's import is redirected: the stand-in's own
 * `import('@pagefind/default-ui')` reaches the package.
 */
export function searchOnOpen(): Plugin {
	return {
		name: 'coaching-workbook:search-on-open',
		enforce: 'pre',
		apply: 'build',
		resolveId(id, importer) {
			if (id === '@pagefind/default-ui' && importer?.includes('/@astrojs/starlight/') && importer.includes('Search.astro')) return STAND_IN;
		},
	};
}
