import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { modelSchema } from '../schemas/model';
import { worksheetSchema } from '../schemas/worksheet';
import { loadRawContent, type RawContent, type RawFile } from './content-check/load';
import { withTexts } from '../plan/i18n/overlay';
import { translator, type Catalog, type Translate } from '../plan/i18n/translate';
import { DEFAULT_LANG } from '../plan/i18n/languages';

/** A label in English with its other languages (Starlight's sidebar `translations`). */
interface Labelled {
	label: string;
	translations: Record<string, string>;
}
type SidebarLink = Labelled & ({ slug: string } | { link: string });
interface SidebarGroup extends Labelled {
	collapsed?: boolean;
	items: SidebarLink[];
}

/** Each catalog's language with its translator, built once for the whole sidebar. */
type Languages = { lang: string; t: Translate }[];
const languagesOf = (content: RawContent): Languages =>
	content.catalogs.map((file) => ({ lang: file.id, t: translator(file.data as Catalog, (file.data as Catalog).common.locale) }));

/** One label in every language: `words(t, lang)` is asked once per catalog. */
function labelled(languages: Languages, words: (t: Translate, lang: string) => string): Labelled {
	const all = Object.fromEntries(languages.map(({ lang, t }) => [lang, words(t, lang)]));
	const { [DEFAULT_LANG]: label, ...translations } = all;
	return { label, translations };
}

/** The English data of a content file, with the texts of `lang` laid over it when it has a translation. */
function dataIn(content: RawContent, lang: string, id: string, english: unknown): unknown {
	const own = content.translations.find((language) => language.lang === lang)?.files.find((file) => file.id === id);
	return own ? withTexts(english, own.data) : english;
}

/**
 * The whole sidebar: "Start here", one group per model, then "Reference", each label in every language.
 * Links to the site's own pages (not content entries) are written as the English address; the route
 * middleware gives them the page's language prefix, as Starlight does for slugs.
 */
export function siteSidebar(root: string): SidebarGroup[] {
	const content = loadRawContent(root);
	const languages = languagesOf(content);
	const label = (key: Parameters<Translate>[0]) => labelled(languages, (t) => t(key));
	return [
		{
			...label('sidebar.start-here'),
			items: [
				{ ...label('sidebar.choose'), slug: '' },
				{ ...label('sidebar.compare'), slug: 'compare' },
				{ ...label('sidebar.how-to-run'), slug: 'how-to-run-a-session' },
				{ ...label('sidebar.whole-session'), slug: 'a-whole-session' },
				{ ...label('sidebar.questions'), slug: 'questions' },
				{ ...label('sidebar.practice'), link: '/practice/' },
				{ ...label('sidebar.plans'), link: '/plans/' },
				{ ...label('sidebar.coach'), link: '/coach/' },
			],
		},
		...modelSidebar(root, content, languages),
		{
			...label('sidebar.reference'),
			items: [
				{ ...label('sidebar.glossary'), slug: 'glossary' },
				{ ...label('sidebar.sources'), slug: 'sources' },
				{ ...label('sidebar.about'), slug: 'about' },
			],
		},
	];
}

/**
 * One sidebar group per model, in teaching order: overview, each phase, then its worksheets
 * (pages at `content/docs/worksheets/<worksheet id>.mdx`).
 * Built from `content/models/*.yaml` so the order is stated once; pages not yet written are skipped
 * (the content test reports them). Groups start collapsed so the nine models fit on a screen as a list;
 * Starlight opens the group that holds the current page.
 */
function modelSidebar(root: string, content: RawContent, languages: Languages): SidebarGroup[] {
	const pageExists = (slug: string) =>
		['.mdx', '.md', '/index.mdx', '/index.md'].some((ext) => existsSync(join(root, 'content/docs', slug + ext)));
	/** A content file parsed once in each language, by language tag. */
	const inEvery = <T>(folder: string, file: RawFile, parse: (data: unknown) => T): Record<string, T> =>
		Object.fromEntries(languages.map(({ lang }) => [lang, parse(dataIn(content, lang, `${folder}/${file.id}`, file.data))]));
	const worksheets = content.worksheets.map((file) => ({ file, sheets: inEvery('worksheets', file, (data) => worksheetSchema.parse(data)) }));
	return content
		.models.map((file) => ({ file, models: inEvery('models', file, (data) => modelSchema.parse(data)) }))
		.sort((a, b) => a.models[DEFAULT_LANG].order - b.models[DEFAULT_LANG].order)
		.map(({ file, models }) => ({
			...labelled(languages, (_, lang) => models[lang].name),
			collapsed: true,
			items: [
				{ ...labelled(languages, (t) => t('sidebar.overview')), slug: file.id },
				...models[DEFAULT_LANG].phases.map((phase, i) => ({
					// Letters lead every phase of a model once one name does not start with its letter (Spanish
					// "Objetivo" for GROW's G), so the acronym still reads down the list.
					...labelled(languages, (_, lang) => {
						const { phases } = models[lang];
						const { name, letter } = phases[i];
						return letter && phases.some((p) => p.letter && !p.name.startsWith(p.letter)) ? `${letter}. ${name}` : name;
					}),
					slug: `${file.id}/${phase.id}`,
				})),
				...worksheets
					.filter(({ sheets }) => sheets[DEFAULT_LANG].model === file.id)
					.map(({ file: sheetFile, sheets }) => ({
						...labelled(languages, (t, lang) => t('sidebar.worksheet', { title: sheets[lang].title })),
						slug: `worksheets/${sheetFile.id}`,
					})),
			].filter((item) => pageExists(item.slug)),
		}));
}
