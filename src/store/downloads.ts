import { persistentMap } from '@nanostores/persistent';
import { DOWNLOADED_PREFIX } from './keys';

/** When each plan was last downloaded as a file, by plan id (see `keys.ts`). */
export const $downloads = persistentMap<Record<string, string>>(DOWNLOADED_PREFIX, {});

export function noteDownloaded(planIds: string[], now = new Date()) {
	for (const id of planIds) $downloads.setKey(id, now.toISOString());
}
