import { prefixOf } from '../../plan/i18n/languages';

/**
 * A root-absolute path (`/plans/`) as the address of that page in the current page's language, under
 * the site's base: links an island makes in a Spanish page stay Spanish. (Rendered at build time, the
 * page's language is not known here; pages pass such links as props instead.)
 */
export function pagePath(path: string, lang?: string): string {
	const prefix = lang ? prefixOf(lang) : typeof document === 'undefined' ? '' : prefixOf(document.documentElement.lang);
	return `${import.meta.env.BASE_URL.replace(/\/$/, '')}${prefix}${path}`;
}

/**
 * The site's address in the page's language (or in `lang`), ending in `/`, for links people take
 * elsewhere (share, coach, QR).
 */
export const siteBase = (lang?: string): string => new URL(pagePath('/', lang), location.origin).href;
