import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../../../', import.meta.url));
const plant: { edits: { file: string; after: string; insert: string }[] } = JSON.parse(
	readFileSync(join(root, 'tests/fixtures/made-up-kind/plant.json'), 'utf8'),
);

/** A copy of src/ under node_modules (so packages resolve), with the plant's edits when asked. */
function copyOfSrc(name: string, planted: boolean): string {
	const dir = join(root, 'node_modules/.cache/made-up-kind', name);
	rmSync(dir, { recursive: true, force: true });
	mkdirSync(dir, { recursive: true });
	cpSync(join(root, 'src'), join(dir, 'src'), { recursive: true });
	// The field components read their words through src/i18n/translate.ts, which types them from the catalog.
	cpSync(join(root, 'content/i18n'), join(dir, 'content/i18n'), { recursive: true });
	if (planted)
		for (const edit of plant.edits) {
			const file = join(dir, edit.file);
			const text = readFileSync(file, 'utf8');
			// A plant that no longer finds its place must fail loudly, not pass by compiling the unplanted code.
			expect(text, `${edit.file} no longer has the line the plant goes after`).toContain(edit.after);
			writeFileSync(file, text.replace(edit.after, edit.after + edit.insert));
		}
	// Only the two registries and what they import: the rest of src/ needs Astro's generated types.
	writeFileSync(
		join(dir, 'tsconfig.json'),
		JSON.stringify({
			extends: join(root, 'tsconfig.json'),
			include: [],
			files: ['src/plan/fields/index.ts', 'src/islands/worksheet/fields/index.ts'],
			compilerOptions: { noEmit: true, baseUrl: '.' },
		}),
	);
	return dir;
}

/** tsc's complaints about the copy, or '' when it compiles. */
function typeErrors(dir: string): string {
	try {
		execFileSync(join(root, 'node_modules/.bin/tsc'), ['-p', join(dir, 'tsconfig.json')], { encoding: 'utf8' });
		return '';
	} catch (error) {
		return String((error as { stdout?: string }).stdout);
	}
}

describe('a field kind is one room', () => {
	it('compiles as it is (so the failure below is the plant’s doing)', () => {
		expect(typeErrors(copyOfSrc('as-is', false))).toBe('');
	}, 120_000);

	it('fails to compile when a new kind’s rules lack their text and it has no component', () => {
		const errors = typeErrors(copyOfSrc('planted', true));
		expect(errors).toMatch(/src\/plan\/fields\/index\.ts.*error TS\d+/);
		expect(errors).toMatch(/Property 'text' is missing/);
		expect(errors).toMatch(/src\/islands\/worksheet\/fields\/index\.ts.*error TS\d+/);
		expect(errors).toMatch(/Property '"made-up"' is missing/);
	}, 120_000);
});
