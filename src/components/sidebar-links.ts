import { inLanguage, prefixOf } from '../plan/i18n/languages';

type Entry = { type: 'link'; href: string; isCurrent: boolean } | { type: 'group'; entries: Entry[] };

/**
 * The sidebar's links to the site's own pages (My plans, Practice…) are written as English addresses,
 * and Starlight localises only content pages: on a page in another language they get its prefix, and
 * the one for the page on screen is marked current.
 */
export function localiseSidebar(entries: Entry[], lang: string, here: string, base: string) {
	const prefix = prefixOf(lang);
	if (!prefix) return;
	for (const entry of entries) {
		if (entry.type === 'group') localiseSidebar(entry.entries, lang, here, base);
		else if (entry.href.startsWith(`${base}/`) && !entry.href.startsWith(`${base}${prefix}/`)) {
			entry.href = `${base}${inLanguage(entry.href.slice(base.length), lang)}`;
			entry.isCurrent = entry.href === here;
		}
	}
}
