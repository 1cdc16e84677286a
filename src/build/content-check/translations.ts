import { overlayProblems } from '../../plan/i18n/overlay';
import { englishPages, isPageIn, type RawContent, type RawFile } from './load';

/** Frontmatter keys a translated page must share with its English twin (what it is about and cites). */
const PAGE_STRUCTURE = ['model', 'phase', 'worksheet', 'sources'] as const;

/**
 * Every language has a translation of every English content file and page, and nothing else: each
 * translation has every text of its twin, no text the twin lacks, and the twin's structure.
 */
export function translationProblems(content: RawContent): string[] {
	const english = new Map<string, RawFile | { path: string; data: unknown }>([
		...content.models.map((file) => [`models/${file.id}`, file] as const),
		...content.worksheets.map((file) => [`worksheets/${file.id}`, file] as const),
		...content.dialogues.map((file) => [`dialogues/${file.id}`, file] as const),
		['practice/better-questions', content.practice.betterQuestions],
		['practice/scenarios', content.practice.scenarios],
	]);
	const twins = englishPages(content);
	const problems: string[] = [];
	for (const { lang, files } of content.translations) {
		const translated = new Map(files.map((file) => [file.id, file]));
		for (const [id, twin] of english) {
			const own = translated.get(id);
			if (!own) problems.push(`content/${id.replace('/', `/${lang}/`)}.yaml: missing (the ${lang} text of ${twin.path})`);
			else problems.push(...overlayProblems(twin.data, own.data).map((problem) => `${own.path}: ${problem}`));
		}
		for (const file of files) if (!english.has(file.id)) problems.push(`${file.path}: has no English twin`);

		const pages = new Map(content.pages.filter((page) => isPageIn(page, lang)).map((page) => [page.id === lang ? '' : page.id.slice(lang.length + 1), page]));
		for (const page of twins) {
			const own = pages.get(page.id);
			if (!own) {
				problems.push(`content/docs/${lang}/${page.path.slice('content/docs/'.length)}: missing (the ${lang} page of ${page.path})`);
				continue;
			}
			const [ours, theirs] = [page.data, own.data] as Record<string, unknown>[];
			for (const key of PAGE_STRUCTURE)
				if (JSON.stringify(ours?.[key]) !== JSON.stringify(theirs?.[key])) problems.push(`${own.path}: ${key} should be ${JSON.stringify(ours?.[key])} as on ${page.path}`);
		}
		for (const [id, page] of pages) if (!twins.some((twin) => twin.id === id)) problems.push(`${page.path}: has no English twin`);
	}
	return problems;
}
