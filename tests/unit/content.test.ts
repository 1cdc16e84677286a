import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { findContentProblems } from '../../src/build/content-check/check';
import { loadRawContent } from '../../src/build/content-check/load';

const root = fileURLToPath(new URL('../..', import.meta.url));

describe('the site content', () => {
	it('has no invalid file and no broken reference', () => {
		expect(findContentProblems(loadRawContent(root))).toEqual([]);
	});
});
