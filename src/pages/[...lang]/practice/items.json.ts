import type { APIRoute } from 'astro';
import { sitePracticeData } from '../../../components/practice-data';
import { langPaths } from '../../../plan/i18n/languages';

export const getStaticPaths = langPaths;

/** Every drill item in the page's language, fetched by the practice page once it starts (see `practice/items.ts`). */
export const GET: APIRoute = async ({ props }) =>
	new Response(JSON.stringify(await sitePracticeData(props.lang as string)), { headers: { 'Content-Type': 'application/json' } });
