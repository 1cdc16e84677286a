import { describe, expect, it } from 'vitest';
import { move } from '../../../../src/plan/answers/list-ops';

describe('moving an entry in a list', () => {
	const items = ['a', 'b', 'c', 'd'] as const;

	it('moves an entry down, shifting the ones in between up', () => {
		expect(move(items, 0, 2)).toEqual(['b', 'c', 'a', 'd']);
		expect(move(items, 2, 3)).toEqual(['a', 'b', 'd', 'c']);
	});

	it('moves an entry up, shifting the ones in between down', () => {
		expect(move(items, 3, 0)).toEqual(['d', 'a', 'b', 'c']);
		expect(move(items, 1, 0)).toEqual(['b', 'a', 'c', 'd']);
	});

	it('returns a new list and leaves the original as it was', () => {
		const original = ['a', 'b', 'c'];
		const moved = move(original, 0, 1);
		expect(original).toEqual(['a', 'b', 'c']);
		expect(moved).not.toBe(original);
		const same = move(original, 1, 1);
		expect(same).toEqual(original);
		expect(same).not.toBe(original);
	});

	it('ignores a move past either end, as the first entry’s up button would ask', () => {
		expect(move(items, 0, -1)).toEqual(items);
		expect(move(items, 3, 4)).toEqual(items);
		expect(move(items, -1, 0)).toEqual(items);
		expect(move(items, 4, 0)).toEqual(items);
		expect(move([], 0, 0)).toEqual([]);
	});

	it('keeps the entries themselves, so rows with objects keep their identity', () => {
		const rows = [{ what: 'one' }, { what: 'two' }];
		const moved = move(rows, 1, 0);
		expect(moved[0]).toBe(rows[1]);
		expect(moved[1]).toBe(rows[0]);
	});
});
