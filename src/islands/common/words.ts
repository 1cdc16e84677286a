import { createContext, type ComponentChildren } from 'preact';
import { useContext, useMemo } from 'preact/hooks';
import { textParts, translator, type Translate, type Words } from '../../plan/i18n/translate';

/** The island's texts, set once at its root from the `words` prop its page passes. */
export const WordsContext = createContext<Translate | null>(null);

/** The texts of the page's language, for any component inside an island (each island's root provides them). */
export const useT = (): Translate => useContext(WordsContext)!;

/** At an island's root: a translator over the page's `words`, made once. */
export const useTranslator = (words: Partial<Words>): Translate => useMemo(() => translator(words as Words, (words as Words).common.locale), [words]);

/**
 * A text whose placeholders stand for elements (a link inside a sentence): `{page}` in "Read more: {page}."
 * becomes `parts.page`. Word order stays the language's own.
 */
export function withParts(text: string, parts: Record<string, ComponentChildren>): ComponentChildren[] {
	return textParts(text).map((piece) => (piece.part === undefined ? piece.text : (parts[piece.part] ?? `{${piece.part}}`)));
}
