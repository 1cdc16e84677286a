/**
 * Words that more than one output shows (the worksheet on screen and in print, Markdown, the
 * calendar file, the session mode): written once here so they never drift apart.
 */
import type { Translate } from '../i18n/translate';
import type { ActionRow, SmartValue } from './values';

// In the page's language, from the catalog (`print` namespace): every output asks these.


/** The review round's three questions, in order, in the page's language. */
export const roundText = (t: Translate<'print'>) =>
	[
		{ key: 'happened', label: t('print.round-happened') },
		{ key: 'evaluation', label: t('print.round-evaluation') },
		{ key: 'adjustments', label: t('print.round-adjustments') },
	] as const;

/** The SMART letters in order, in the page's language. */
export const smartLetters = (t: Translate<'print'>): readonly { key: Exclude<keyof SmartValue, 'goal'>; letter: string; name: string; prompt: string }[] => [
	{ key: 'specific', letter: t('print.smart-s'), name: t('print.smart-specific'), prompt: t('print.smart-specific-prompt') },
	{ key: 'measurable', letter: t('print.smart-m'), name: t('print.smart-measurable'), prompt: t('print.smart-measurable-prompt') },
	{ key: 'achievable', letter: t('print.smart-a'), name: t('print.smart-achievable'), prompt: t('print.smart-achievable-prompt') },
	{ key: 'relevant', letter: t('print.smart-r'), name: t('print.smart-relevant'), prompt: t('print.smart-relevant-prompt') },
	{ key: 'timeBound', letter: t('print.smart-t'), name: t('print.smart-time-bound'), prompt: t('print.smart-time-bound-prompt') },
];

/** A rating: "7 out of 10". */
export const scaleLabel = (value: number, t: Translate<'print'>): string => t('print.scale-value', { value });

/** A review round's name from its place in the list (0 for the first): "Round 1". */
export const roundLabel = (index: number, t: Translate<'print'>): string => t('print.round-name', { number: index + 1 });

/** Column headings of an action table, by the key each column shows. */
export const actionColumns = (t: Translate<'print'>): Record<keyof ActionRow, string> => ({
	what: t('print.action-what'),
	by: t('print.action-by'),
	support: t('print.action-support'),
	done: t('print.action-done'),
});

/** An option's words in the page's language (a saved answer holds the English option, or the visitor's own words). */
export const optionLabel = (field: { options: string[]; optionLabels?: string[] }, option: string): string =>
	field.optionLabels?.[field.options.indexOf(option)] ?? option;
