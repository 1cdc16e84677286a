// Build side only: the interface's words for the page a component renders on.
import { textsFor } from './catalogs';
import { inLanguage, langOfPath, prefixOf } from '../plan/i18n/languages';
import { withBase } from '../islands/common/with-base';

type Page = { url: URL };

/** The language of the page being rendered, read from its address (`/es/…` is Spanish), the one rule for every page. */
export const pageLang = (astro: Page) => langOfPath(astro.url.pathname.slice(import.meta.env.BASE_URL.replace(/\/$/, '').length));

/** The texts of the page's language. */
export const pageTexts = (astro: Page) => textsFor(pageLang(astro));

/** A link to one of the site's pages from the page being rendered: its language's address, under the site's base. */
export const pageHref = (astro: Page, path: string) => withBase(inLanguage(path, pageLang(astro)));

/** A content entry's id without its language's folder (`es/questions` → `questions`): its English twin's id. */
export const idInEnglish = (id: string, lang: string) => id.slice(prefixOf(lang).length);
