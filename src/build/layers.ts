/**
 * The one direction through `src/` (design.md, "Layers"): islands and pages → store → plan →
 * schemas. Each folder names the folders it may import from; an import that runs back up is
 * reported with both files, so the unit test can name it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

/** What each top-level folder of `src/` (or a file at its root) may import from, itself included. */
export const ALLOWED: Record<string, string[]> = {
	schemas: ['schemas'],
	plan: ['schemas', 'plan'],
	store: ['schemas', 'plan', 'store'],
	islands: ['schemas', 'plan', 'store', 'islands', 'styles'],
	components: ['schemas', 'plan', 'islands', 'components', 'styles'],
	pages: ['schemas', 'plan', 'islands', 'components', 'pages', 'styles'],
	styles: ['styles'],
	build: ['schemas', 'plan', 'build'],
	'(root)': ['schemas', 'components', 'build'],
};

/**
 * The one folder outside `src/` code may import from: the catalogs of the interface's words. The plan
 * core types its keys from the English catalog; the build-side catalog module in components loads them.
 */
const CATALOG_FOLDER = '../content/i18n/';
const CATALOG_READERS = ['plan', 'components'];

/** Folders that a narrower rule applies to: field components render, they never reach the store. */
const NARROWER: [string, string][] = [['islands/worksheet/fields/', 'store']];

const SOURCE = /\.(ts|tsx|astro|js|mjs)$/;
const IMPORT = /(?:\bfrom\s*|\bimport\s*\(?\s*)['"](\.{1,2}\/[^'"]+)['"]/g;

const layerOf = (path: string) => (path.includes('/') ? path.slice(0, path.indexOf('/')) : '(root)');

function sourceFiles(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) return sourceFiles(path);
		return SOURCE.test(entry.name) && !entry.name.endsWith('.d.ts') ? [path] : [];
	});
}

/**
 * Every import in `srcDir` that breaks the layer rules, as
 * `plan/codec.ts imports store/plans (plan may import only schemas, plan)`.
 */
export function backwardImports(srcDir: string): string[] {
	const root = resolve(srcDir);
	const problems: string[] = [];
	for (const file of sourceFiles(root)) {
		const from = relative(root, file).split('\\').join('/');
		const layer = layerOf(from);
		const allowed = ALLOWED[layer] ?? [];
		for (const [, specifier] of readFileSync(file, 'utf8').matchAll(IMPORT)) {
			const target = relative(root, resolve(dirname(file), specifier)).split('\\').join('/');
			if (CATALOG_READERS.includes(layer) && target.startsWith(CATALOG_FOLDER)) continue;
			if (target.startsWith('..')) {
				problems.push(`${from} imports ${specifier}, outside src/`);
				continue;
			}
			const targetLayer = layerOf(target);
			if (!allowed.includes(targetLayer))
				problems.push(`${from} imports ${target} (${layer} may import only ${allowed.join(', ')})`);
			for (const [folder, banned] of NARROWER)
				if (from.startsWith(folder) && targetLayer === banned) problems.push(`${from} imports ${target} (a field component never imports the ${banned})`);
		}
	}
	return problems;
}
