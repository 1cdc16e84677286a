import type { Translate } from '../i18n/translate';
import type { SmartValue } from './values';

/** One explainable observation about a SMART goal; never a verdict on the goal itself. */
export interface SmartHint {
	letter: 'M' | 'T';
	/** True when the simple check found what it looks for. */
	found: boolean;
	message: string;
}

const NUMBER = /\d/;
const DATE_WORDS =
	/\b(\d{4}-\d{2}-\d{2}|\d{1,2}\/\d{1,2}(\/\d{2,4})?|\d{1,2}\.\d{1,2}\.\d{2,4}|jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sep(tember)?|oct(ober)?|nov(ember)?|dec(ember)?|monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|next (week|month|year)|end of|by \w+day|within \d+|in \d+ (days?|weeks?|months?))\b/i;
const OBSERVABLE = /\b(finish|complete|publish|send|run|submit|sign|launch|deliver|present|read|write|attend|reach|save|lose|gain|hire|book|meet|call|ship|pass)(s|es|ed|ing)?\b/i;

/**
 * Two checks a reader can verify at a glance: is there a number or observable result (Measurable),
 * and is there a date or deadline (Time-bound)? Looks at the goal and the answer for that letter.
 */
export function smartHints(value: SmartValue, t: Translate<'print'>): SmartHint[] {
	const measurableText = `${value.goal} ${value.measurable}`;
	const timeText = `${value.goal} ${value.timeBound}`;
	const measurable = NUMBER.test(measurableText) || OBSERVABLE.test(measurableText);
	const timed = DATE_WORDS.test(timeText);
	return [
		{
			letter: 'M',
			found: measurable,
			message: t(measurable ? 'print.smart-measurable-found' : 'print.smart-measurable-missing'),
		},
		{
			letter: 'T',
			found: timed,
			message: t(timed ? 'print.smart-time-found' : 'print.smart-time-missing'),
		},
	];
}
