import type { APIRoute } from 'astro';
import { ISLAND_WORDS, islandWords, type IslandName } from '../../../components/island-words';
import { langPaths } from '../../../plan/i18n/languages';

/** One file per island and language. */
export const getStaticPaths = () =>
	langPaths().flatMap(({ params, props }) => Object.keys(ISLAND_WORDS).map((island) => ({ params: { ...params, island }, props: { ...props, island } })));

/**
 * An island's words in one language, fetched by its mount module while the page's scripts load (see
 * `src/components/Island.astro`): on every page they were half its HTML, and a phone paints nothing until
 * the HTML is in.
 */
export const GET: APIRoute = ({ props }) =>
	new Response(JSON.stringify(islandWords(props.lang as string, props.island as IslandName)), { headers: { 'Content-Type': 'application/json' } });
