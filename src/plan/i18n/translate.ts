// The words of the interface, per language: one JSON catalog per language in `content/i18n/`, two levels
// deep (namespace, key). Pages pick the namespaces an island needs and pass them down as a prop; this
// module only types them and fills in their placeholders, so no island bundles a catalog.
import type english from '../../../content/i18n/en.json';

/** The English catalog is the reference: every other language has exactly its keys. */
export type Catalog = typeof english;
export type Namespace = keyof Catalog;
/** The namespaces of the catalog an island receives. */
export type Words<N extends Namespace = Namespace> = Pick<Catalog, N>;

/** A plural text is written as `key_one`, `key_other` (and any form the language needs); it is asked for as `key`. */
type Base<K> = K extends `${infer B}_${'zero' | 'one' | 'two' | 'few' | 'many' | 'other'}` ? B : K;
/** `namespace.key`, for every key of the namespaces `N`. */
export type Key<N extends Namespace = Namespace> = { [M in N]: `${M}.${Base<keyof Catalog[M] & string>}` }[N];
export type Params = Record<string, string | number>;

export interface Translate<N extends Namespace = Namespace> {
	/** The text of `key` with its `{placeholders}` filled in; with a numeric `count`, the plural form the language uses. */
	(key: Key<N>, params?: Params): string;
	/** The language's locale for `Intl` (dates, numbers, lists). @example 'en-GB' */
	readonly locale: string;
}

/**
 * Reads texts out of `words`. A key the words lack is a bug (a page passed too few namespaces): it
 * shows as the key itself and is reported on the console.
 */
export function translator<N extends Namespace>(words: Words<N>, locale: string): Translate<N> {
	const plurals = new Intl.PluralRules(locale);
	const t = (key: string, params?: Params) => {
		const dot = key.indexOf('.');
		const texts = (words as Record<string, Record<string, string>>)[key.slice(0, dot)] ?? {};
		const name = key.slice(dot + 1);
		const count = params?.count;
		const text = (typeof count === 'number' ? (texts[`${name}_${plurals.select(count)}`] ?? texts[`${name}_other`]) : undefined) ?? texts[name];
		if (text === undefined) {
			// The page passed too few namespaces: loud in the console, which every browser test watches.
			console.error(`No text for ${key}`);
			return key;
		}
		return params ? text.replace(/\{(\w+)\}/g, (whole, param: string) => (param in params ? String(params[param]) : whole)) : text;
	};
	return Object.assign(t, { locale }) as Translate<N>;
}

/**
 * A text whose `{placeholders}` stand for elements (a link inside a sentence), cut into its pieces:
 * plain text, and the names of the placeholders, in the language's own order.
 * @example textParts('Go to {page}.') // [{ text: 'Go to ' }, { part: 'page' }, { text: '.' }]
 */
export function textParts(text: string): ({ text: string; part?: undefined } | { part: string; text?: undefined })[] {
	return text
		.split(/\{(\w+)\}/)
		.map((piece, i) => (i % 2 ? { part: piece } : { text: piece }))
		.filter((piece) => piece.part !== undefined || piece.text !== '');
}
