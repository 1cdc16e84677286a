import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { backwardImports } from '../../../src/build/layers';

const src = fileURLToPath(new URL('../../../src', import.meta.url));
const planted = fileURLToPath(new URL('../../fixtures/backwards/src', import.meta.url));

describe('one direction through src/', () => {
	it('has no import that runs back up a layer', () => {
		expect(backwardImports(src)).toEqual([]);
	});

	it('names a planted backwards import and a field component reaching the store', () => {
		expect(backwardImports(planted).sort()).toEqual([
			'islands/worksheet/fields/TextField.tsx imports store/plans (a field component never imports the store)',
			'plan/codec.ts imports store/plans (plan may import only schemas, plan)',
		]);
	});
});
