// The words of a content file in another language, its structure once. A translation of
// `content/<folder>/<id>.yaml` lives at `content/<folder>/<lang>/<id>.yaml` and mirrors the English file:
// the same nesting and list lengths, with the texts (the keys below) in its language. Anything else it
// holds (ids, kinds, phases, markers) must equal the English, so a full translated copy passes too.

/** The keys whose values are words a reader sees; every other value is structure. */
export const TEXT_KEYS = new Set([
	// models
	'name', 'expansion', 'summary', 'timeNeeded', 'evidence', 'bestFor', 'useWhen', 'origin', 'questions', 'foundation', 'summit',
	// worksheets (an option's English text stays the value saved in a plan, so a plan opens in any language)
	'title', 'intro', 'label', 'hint', 'coachHint', 'itemLabel', 'options', 'other', 'lowLabel', 'highLabel', 'scaleName',
	// dialogues
	'topic', 'text', 'note', 'coach',
	// practice items
	'context', 'weak', 'reason', 'situation',
]);

type Tree = unknown;
const isObject = (value: Tree): value is Record<string, Tree> => !!value && typeof value === 'object' && !Array.isArray(value);
const where = (path: string, key: string | number) => (typeof key === 'number' ? `${path}[${key}]` : path ? `${path}.${key}` : key);

/**
 * What is wrong with `translated` as a translation of `english`, one line per problem naming the key:
 * a text missing or empty, a text the English does not have, a list of another length, changed structure.
 */
export function overlayProblems(english: Tree, translated: Tree, path = '', text = false): string[] {
	// A mapping under a text key is structure (a worksheet's `summary` names fields; a model's is a sentence).
	if (isObject(english)) text = false;
	if (text || typeof english === 'string') {
		if (Array.isArray(english)) {
			const texts = translated;
			if (!Array.isArray(texts)) return [`${path || '(file)'} should be a list of ${english.length} texts`];
			if (texts.length !== english.length) return [`${path} has ${texts.length} texts; the English has ${english.length}`];
			return english.flatMap((item, i) => overlayProblems(item, texts[i], where(path, i), true));
		}
		if (!text) return translated === undefined || translated === english ? [] : [`${path} is structure and should be "${english}" as in the English`];
		return typeof translated === 'string' && translated.trim() ? [] : [`${path} is missing (English: "${String(english).slice(0, 60)}")`];
	}
	if (Array.isArray(english)) {
		const entries = translated;
		if (entries === undefined) return [];
		if (!Array.isArray(entries)) return [`${path} should be a list`];
		if (entries.length !== english.length) return [`${path} has ${entries.length} entries; the English has ${english.length}`];
		return english.flatMap((item, i) => overlayProblems(item, entries[i], where(path, i)));
	}
	if (isObject(english)) {
		const own = translated ?? {};
		if (!isObject(own)) return [`${path || '(file)'} should be a mapping`];
		const problems = Object.entries(english).flatMap(([key, value]) => overlayProblems(value, own[key], where(path, key), TEXT_KEYS.has(key)));
		for (const key of Object.keys(own)) if (!(key in english)) problems.push(`${where(path, key)} is not in the English`);
		return problems;
	}
	return translated === undefined || translated === english ? [] : [`${path} is structure and should be ${JSON.stringify(english)} as in the English`];
}

/** The English data with its texts replaced by the translation's (checked beforehand by `overlayProblems`). */
export function withTexts<T>(english: T, translated: Tree, text = false): T {
	if (translated === undefined) return english;
	if (text && !isObject(english)) return (Array.isArray(english) ? english.map((item, i) => withTexts(item, (translated as Tree[])[i], true)) : translated) as T;
	if (Array.isArray(english)) return english.map((item, i) => withTexts(item, (translated as Tree[])[i])) as T;
	if (isObject(english) && isObject(translated))
		return Object.fromEntries(Object.entries(english).map(([key, value]) => [key, withTexts(value, translated[key], TEXT_KEYS.has(key))])) as T;
	return english;
}
