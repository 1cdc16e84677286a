import type { FieldRules } from './types';
import { isString } from './shapes';
import { isObject } from '../record';
import { smartLetters } from '../answers/labels';

/** A goal with the visitor's answer to each SMART prompt. */
export interface SmartValue {
	goal: string;
	specific: string;
	measurable: string;
	achievable: string;
	relevant: string;
	timeBound: string;
}
export const SMART_KEYS = ['specific', 'measurable', 'achievable', 'relevant', 'timeBound'] as const;

const blankSmart = (): SmartValue => ({ goal: '', specific: '', measurable: '', achievable: '', relevant: '', timeBound: '' });

/** A SMART goal. Takes text as its goal sentence. */
export const smart: FieldRules<SmartValue> = {
	is: (v): v is SmartValue => isObject(v) && isString(v.goal) && SMART_KEYS.every((key) => isString(v[key])),
	empty: blankSmart,
	answered: (value) => [value.goal, ...SMART_KEYS.map((key) => value[key])].some((text) => text.trim() !== ''),
	text: (value, t) =>
		[value.goal.trim(), ...smartLetters(t).filter(({ key }) => value[key].trim()).map(({ key, name }) => `${name}: ${value[key].trim()}`)]
			.filter(Boolean)
			.join('\n'),
	takes: ['short-text', 'long-text'],
	parts: ['goal', ...SMART_KEYS],
	receive: (from, value, asText) => ({ ...blankSmart(), goal: asText(from, value) }),
};
