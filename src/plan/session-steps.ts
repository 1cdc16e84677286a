/**
 * What the session page's first screen needs of a session (its lengths, its steps, where a phase
 * sits), apart from `session.ts` so that the page loads the clock, the summary and the stored
 * record's check only once it has hydrated.
 */
import type { Translate } from './i18n/translate';

/** Session lengths a coach can pick, in minutes; `null` runs the session without a timer. */
export const SESSION_LENGTHS = [30, 45, 60, 90] as const;
export type SessionLength = (typeof SESSION_LENGTHS)[number] | null;

/** Step ids after the model's phases; phase ids are slugs, so these never clash with one. */
export const CLOSE_STEP = '@close';
export const SUMMARY_STEP = '@summary';

/**
 * Where a phase sits, as the screen heading and the live announcement say it.
 * @example phasePlace(['goal', 'reality', 'options', 'will'], 'reality', 'Reality', t) // 'Reality, 2 of 4'
 */
export function phasePlace(phaseIds: string[], id: string, name: string, t: Translate<'session'>): string {
	const index = phaseIds.indexOf(id);
	return index < 0 ? name : t('session.phase-place', { name, place: index + 1, total: phaseIds.length });
}
