import { atom } from 'nanostores';
import { PERSIST_ASKED_KEY } from './keys';
import { isSafariAgent, storageTruth } from '../plan/storage-truth';

/** What "My plans" tells the visitor about this browser's storage for the site. */
export interface StorageHealth {
	/** False until the browser has been asked; then a null below means the browser did not say. */
	checked: boolean;
	/** Whether the browser promised not to clear the site's data on its own; null when unknown. */
	persisted: boolean | null;
	/** Bytes used and available, when the browser says. */
	usage: number | null;
	quota: number | null;
}

export const $storageHealth = atom<StorageHealth>({ checked: false, persisted: null, usage: null, quota: null });

/**
 * Asks once for persistent storage (browsers may grant it silently or refuse), then reads the
 * answer and the space used. Later visits only read.
 */
export async function checkStorageHealth() {
	const storage = typeof navigator === 'undefined' ? undefined : navigator.storage;
	if (!storage) return $storageHealth.set({ checked: true, persisted: null, usage: null, quota: null });
	let persisted = (await storage.persisted?.()) ?? null;
	let asked = false;
	try {
		asked = localStorage.getItem(PERSIST_ASKED_KEY) !== null;
		if (!persisted && !asked && storage.persist) {
			persisted = await storage.persist();
			localStorage.setItem(PERSIST_ASKED_KEY, new Date().toISOString());
		}
	} catch {
		// Storage refused: the worksheet already warns; health stays partly unknown.
	}
	const estimate = (await storage.estimate?.()) ?? {};
	$storageHealth.set({ checked: true, persisted, usage: estimate.usage ?? null, quota: estimate.quota ?? null });
}

/** Whether the site runs as an installed app (home-screen or installed PWA), where browsers do not clear it. */
function installed(): boolean {
	if (typeof window === 'undefined') return false;
	return window.matchMedia?.('(display-mode: standalone)').matches || (navigator as Navigator & { standalone?: boolean }).standalone === true;
}

/** What to tell the visitor about this browser deleting plans, or null (persistent, installed, or not yet known). */
export function storageTruthNow(health: StorageHealth): ReturnType<typeof storageTruth> {
	if (!health.checked || typeof navigator === 'undefined') return null;
	return storageTruth({ persisted: health.persisted, standalone: installed(), safari: isSafariAgent(navigator.userAgent) });
}
