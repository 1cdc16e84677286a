import type { StringStorage } from './storage';

/**
 * Whether `storage` (localStorage unless given) holds any key that starts with `prefix`, read from the
 * keys alone (nothing is parsed or written). Code for what many browsers keep none of (plans, a
 * client's sessions, damaged plans) loads only where this says there is some.
 */
export function keepsAny(prefix: string, storage?: StringStorage | null): boolean {
	try {
		const store = storage === undefined ? localStorage : storage;
		if (!store) return false;
		for (let i = 0; i < store.length; i++) if (store.key(i)?.startsWith(prefix)) return true;
	} catch {
		// Storage refused: the stores read nothing from it either.
	}
	return false;
}
