import { defineMiddleware } from 'astro:middleware';
import { addBaseToLinks, localizeLinks } from './components/base-links';

// Runs while pages are prerendered; see base-links.ts for why.
export const onRequest = defineMiddleware(async (context, next) => {
	const response = await next();
	if (!response.headers.get('content-type')?.includes('text/html')) return response;
	const base = import.meta.env.BASE_URL;
	const path = context.url.pathname.slice(base.replace(/\/$/, '').length);
	const html = localizeLinks(await response.text(), path);
	return new Response(base === '/' ? html : addBaseToLinks(html, base), response);
});
