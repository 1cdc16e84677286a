import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { getCollection } from 'astro:content';
import { inTeachingOrder, modelHeadingId } from './components/question-bank';

// Starlight builds "On this page" from a page's Markdown headings only; the question bank's headings
// come from the model data, so its menu gets one entry per model, pointing at the headings it renders.
export const onRequest = defineRouteMiddleware(async (context) => {
	const route = context.locals.starlightRoute;
	if (route.entry.id !== 'questions' || !route.toc) return;
	const models = inTeachingOrder(await getCollection('models'));
	route.toc.items.push(...models.map((model) => ({ depth: 2, slug: modelHeadingId(model.id), text: model.data.name, children: [] })));
});
