// Build side only: the catalogs themselves. Pages pick from them; islands never import this module.
import { translator, type Catalog, type Namespace, type Words } from '../plan/i18n/translate';

const files = import.meta.glob<Catalog>('../../content/i18n/*.json', { eager: true, import: 'default' });
/** Every catalog, by language tag (the file name). */
export const CATALOGS: Record<string, Catalog> = Object.fromEntries(Object.entries(files).map(([path, catalog]) => [path.replace(/^.*\/|\.json$/g, ''), catalog]));
export { DEFAULT_LANG } from '../plan/i18n/languages';
import { DEFAULT_LANG } from '../plan/i18n/languages';

const catalogOf = (lang: string) => CATALOGS[lang] ?? CATALOGS[DEFAULT_LANG];

/** The namespaces `namespaces` of `lang`'s catalog, for an island's `words` prop. `common` always comes along. */
export function wordsFor<N extends Namespace>(lang: string, namespaces: readonly N[]): Words<N | 'common'> {
	const catalog = catalogOf(lang);
	return Object.fromEntries(['common', ...namespaces].map((namespace) => [namespace, catalog[namespace as Namespace]])) as Words<N | 'common'>;
}

/** Texts of `lang` for build-time rendering (pages, blank copies, quizzes). */
export const textsFor = (lang: string) => translator(catalogOf(lang), catalogOf(lang).common.locale);
