import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse as parseYaml } from 'yaml';

/** One content file read from disk, before validation. */
export interface RawFile {
	/** Path relative to the project root, for messages. @example 'content/worksheets/grow.yaml' */
	path: string;
	/** Id derived from the file name (models, worksheets) or the page slug (docs). */
	id: string;
	/** Parsed YAML, or the frontmatter of an MDX page. */
	data: unknown;
}

/** Everything under `content/`, read but not yet validated. */
export interface RawContent {
	models: RawFile[];
	worksheets: RawFile[];
	sources: { path: string; data: unknown };
	pages: RawFile[];
	/** Drill items written for practice, one list per file. */
	practice: { betterQuestions: RawList; scenarios: RawList };
	/** Dialogues, with ids from their path under `content/dialogues` ("grow/goal"). */
	dialogues: RawFile[];
	/** The interface's words, one catalog per language, with the language tag as id ("en"). */
	catalogs: RawFile[];
	/**
	 * Per language other than English (one per catalog): its translations of models, worksheets,
	 * dialogues and practice items, each with the id of its English twin ("worksheets/grow").
	 */
	translations: { lang: string; files: RawFile[] }[];
}

/** The folders whose files are translated as text mirrors, at `content/<folder>/<lang>/`. */
export const TRANSLATED_FOLDERS = ['models', 'worksheets', 'dialogues', 'practice'] as const;

/** A YAML file holding one list, before validation. */
export interface RawList {
	path: string;
	data: unknown;
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---/;

function pageFiles(root: string, dir: string): RawFile[] {
	const full = join(root, dir);
	if (!existsSync(full)) return [];
	return readdirSync(full, { recursive: true, encoding: 'utf8' })
		.filter((name) => /\.mdx?$/.test(name))
		.sort()
		.map((name) => {
			const text = readFileSync(join(full, name), 'utf8');
			const match = FRONTMATTER.exec(text);
			const slug = name.replace(/\\/g, '/').replace(/\.mdx?$/, '').replace(/(^|\/)index$/, '');
			return {
				path: relative(root, join(full, name)).replace(/\\/g, '/'),
				id: slug,
				data: match ? parseYaml(match[1]) : {},
			};
		});
}

/** The YAML files under `dir`, in folders too, each with its id: its path below `dir` without `.yaml`. */
function yamlFiles(root: string, dir: string): RawFile[] {
	const full = join(root, dir);
	if (!existsSync(full)) return [];
	return readdirSync(full, { recursive: true, encoding: 'utf8' })
		.map((name) => name.replace(/\\/g, '/'))
		.filter((name) => name.endsWith('.yaml'))
		.sort()
		.map((name) => ({
			path: `${dir}/${name}`,
			id: name.replace(/\.yaml$/, ''),
			data: parseYaml(readFileSync(join(full, name), 'utf8')),
		}));
}

/** The JSON files directly in `dir`, each with its file name as id. */
function jsonFiles(root: string, dir: string): RawFile[] {
	const full = join(root, dir);
	if (!existsSync(full)) return [];
	return readdirSync(full)
		.filter((name) => name.endsWith('.json'))
		.sort()
		.map((name) => {
			const path = `${dir}/${name}`;
			try {
				return { path, id: name.replace(/\.json$/, ''), data: JSON.parse(readFileSync(join(full, name), 'utf8')) };
			} catch (error) {
				return { path, id: name.replace(/\.json$/, ''), data: `not JSON: ${(error as Error).message}` };
			}
		});
}

/** Reads `content/` under `root` the way the content collections see it. */
export function loadRawContent(root: string): RawContent {
	const sourcesPath = 'content/sources.yaml';
	const sourcesFull = join(root, sourcesPath);
	const catalogs = jsonFiles(root, 'content/i18n');
	const languages = catalogs.map((file) => file.id).filter((lang) => lang !== 'en');
	const inLanguage = (file: RawFile) => languages.some((lang) => file.id.startsWith(`${lang}/`));
	const list = (path: string): RawList => ({ path, data: existsSync(join(root, path)) ? parseYaml(readFileSync(join(root, path), 'utf8')) : [] });
	return {
		models: yamlFiles(root, 'content/models').filter((file) => !inLanguage(file)),
		worksheets: yamlFiles(root, 'content/worksheets').filter((file) => !inLanguage(file)),
		sources: {
			path: sourcesPath,
			data: existsSync(sourcesFull) ? parseYaml(readFileSync(sourcesFull, 'utf8')) : [],
		},
		pages: pageFiles(root, 'content/docs'),
		practice: { betterQuestions: list('content/practice/better-questions.yaml'), scenarios: list('content/practice/scenarios.yaml') },
		dialogues: yamlFiles(root, 'content/dialogues').filter((file) => !inLanguage(file)),
		catalogs,
		translations: languages.map((lang) => ({
			lang,
			files: TRANSLATED_FOLDERS.flatMap((folder) => yamlFiles(root, `content/${folder}/${lang}`).map((file) => ({ ...file, id: `${folder}/${file.id}` }))),
		})),
	};
}

/** Whether a page is one of `lang`'s twins (`content/docs/<lang>/…`). */
export const isPageIn = (page: RawFile, lang: string) => page.id === lang || page.id.startsWith(`${lang}/`);

/** The English pages: every page but the other languages' twins. */
export function englishPages(content: RawContent): RawFile[] {
	return content.pages.filter((page) => !content.translations.some(({ lang }) => isPageIn(page, lang)));
}
