/**
 * Words that more than one output shows (the worksheet on screen and in print, Markdown, the
 * calendar file, the session mode): written once here so they never drift apart.
 */
import type { ActionRow, SmartValue } from './values';

/** The three questions every review round asks, in order, by the key the round stores them under. */
export const ROUND_TEXT = [
	{ key: 'happened', label: 'What happened since the last round?' },
	{ key: 'evaluation', label: 'How do you evaluate it? What worked, what did not?' },
	{ key: 'adjustments', label: 'What will you adjust?' },
] as const;

/** The SMART letters in order: the key each is stored under, its letter, name and prompt. */
export const SMART_LETTERS: readonly { key: Exclude<keyof SmartValue, 'goal'>; letter: string; name: string; prompt: string }[] = [
	{ key: 'specific', letter: 'S', name: 'Specific', prompt: 'What exactly will be different? Who, what, where?' },
	{ key: 'measurable', letter: 'M', name: 'Measurable', prompt: 'What number or visible result will show it is done?' },
	{ key: 'achievable', letter: 'A', name: 'Achievable', prompt: 'Is it within reach with the time and resources you have?' },
	{ key: 'relevant', letter: 'R', name: 'Relevant', prompt: 'Why does it matter now, and to what larger aim?' },
	{ key: 'timeBound', letter: 'T', name: 'Time-bound', prompt: 'By when? Name a date.' },
];

/** A rating as every output writes it: "7 out of 10". */
export const scaleText = (value: number): string => `${value} out of 10`;

/** A review round's name from its place in the list (0 for the first): "Round 1". */
export const roundName = (index: number): string => `Round ${index + 1}`;

/** Column headings of an action table, by the key each column shows. */
export const ACTION_COLUMNS: Record<keyof ActionRow, string> = { what: 'What', by: 'By when', support: 'Who helps', done: 'Done' };

/** Heading for answers to fields a newer worksheet version no longer asks. */
export const RETIRED_HEADING = 'Answers to questions no longer on this worksheet';
