import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { isStarlightScript } from './starlight-script.ts';

const STAND_IN = fileURLToPath(new URL('../components/overrides/page-toc.ts', import.meta.url));

/**
 * Gives Starlight's "On this page" menus our smaller script (see the stand-in), which serves both:
 * the wide menu's script imports it in place of Starlight's `starlight-toc`, and the phone menu's
 * script, which only extends that class, becomes empty. Starlight's markup and styles stay.
 *
 * Both rewrites check what they replace, so an upgrade that changes either script fails the build
 * rather than running two scripts for one menu.
 */
export function pageToc(): Plugin {
	return {
		name: 'coaching-workbook:page-toc',
		enforce: 'pre',
		apply: 'build',
		resolveId(id, importer) {
			if (importer !== undefined && isStarlightScript(importer, 'TableOfContents.astro') && id.endsWith('/starlight-toc')) return STAND_IN;
		},
		transform(code, id) {
			if (!isStarlightScript(id, 'MobileTableOfContents.astro')) return;
			if (!/customElements\.define\(['"]mobile-starlight-toc['"]/.test(code)) throw new Error("page-toc: Starlight's phone menu script no longer defines mobile-starlight-toc");
			return { code: 'export {};', map: null };
		},
	};
}
