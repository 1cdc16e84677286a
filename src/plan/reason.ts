// Why a record was refused, as data: a catalog key and its params, worded only where it is shown, in the
// page's language. Stored with quarantined records, so it must stay plain JSON.
import type { Key, Translate } from './i18n/translate';

/** A `common.reason-…` text of the catalogs. */
export type ReasonKey = Extract<Key<'common'>, `common.reason-${string}`>;

/** A reason; a param may itself be a reason (the `where` of "{where} holds…"), worded first. */
export interface Reason {
	key: ReasonKey;
	params?: Record<string, string | number | Reason>;
}

/** A reason as stored: older versions stored the English sentence itself. */
export type StoredReason = Reason | string;

export const reason = (key: ReasonKey, params?: Reason['params']): Reason => (params ? { key, params } : { key });

/** Whether `value` has a reason's shape; stored and bundled reasons come from outside, so nesting is bounded. */
export function isReason(value: unknown, depth = 0): value is Reason {
	if (typeof value !== 'object' || value === null || Array.isArray(value) || depth > 2) return false;
	const { key, params } = value as Record<string, unknown>;
	if (typeof key !== 'string' || !key.startsWith('common.reason-')) return false;
	if (params === undefined) return true;
	if (typeof params !== 'object' || params === null || Array.isArray(params)) return false;
	return Object.values(params).every((param) => typeof param === 'string' || typeof param === 'number' || isReason(param, depth + 1));
}

export const isStoredReason = (value: unknown): value is StoredReason => typeof value === 'string' || isReason(value);

/**
 * The reason in `t`'s language. A string (stored by an older version) is shown as it is. Numbers are
 * grouped from five digits on ('min2'), as English wrote them before ("1000", "100,000").
 */
export function reasonText(reason: StoredReason, t: Translate<'common'>): string {
	if (typeof reason === 'string') return reason;
	if (!isReason(reason)) return t('common.reason-unreadable');
	const params = Object.fromEntries(
		Object.entries(reason.params ?? {}).map(([name, value]) => [
			name,
			typeof value === 'number' ? value.toLocaleString(t.locale, { useGrouping: 'min2' }) : typeof value === 'string' ? value : reasonText(value, t),
		]),
	);
	return t(reason.key, params);
}
