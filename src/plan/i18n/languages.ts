// The site's languages, stated once: Astro's and Starlight's locale settings, the content folders the
// build reads and the address prefixes pages and islands build links with all come from here.

export interface Language {
	/** BCP 47 tag: the catalog's file name (`content/i18n/<lang>.json`) and the pages' `lang`. */
	lang: string;
	/** Its name in itself, for the language picker. */
	label: string;
	/** Its address prefix without slashes; '' for the root language. */
	prefix: string;
}

export const LANGUAGES: readonly Language[] = [
	{ lang: 'en', label: 'English', prefix: '' },
	{ lang: 'es', label: 'Español', prefix: 'es' },
];
export const DEFAULT_LANG = 'en';
/** The languages other than English, whose texts mirror the English content files. */
export const TRANSLATED_LANGS = LANGUAGES.filter(({ prefix }) => prefix).map(({ lang }) => lang);

/** `lang`'s address prefix, `/es` or '' (the root language and any unknown tag). */
export const prefixOf = (lang: string) => {
	const prefix = LANGUAGES.find((language) => language.lang === lang)?.prefix;
	return prefix ? `/${prefix}` : '';
};

/** A root-absolute site path (`/plans/`) as `lang`'s page (`/es/plans/`); anything else unchanged. */
export const inLanguage = (path: string, lang: string) => (path.startsWith('/') && !path.startsWith('//') ? `${prefixOf(lang)}${path}` : path);

/** The language a site path is in, read from its first segment (after the base). */
export function langOfPath(path: string): string {
	const first = path.split('/').find(Boolean);
	return LANGUAGES.find(({ prefix }) => prefix && prefix === first)?.lang ?? DEFAULT_LANG;
}

/** Astro's static paths for a page at `src/pages/[...lang]/`: one per language, with `lang` as a prop. */
export const langPaths = () => LANGUAGES.map(({ lang, prefix }) => ({ params: { lang: prefix || undefined }, props: { lang } }));
