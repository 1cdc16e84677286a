import { SESSION_PREFIX } from '../../store/keys';

/**
 * Whether this browser keeps any guided session, read from the keys alone (nothing is parsed or
 * written). Most visitors keep none, and then a client's sessions, and the validation they need,
 * are never loaded.
 */
export function hasStoredSessions(): boolean {
	try {
		for (let i = 0; i < localStorage.length; i++) if (localStorage.key(i)?.startsWith(SESSION_PREFIX)) return true;
	} catch {
		// Storage refused: the sessions store reads nothing from it either.
	}
	return false;
}
