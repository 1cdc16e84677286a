/**
 * The practice data of this site, from its content collections: shared by `/practice/items.json` and
 * the printable quizzes, so both show the same items.
 */
import { getCollection } from 'astro:content';
import { buildPracticeData } from '../plan/practice/drills';
import { dialogueIdsIn } from './dialogue-ids';
import type { Link } from '../plan/practice/items';

export async function sitePracticeData() {
	const [models, betterQuestions, scenarios, docs, sources, dialogues] = await Promise.all([
		getCollection('models'),
		getCollection('betterQuestions'),
		getCollection('scenarios'),
		getCollection('docs'),
		getCollection('sources'),
		getCollection('dialogues'),
	]);
	// The page that shows each dialogue, from the pages' `<Dialogue id="…" />` tags.
	const shownOn = new Map(docs.flatMap((entry) => dialogueIdsIn(entry.body ?? '').map((id) => [id, entry.id ? `/${entry.id}/` : '/'] as const)));
	const titles = new Map(docs.map((entry) => [entry.id, entry.data.title]));
	const page = (path: string): Link => {
		const title = titles.get(path.slice(1, -1));
		if (!title) throw new Error(`practice item links to ${path}, which is not a page`);
		return { href: path, title };
	};
	const ethics = sources.find((source) => source.id === 'icf-code-of-ethics')?.data;
	if (!ethics?.url) throw new Error('content/sources.yaml has no icf-code-of-ethics with its address');
	return buildPracticeData({
		models: models.map((entry) => ({ id: entry.id, data: entry.data })),
		betterQuestions: betterQuestions.map((entry) => entry.data),
		scenarios: scenarios.map((entry) => entry.data),
		page,
		ethics: { href: ethics.url, title: ethics.title },
		dialogues: dialogues.flatMap((entry) => {
			const page = shownOn.get(entry.id);
			return page ? [{ id: entry.id, data: entry.data, page }] : [];
		}),
	});
}
