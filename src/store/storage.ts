import { atom } from 'nanostores';

/** What the visitor is told about saving. */
export type SaveState =
	| { status: 'idle' }
	| { status: 'saved'; at: number }
	| { status: 'failed'; reason: SaveFailure; at: number };

/** Why a save failed, as a key the worksheet words (`worksheet.not-saved-<reason>`). */
export type SaveFailure = 'full' | 'not-kept' | 'refused';

/** Whether answers are reaching the browser's storage; the worksheet shows it. */
export const $saveState = atom<SaveState>({ status: 'idle' });

export type StringStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem' | 'key' | 'length'>;

/** localStorage, or null where the browser refuses it (disabled, some private modes). */
export function openLocalStorage(): StringStorage | null {
	try {
		return typeof localStorage === 'undefined' ? null : localStorage;
	} catch {
		return null;
	}
}

/** Thrown when storage keeps something other than what it was given. */
const NOT_KEPT = new Error('not kept');
const describe = (error: unknown): SaveFailure =>
	error instanceof DOMException && /quota/i.test(error.name) ? 'full' : error === NOT_KEPT ? 'not-kept' : 'refused';

/**
 * A storage engine for `@nanostores/persistent` that never loses a write: every write is read back,
 * and a write that throws or does not read back is kept in memory, reported through `$saveState`,
 * and retried with the next write.
 */
export function createGuardedStorage(storage: StringStorage | null = openLocalStorage()): Record<string, string> {
	const pending = new Map<string, string>();
	const fail = (reason: SaveFailure) => $saveState.set({ status: 'failed', reason, at: Date.now() });
	if (!storage) fail(describe(null));

	const read = (key: string): string | null => {
		if (pending.has(key)) return pending.get(key)!;
		try {
			return storage?.getItem(key) ?? null;
		} catch {
			return null;
		}
	};
	const tryWrite = (key: string, value: string) => {
		// No storage at all throws a TypeError here, which is "refused".
		storage!.setItem(key, value);
		if (storage!.getItem(key) !== value) throw NOT_KEPT;
	};
	const write = (key: string, value: string) => {
		// persistent's restore sets every key it just read: writing nothing that is already stored
		// keeps a page view from rewriting every plan (500 writes on My plans with 500 plans).
		if (!pending.size && read(key) === value) return;
		pending.set(key, value);
		try {
			for (const [k, v] of [...pending]) {
				tryWrite(k, v);
				pending.delete(k);
			}
			$saveState.set({ status: 'saved', at: Date.now() });
		} catch (error) {
			fail(describe(error));
		}
	};
	const keys = (): string[] => {
		const found = new Set(pending.keys());
		try {
			for (let i = 0; storage && i < storage.length; i++) found.add(storage.key(i)!);
		} catch {
			// Keys we cannot list are treated as absent; nothing is written over them.
		}
		return [...found];
	};

	return new Proxy({} as Record<string, string>, {
		get: (_, key) => (typeof key === 'string' ? (read(key) ?? undefined) : undefined),
		set: (_, key, value) => {
			if (typeof key === 'string') write(key, String(value));
			return true;
		},
		deleteProperty: (_, key) => {
			if (typeof key !== 'string') return true;
			pending.delete(key);
			try {
				storage?.removeItem(key);
			} catch {
				// A key we cannot remove stays; it will be read as before.
			}
			return true;
		},
		has: (_, key) => typeof key === 'string' && read(key) !== null,
		ownKeys: () => keys(),
		getOwnPropertyDescriptor: (_, key) =>
			typeof key === 'string' && read(key) !== null
				? { value: read(key), writable: true, enumerable: true, configurable: true }
				: undefined,
	});
}
