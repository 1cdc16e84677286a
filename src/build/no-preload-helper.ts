import type { Plugin } from 'vite';

/** Vite's module id for the helper it wraps every dynamic `import()` in. */
const PRELOAD_HELPER = '\0vite/preload-helper.js';

/**
 * Vite wraps each dynamic `import()` in a helper (about 880 B gzip) that adds `<link rel=modulepreload>`
 * for the imported chunk's own imports and loads its CSS, and lists those files beside every call. The
 * chunks loaded on demand here are small, few and import no CSS: with preloading off, Vite lists nothing
 * and the helper would only call the import, which this one line does: about 700 B less on every page
 * (search uses it) and 1.3 KB less on every page with an island.
 */
export function noPreloadHelper(): Plugin {
	return {
		name: 'coaching-workbook:no-preload-helper',
		enforce: 'pre',
		apply: 'build',
		// Astro sets its own `modulePreload` for the browser build, which a plain `vite.build` setting does not replace.
		configEnvironment(name, options) {
			if (name === 'client') options.build = { ...options.build, modulePreload: false };
		},
		load(id) {
			if (id === PRELOAD_HELPER) return 'export const __vitePreload = (load) => load();';
		},
	};
}
