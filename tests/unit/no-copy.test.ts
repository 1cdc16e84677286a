import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { sharedRuns } from '../../src/build/shared-runs';

const root = fileURLToPath(new URL('../..', import.meta.url));
// The reference folder sits beside the repository, as on CI (`../shared`).
const sourceDir = join(root, '../shared/reference/source-texts');
const originals = readdirSync(sourceDir)
	.filter((name) => name.endsWith('.txt'))
	.map((name) => readFileSync(join(sourceDir, name), 'utf8'));

const contentFiles = (readdirSync(join(root, 'content'), { recursive: true, encoding: 'utf8' }) as string[])
	.filter((name) => /\.(mdx?|ya?ml)$/.test(name))
	.sort();

describe('every page is in our own words', () => {
	it('has the source texts to compare against', () => {
		expect(originals.length).toBeGreaterThan(0);
	});
	for (const name of contentFiles) {
		it(`content/${name} shares no run of 12 words with a source text`, () => {
			expect(sharedRuns(readFileSync(join(root, 'content', name), 'utf8'), originals)).toEqual([]);
		});
	}
});
