import type { Plugin } from 'vite';

/** Vite's module id for the helper it wraps every dynamic `import()` in. */
const PRELOAD_HELPER = '\0vite/preload-helper.js';

/**
 * Vite wraps each dynamic `import()` in a helper (about 880 B gzip) that adds `<link rel=modulepreload>`
 * for the imported chunk's own imports and loads its CSS. Here nothing loaded on demand imports CSS, and
 * with `build.modulePreload: false` Vite hands the helper no scripts to preload, so all it would still
 * do is call the import: this one line does that. Every page with search or an island loads 880 B less.
 */
export function noPreloadHelper(): Plugin {
	return {
		name: 'coaching-workbook:no-preload-helper',
		enforce: 'pre',
		apply: 'build',
		load(id) {
			if (id === PRELOAD_HELPER) return 'export const __vitePreload = (load) => load();';
		},
	};
}
