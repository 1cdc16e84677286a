import { inLanguage, langOfPath } from '../plan/i18n/languages';

/**
 * Prefixes root-absolute `href`s in built HTML with the site's base, so writers can link pages as
 * `/grow/goal/` in Markdown and the site still works under a sub-path. Links that already start
 * with the base (Starlight's own) are left alone.
 */
export function addBaseToLinks(html: string, base: string): string {
	const prefix = base.replace(/\/$/, '');
	if (!prefix) return html;
	return html.replace(/href="(\/(?!\/)[^"]*)"/g, (match, path: string) =>
		path === prefix || path.startsWith(`${prefix}/`) ? match : `href="${prefix}${path}"`,
	);
}

/**
 * On a page in another language (`/es/…`), links to the site's pages written as English addresses
 * (`/grow/`, as its English twin has them) lead to that language's page (`/es/grow/`), so writers and
 * translators never spell a language into a link. Files (`/favicon.svg`) and links already in the
 * language are left alone. Runs before the base is added.
 */
export function localizeLinks(html: string, pagePath: string): string {
	const lang = langOfPath(pagePath);
	const own = inLanguage('/', lang);
	if (own === '/') return html;
	return html.replace(/href="(\/(?!\/)[^"]*)"/g, (match, path: string) =>
		path.startsWith(own) || /\.[a-z0-9]+(?:[?#]|$)/i.test(path.split(/[?#]/)[0]) ? match : `href="${inLanguage(path, lang)}"`,
	);
}
