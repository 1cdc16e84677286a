/**
 * The practice data of this site, from its content collections: shared by `/practice/items.json` and
 * the printable quizzes, so both show the same items.
 */
import { getCollection } from 'astro:content';
import { collectionIn, itemsIn } from './content-in';
import { buildPracticeData } from '../plan/practice/drills';
import { DEFAULT_LANG, inLanguage, langOfPath } from '../plan/i18n/languages';
import { dialogueIdsIn } from './dialogue-ids';
import { textsFor } from './catalogs';
import { idInEnglish } from './page-texts';
import type { Link } from '../plan/practice/items';

/** The practice data in `lang`: its items' texts, and links to the pages of that language. */
export async function sitePracticeData(lang: string = DEFAULT_LANG) {
	const [models, betterQuestions, scenarios, allDocs, sources, dialogues] = await Promise.all([
		collectionIn(lang, 'models'),
		itemsIn(lang, 'betterQuestions'),
		itemsIn(lang, 'scenarios'),
		getCollection('docs'),
		getCollection('sources'),
		collectionIn(lang, 'dialogues'),
	]);
	const docs = allDocs.filter((entry) => langOfPath(entry.id) === DEFAULT_LANG);
	// The page that shows each dialogue, from the English pages' `<Dialogue id="…" />` tags (every
	// language's twin shows the same dialogue).
	const shownOn = new Map(docs.flatMap((entry) => dialogueIdsIn(entry.body ?? '').map((id) => [id, entry.id ? `/${entry.id}/` : '/'] as const)));
	// Page titles in `lang`: each page's twin in that language, where it has one (the build checks they all do).
	const twinTitles = new Map(allDocs.filter((entry) => langOfPath(entry.id) === lang).map((entry) => [idInEnglish(entry.id, lang), entry.data.title]));
	const titles = new Map(docs.map((entry) => [entry.id, twinTitles.get(entry.id) ?? entry.data.title]));
	const page = (path: string): Link => {
		const title = titles.get(path.slice(1, -1));
		if (!title) throw new Error(`practice item links to ${path}, which is not a page`);
		return { href: inLanguage(path, lang), title };
	};
	const ethics = sources.find((source) => source.id === 'icf-code-of-ethics')?.data;
	if (!ethics?.url) throw new Error('content/sources.yaml has no icf-code-of-ethics with its address');
	return buildPracticeData({
		models: models.map((entry) => ({ id: entry.id, data: entry.data })),
		betterQuestions: betterQuestions.map((entry) => entry.data),
		scenarios: scenarios.map((entry) => entry.data),
		page,
		ethics: { href: ethics.url, title: ethics.title },
		t: textsFor(lang),
		dialogues: dialogues.flatMap((entry) => {
			const page = shownOn.get(entry.id);
			return page ? [{ id: entry.id, data: entry.data, page }] : [];
		}),
	});
}
