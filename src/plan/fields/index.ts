/**
 * Every field kind's rules, by kind: the one place that joins the kinds. `satisfies` makes a kind in
 * the schema without a module here a compile error (tests/unit/plan/fields/registry.test.ts shows it).
 */
import type { FieldKind } from '../../schemas/worksheet';
import type { ValueOfKind } from '../answers/values';
import type { FieldRegistry } from './types';
import { shortText } from './short-text';
import { longText } from './long-text';
import { list } from './list';
import { scale } from './scale';
import { date } from './date';
import { choice } from './choice';
import { checklist } from './checklist';
import { actions } from './actions';
import { smart } from './smart';
import { reviews } from './reviews';

export const fieldRules = {
	'short-text': shortText,
	'long-text': longText,
	list,
	scale,
	date,
	choice,
	checklist,
	actions,
	smart,
	reviews,
} satisfies FieldRegistry<FieldKind, ValueOfKind>;
