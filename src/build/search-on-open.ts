import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { isStarlightScript } from './starlight-script.ts';

const STAND_IN = fileURLToPath(new URL('../components/overrides/search-on-open.ts', import.meta.url));
const IDLE_WAIT = 'const onIdle = window.requestIdleCallback || ((cb) => setTimeout(cb, 1));';

/**
 * Gives Starlight's search script our stand-in for pagefind's UI, which builds the real one when the
 * visitor opens search (see the stand-in). Only that script's import is redirected: the stand-in's own
 * `import('@pagefind/default-ui')` reaches the package.
 *
 * The stand-in is also made at DOMContentLoaded rather than when the browser is first idle: it is small,
 * and a search opened before that idle moment (which a busy phone can hold back for seconds) would
 * otherwise wait for it, or, with the dialog open, never come (idle periods grew rare).
 */
export function searchOnOpen(): Plugin {
	return {
		name: 'coaching-workbook:search-on-open',
		enforce: 'pre',
		apply: 'build',
		transform(code, id) {
			if (!isStarlightScript(id, 'Search.astro')) return;
			if (!code.includes(IDLE_WAIT)) throw new Error(`search-on-open: Starlight's search script no longer reads "${IDLE_WAIT}"`);
			return { code: code.replace(IDLE_WAIT, 'const onIdle = (cb) => cb();'), map: null };
		},
		resolveId(id, importer) {
			if (id === '@pagefind/default-ui' && importer !== undefined && isStarlightScript(importer, 'Search.astro')) return STAND_IN;
		},
	};
}
