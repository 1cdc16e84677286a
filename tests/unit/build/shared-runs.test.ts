import { describe, expect, it } from 'vitest';
import { sharedRuns, words } from '../../../src/build/shared-runs';

describe('sharedRuns', () => {
	const original = 'The coach and the client agree on one clear goal for the session before they explore anything else at all.';

	it('finds a copied run of twelve words, whatever the case and punctuation', () => {
		const copy = 'Intro. THE coach, and the client agree on one clear goal for the session before lunch.';
		expect(sharedRuns(copy, [original])).toEqual(['the coach and the client agree on one clear goal for the']);
	});

	it('accepts eleven shared words in a row', () => {
		expect(sharedRuns('coach and the client agree on one clear goal for the weekend', [original])).toEqual([]);
	});

	it('treats curly and straight apostrophes alike', () => {
		expect(words('client’s client\'s')).toEqual(['clients', 'clients']);
	});
});
