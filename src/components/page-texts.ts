// Build side only: the interface's words for the page a component renders on.
import { DEFAULT_LANG, textsFor } from './catalogs';

/**
 * The texts of the page's language: Starlight's route language on its pages, Astro's current locale
 * elsewhere (Starlight's `starlightRoute` throws when read outside its pages), English when neither says.
 */
export function pageTexts(astro: { locals: App.Locals; currentLocale?: string | undefined }) {
	let lang: string | undefined;
	try {
		lang = astro.locals.starlightRoute?.lang;
	} catch {
		lang = undefined;
	}
	return textsFor(lang ?? astro.currentLocale ?? DEFAULT_LANG);
}
