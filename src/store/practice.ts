/**
 * The learner's practice progress, one value under `cw:practice` (see `keys.ts`), read once and written
 * on every answer. Kept apart from the plans store: the practice page loads neither plans nor their engine.
 * When the browser will not save, progress lives for the visit and `$practiceSaved` says so.
 */
import { atom } from 'nanostores';
import { answered, readProgress, writeProgress, type Progress } from '../plan/practice/schedule';
import { openLocalStorage } from './storage';
import { PRACTICE_KEY } from './keys';

const storage = typeof window === 'undefined' ? null : openLocalStorage();

function readStored(): Progress {
	try {
		return readProgress(storage?.getItem(PRACTICE_KEY) ?? null);
	} catch {
		return {};
	}
}

export const $progress = atom<Progress>(readStored());

/** False once a write failed: progress is then kept for this visit only. */
export const $practiceSaved = atom(true);

function save(progress: Progress) {
	$progress.set(progress);
	try {
		if (!storage) throw new Error('no storage');
		if (Object.keys(progress).length) storage.setItem(PRACTICE_KEY, writeProgress(progress));
		else storage.removeItem(PRACTICE_KEY);
		$practiceSaved.set(true);
	} catch {
		$practiceSaved.set(false);
	}
}

/** Records an answer to an item at `now` (epoch ms), moving it between boxes. */
export function recordAnswer(itemId: string, right: boolean, now = Date.now()) {
	save({ ...$progress.get(), [itemId]: answered($progress.get()[itemId], right, now) });
}

/** Forgets every answer. */
export const resetProgress = () => save({});
