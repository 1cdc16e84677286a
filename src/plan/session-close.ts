/**
 * A plan and its session close read as one: the close's fields after the plan's own, their ids
 * prefixed so none clashes. The session summary and its calendar file join them this way, and
 * "Continue in…" maps a close's answers by these ids (`close-post-session-actions`). Plain data
 * helpers, apart from the session store, so continue-in does not load it.
 */
import type { Worksheet } from '../schemas/worksheet';

/** The worksheet whose answers hold every session's close (ICF competency 8, markers 8.1 to 8.9). */
export const CLOSE_WORKSHEET = 'session-close';

/** What a close field's id gets in front of it when joined to a plan. */
export const CLOSE_FIELD_PREFIX = 'close-';

type Sections = Pick<Worksheet, 'sections'>;

/** A worksheet's sections with the session-close worksheet's after them, field ids prefixed. */
export function withCloseFields<D extends Sections>(definition: D, close: Sections): D {
	return {
		...definition,
		sections: [
			...definition.sections,
			...close.sections.map((section) => ({ ...section, fields: section.fields.map((field) => ({ ...field, id: CLOSE_FIELD_PREFIX + field.id })) })),
		],
	};
}

/** A plan's answers with its close's answers after them, ids prefixed. */
export const withCloseAnswers = (answers: Record<string, unknown>, close: Record<string, unknown>): Record<string, unknown> => ({
	...answers,
	...Object.fromEntries(Object.entries(close).map(([key, value]) => [CLOSE_FIELD_PREFIX + key, value])),
});
