// Build side only: which words each island reads, and the file that carries them to the browser.
import { createHash } from 'node:crypto';
import { COACH_WORDS } from '../islands/coach/coach-words';
import { PLANS_WORDS } from '../islands/plans/plans-words';
import { PRACTICE_WORDS } from '../islands/practice/practice-words';
import { SESSION_WORDS } from '../islands/session/session-words';
import { WORKSHEET_WORDS } from '../islands/worksheet/worksheet-words';
import { wordsFor } from './catalogs';
import { pageHref, pageLang } from './page-texts';

/** Each island's catalog namespaces (`common` always comes along), by the name its mount module hydrates. */
export const ISLAND_WORDS = { worksheet: WORKSHEET_WORDS, plans: PLANS_WORDS, coach: COACH_WORDS, session: SESSION_WORDS, practice: PRACTICE_WORDS };
export type IslandName = keyof typeof ISLAND_WORDS;

/** The words island `name` reads in `lang`. */
export const islandWords = (lang: string, name: IslandName) => wordsFor(lang, ISLAND_WORDS[name]);

/**
 * Island `name`'s words in the page's language, and the address of the file that carries them
 * (`/es/words/worksheet.json`), served by `src/pages/[...lang]/words/[island].json.ts`. The query names
 * their contents, so a deploy that changes a word is fetched anew rather than read from a browser's
 * cache beside the new page.
 */
export function islandWordsFile(astro: { url: URL }, name: IslandName) {
	const words = islandWords(pageLang(astro), name);
	const version = createHash('sha256').update(JSON.stringify(words)).digest('hex').slice(0, 8);
	return { words, href: `${pageHref(astro, `/words/${name}.json`)}?v=${version}` };
}
