import type { RawFile } from './load';

const REFERENCE = 'en';
const placeholders = (text: string) => [...new Set([...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]))].sort().join(',');
/** The placeholders apart from `count`, which a plural form may leave out ("this plan" for one). */
const named = (text: string) => placeholders(text).split(',').filter((name) => name && name !== 'count').join(',');
/** A plural text's base key, so `n_one` in one language matches `n_few` in another. */
const PLURAL = /_(zero|one|two|few|many|other)$/;

/**
 * Every catalog must have the English catalog's keys and no others, with the same placeholders.
 * Plural forms count as one key: each language writes the forms its grammar needs, `_other` always.
 */
export function catalogProblems(catalogs: RawFile[]): string[] {
	const problems: string[] = [];
	const reference = catalogs.find((file) => file.id === REFERENCE);
	if (!reference) return catalogs.length ? [`content/i18n/${REFERENCE}.json: missing (the reference catalog)`] : [];
	const flat = (file: RawFile): Map<string, string> | undefined => {
		const texts = new Map<string, string>();
		if (typeof file.data === 'string') return void problems.push(`${file.path}: ${file.data}`);
		if (!file.data || typeof file.data !== 'object') return void problems.push(`${file.path}: expected an object of namespaces`);
		for (const [namespace, keys] of Object.entries(file.data as Record<string, unknown>)) {
			if (!keys || typeof keys !== 'object') {
				problems.push(`${file.path}: ${namespace} should hold texts by key`);
				continue;
			}
			for (const [key, text] of Object.entries(keys as Record<string, unknown>)) {
				if (typeof text !== 'string' || !text.trim()) problems.push(`${file.path}: ${namespace}.${key} should be a text`);
				else texts.set(`${namespace}.${key}`, text);
			}
		}
		return texts;
	};
	const bases = (texts: Map<string, string>) => {
		const byBase = new Map<string, string[]>();
		for (const [key, text] of texts) byBase.set(key.replace(PLURAL, ''), [...(byBase.get(key.replace(PLURAL, '')) ?? []), text]);
		return byBase;
	};
	const english = flat(reference);
	if (!english) return problems;
	const wanted = bases(english);
	for (const file of catalogs) {
		if (file === reference) continue;
		const texts = flat(file);
		if (!texts) continue;
		const has = bases(texts);
		for (const [key, [text]] of wanted) {
			const theirs = has.get(key);
			if (!theirs) problems.push(`${file.path}: ${key} is missing (English: "${text}")`);
			else if (theirs.some((own) => named(own) !== named(text)))
				problems.push(`${file.path}: ${key} should use the placeholders {${placeholders(text)}}`);
		}
		for (const key of texts.keys()) if (!wanted.has(key.replace(PLURAL, ''))) problems.push(`${file.path}: ${key} is not a key of ${reference.path}`);
		for (const key of has.keys()) if (english.has(`${key}_other`) && !texts.has(`${key}_other`)) problems.push(`${file.path}: ${key}_other is missing (every plural text needs it)`);
	}
	return problems;
}
