import { persistentMap } from '@nanostores/persistent';

/** When each plan was last downloaded as a file, by plan id (`cw:downloaded:<id>` = ISO time). */
export const $downloads = persistentMap<Record<string, string>>('cw:downloaded:', {});

export function noteDownloaded(planIds: string[], now = new Date()) {
	for (const id of planIds) $downloads.setKey(id, now.toISOString());
}
