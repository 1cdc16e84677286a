import { afterEach, describe, expect, it, vi } from 'vitest';
import { $storageHealth, checkStorageHealth } from '../../../src/store/health';
import { PERSIST_ASKED_KEY } from '../../../src/store/keys';

/** The parts of a browser's StorageManager the health check reads, answering as told. */
function storageManager({ persisted = false, grants = true, estimate = { usage: 5400, quota: 10e9 } as StorageEstimate | null } = {}) {
	let kept = persisted;
	return {
		persistCalls: 0,
		persisted: async () => kept,
		async persist() {
			this.persistCalls += 1;
			kept = grants;
			return kept;
		},
		// null: a browser without `estimate` (an undefined argument would take the default).
		estimate: estimate ? async () => estimate : undefined,
	};
}

function inBrowser(storage: ReturnType<typeof storageManager> | undefined) {
	const items = new Map<string, string>();
	vi.stubGlobal('navigator', { storage });
	vi.stubGlobal('localStorage', { getItem: (key: string) => items.get(key) ?? null, setItem: (key: string, value: string) => items.set(key, value) });
	return items;
}

afterEach(() => {
	vi.unstubAllGlobals();
	$storageHealth.set({ checked: false, persisted: null, usage: null, quota: null });
});

describe('$storageHealth', () => {
	it('starts unchecked, so the page can say it is still asking', () => {
		expect($storageHealth.get()).toEqual({ checked: false, persisted: null, usage: null, quota: null });
	});

	it('asks for persistent storage once, remembers having asked, and reports the space used', async () => {
		const storage = storageManager();
		const items = inBrowser(storage);
		await checkStorageHealth();
		expect($storageHealth.get()).toEqual({ checked: true, persisted: true, usage: 5400, quota: 10e9 });
		expect(items.has(PERSIST_ASKED_KEY)).toBe(true);
		await checkStorageHealth();
		expect(storage.persistCalls).toBe(1);
	});

	it('does not ask again after a refusal', async () => {
		const storage = storageManager({ grants: false });
		inBrowser(storage);
		await checkStorageHealth();
		await checkStorageHealth();
		expect(storage.persistCalls).toBe(1);
		expect($storageHealth.get().persisted).toBe(false);
	});

	it('is checked with unknowns when the browser has no storage manager or no estimate', async () => {
		inBrowser(undefined);
		await checkStorageHealth();
		expect($storageHealth.get()).toEqual({ checked: true, persisted: null, usage: null, quota: null });
		inBrowser(storageManager({ persisted: true, estimate: null }));
		await checkStorageHealth();
		expect($storageHealth.get()).toEqual({ checked: true, persisted: true, usage: null, quota: null });
	});
});
