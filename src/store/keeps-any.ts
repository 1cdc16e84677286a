/**
 * Whether localStorage holds any key that starts with `prefix`, read from the keys alone (nothing is
 * parsed or written). Code for what most browsers keep none of (a client's sessions, damaged plans)
 * loads only where this says there is some.
 */
export function keepsAny(prefix: string): boolean {
	try {
		for (let i = 0; i < localStorage.length; i++) if (localStorage.key(i)?.startsWith(prefix)) return true;
	} catch {
		// Storage refused: the stores read nothing from it either.
	}
	return false;
}
