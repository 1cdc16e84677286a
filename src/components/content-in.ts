// Build side only: content in the page's language. Each translated file mirrors its English twin
// (`content/<folder>/<lang>/<id>.yaml`, checked at build start); its texts are laid over the English
// entry, so ids, kinds and structure come from one place.
import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import { withTexts } from '../plan/i18n/overlay';
import { DEFAULT_LANG } from '../plan/i18n/languages';

type Translated = 'models' | 'worksheets' | 'dialogues';
type Item = 'betterQuestions' | 'scenarios';
/** The translation file of each practice collection, by its file name. */
const ITEM_FILES: Record<Item, string> = { betterQuestions: 'better-questions', scenarios: 'scenarios' };

async function translationOf(lang: string, id: string): Promise<unknown> {
	if (lang === DEFAULT_LANG) return undefined;
	return (await getEntry('translations', `${id.split('/')[0]}/${lang}/${id.split('/').slice(1).join('/')}`))?.data;
}

const laid = <E extends { data: unknown }>(entry: E, texts: unknown, options = false): E => {
	if (texts === undefined) return entry;
	const data = withTexts(entry.data, texts);
	return { ...entry, data: options ? keepOptions(entry.data, data) : data };
};

/**
 * A choice or checklist keeps its English options, which are what a plan saves (so a plan reads the same
 * in every language), and shows the translated ones as `optionLabels`.
 */
function keepOptions<T>(english: T, translated: T): T {
	if (Array.isArray(english)) return english.map((item, i) => keepOptions(item, (translated as unknown[])[i])) as T;
	if (!english || typeof english !== 'object') return translated;
	const own = translated as Record<string, unknown>;
	const out = Object.fromEntries(Object.entries(english).map(([key, value]) => [key, key === 'options' ? value : keepOptions(value, own[key])]));
	return ('options' in english && Array.isArray(english.options) ? { ...out, optionLabels: own.options } : out) as T;
}

/** One model, worksheet or dialogue in `lang`. */
export async function entryIn<C extends Translated>(lang: string, collection: C, id: string): Promise<CollectionEntry<C> | undefined> {
	const entry = (await getEntry(collection, id)) as CollectionEntry<C> | undefined;
	return entry && laid(entry, await translationOf(lang, `${collection}/${id}`), collection === 'worksheets');
}

/** Every model, worksheet or dialogue in `lang`. */
export async function collectionIn<C extends Translated>(lang: string, collection: C): Promise<CollectionEntry<C>[]> {
	const entries = (await getCollection(collection)) as CollectionEntry<C>[];
	return Promise.all(entries.map(async (entry) => laid(entry, await translationOf(lang, `${collection}/${entry.id}`), collection === 'worksheets')));
}

/** Every practice item of a collection in `lang`, matched to its translation by id. */
export async function itemsIn<C extends Item>(lang: string, collection: C): Promise<CollectionEntry<C>[]> {
	const entries = (await getCollection(collection)) as CollectionEntry<C>[];
	const texts = (await translationOf(lang, `practice/${ITEM_FILES[collection]}`)) as { id: string }[] | undefined;
	if (!texts) return entries;
	const byId = new Map(texts.map((item) => [item.id, item]));
	return entries.map((entry) => laid(entry, byId.get(entry.id)));
}
