import { defineMiddleware } from 'astro:middleware';
import { addBaseToLinks } from './components/base-links';

// Runs while pages are prerendered; see base-links.ts for why.
export const onRequest = defineMiddleware(async (_, next) => {
	const response = await next();
	const base = import.meta.env.BASE_URL;
	if (base === '/' || !response.headers.get('content-type')?.includes('text/html')) return response;
	return new Response(addBaseToLinks(await response.text(), base), response);
});
