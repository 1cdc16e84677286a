import type { Plugin } from 'vite';

/** Vite's module id for the helper it wraps every dynamic `import()` in. */
const PRELOAD_HELPER = '\0vite/preload-helper.js';
/** A chunk's import of the helper's own chunk (see the `preload-helper` group in astro.config.mjs). */
const HELPER_IMPORT = /import\s*\{\s*\w+ as (\w+)\s*\}\s*from\s*"\.\/preload-helper\.[^"]+";?/;

/**
 * Vite wraps each dynamic `import()` in a helper (about 880 B gzip) that adds `<link rel=modulepreload>`
 * for the imported chunk's own imports and loads its CSS, and lists those files beside every call. The
 * chunks loaded on demand here are small, few and import no CSS: with preloading off, Vite lists nothing
 * and the helper only calls the import. So the helper is that one call, written into each chunk that
 * uses it, and its own file goes. Against Vite's helper: about 950 B less on every page (search uses
 * it) and 1.5 KB less on every page with an island.
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
		renderChunk(code) {
			const found = code.match(HELPER_IMPORT);
			return found ? code.replace(HELPER_IMPORT, `const ${found[1]} = (load) => load();`) : null;
		},
		generateBundle(_, bundle) {
			const helpers = Object.values(bundle).filter((file) => file.type === 'chunk' && file.name === 'preload-helper');
			const used = Object.values(bundle).some((file) => file.type === 'chunk' && file.name !== 'preload-helper' && file.code.includes('preload-helper.'));
			if (!used) for (const helper of helpers) delete bundle[helper.fileName];
		},
	};
}
