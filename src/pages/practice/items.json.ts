import type { APIRoute } from 'astro';
import { sitePracticeData } from '../../components/practice-data';

/** Every drill item, fetched by the practice page once it starts (see `practice/items.ts`). */
export const GET: APIRoute = async () => new Response(JSON.stringify(await sitePracticeData()), { headers: { 'Content-Type': 'application/json' } });
