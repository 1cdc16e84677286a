import type { FieldKind } from '../../schemas/worksheet';
import type { Translate } from '../i18n/translate';
import type { ActionRow } from './actions';

/**
 * Everything the plan core knows about one field kind, in one place (one module per kind beside this
 * file). Screen, print, Markdown, calendar, continue-in and salvage ask the kind through the registry
 * in `index.ts` instead of switching on kind names.
 */
export interface FieldRules<V> {
	/** Whether a stored value has this kind's shape (a value that fails is kept in the record, never shown as this kind). */
	is: (value: unknown) => value is V;
	/** The value of a field nobody has answered yet (a new object each call: callers may change it). */
	empty: () => V;
	/** Whether the visitor has written anything, so print shows it rather than blank lines. */
	answered: (value: V) => boolean;
	/** The answer as plain text, for a text field it continues into (only called on answered values). */
	text: (value: V, t: Translate<'print' | 'common'>) => string;
	/** The other kinds whose answers can fill a field of this kind when a plan continues (its own always can). */
	takes: readonly FieldKind[];
	/** An answer of kind `from` (one of `takes`) reshaped for this kind; `asText` writes any answer out. */
	receive?: (from: FieldKind, value: unknown, asText: (kind: FieldKind, value: unknown) => string) => V;
	/**
	 * Text parts of the value a continue-in path may name as `<field>.<part>` (a SMART goal's letters),
	 * so one answer can fill one part. Each part holds text.
	 */
	parts?: readonly string[];
	/** The action rows the value holds (only an action table has any), as the session summary lists them. */
	actionRows?: (value: V) => ActionRow[];
	/** Answers held inside the value, each set under its name (a review round's own fields: "Round 2"). */
	nested?: (value: V, t: Translate<'print'>) => { name: string; answers: Record<string, unknown> }[];
}

/**
 * The registry's type: a rules object for every kind of `Kinds`, each over its own value. Checked with
 * `satisfies`, so a kind added to the schema without its module fails to compile.
 */
export type FieldRegistry<Kinds extends string, Values extends Record<Kinds, unknown>> = { [K in Kinds]: FieldRules<Values[K]> };

