import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { collectionIn } from './components/content-in';
import { inTeachingOrder, modelHeadingId } from './components/question-bank';
import { localiseSidebar } from './components/sidebar-links';
import { idInEnglish } from './components/page-texts';

export const onRequest = defineRouteMiddleware(async (context) => {
	const route = context.locals.starlightRoute;
	localiseSidebar(route.sidebar as Parameters<typeof localiseSidebar>[0], route.lang, context.url.pathname, import.meta.env.BASE_URL.replace(/\/$/, ''));
	// Starlight builds "On this page" from a page's Markdown headings only; the question bank's headings
	// come from the model data, so its menu gets one entry per model, pointing at the headings it renders.
	if (idInEnglish(route.id, route.lang) !== 'questions' || !route.toc) return;
	const models = inTeachingOrder(await collectionIn(route.lang, 'models'));
	route.toc.items.push(...models.map((model) => ({ depth: 2, slug: modelHeadingId(model.id), text: model.data.name, children: [] })));
});
