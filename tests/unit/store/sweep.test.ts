import { describe, expect, it } from 'vitest';
import { sweepUnreadable } from '../../../src/store/sweep';
import type { StringStorage } from '../../../src/store/storage';
import type { DecodeResult } from '../../../src/plan/record-door';

/** localStorage's methods over a Map. */
function storageOf(entries: Record<string, string>): StringStorage & { items: Map<string, string> } {
	const items = new Map(Object.entries(entries));
	return {
		items,
		get length() {
			return items.size;
		},
		key: (index) => [...items.keys()][index] ?? null,
		getItem: (key) => items.get(key) ?? null,
		setItem: (key, value) => void items.set(key, value),
		removeItem: (key) => void items.delete(key),
	};
}

/** A decode that reads "ok" records and takes `ms` of the main thread for each, as a slow phone would. */
const slowDecode = (ms: number, read: string[]) => (raw: string) => {
	const until = performance.now() + ms;
	while (performance.now() < until);
	read.push(raw);
	return (raw === 'ok' ? { ok: true } : { ok: false, reason: { code: 'not-json' } }) as unknown as DecodeResult;
};

describe('sweepUnreadable', () => {
	it('moves unreadable records aside and leaves readable ones', async () => {
		const storage = storageOf({ 'cw:plan:a': 'ok', 'cw:plan:b': 'broken', 'cw:active:grow': 'a' });
		await sweepUnreadable(storage, 'cw:plan:', slowDecode(0, []), new Date('2026-12-05T00:00:00Z'));
		expect([...storage.items.keys()].sort()).toEqual(['cw:active:grow', 'cw:plan:a', 'cw:quarantine:b']);
		expect(JSON.parse(storage.items.get('cw:quarantine:b')!)).toMatchObject({ key: 'cw:plan:b', raw: 'broken', found: '2026-12-05T00:00:00.000Z' });
	});

	it('gives the browser a task between slices of records, and reads every one in the end', async () => {
		const storage = storageOf(Object.fromEntries(Array.from({ length: 5 }, (_, i) => [`cw:plan:${i}`, 'ok'])));
		const read: string[] = [];
		// Each record takes longer than a slice, so the sweep yields after the first.
		const sweeping = sweepUnreadable(storage, 'cw:plan:', slowDecode(10, read));
		expect(read).toHaveLength(1);
		await sweeping;
		expect(read).toHaveLength(5);
	});

	it('skips a record removed while it waited', async () => {
		const storage = storageOf({ 'cw:plan:a': 'ok', 'cw:plan:b': 'broken' });
		const sweeping = sweepUnreadable(storage, 'cw:plan:', slowDecode(10, []));
		storage.removeItem('cw:plan:b');
		await sweeping;
		expect([...storage.items.keys()]).toEqual(['cw:plan:a']);
	});
});
