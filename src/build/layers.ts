/**
 * The one direction through `src/` (design.md, "Layers"): islands and pages → store → plan →
 * schemas. Each folder names the folders it may import from; an import that runs back up is
 * reported with both files, so the unit test can name it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

/** What each top-level folder of `src/` (or a file at its root) may import from, itself included. */
// `i18n` (the interface's words) sits below everything: any layer may ask it for a text.
export const ALLOWED: Record<string, string[]> = {
	i18n: ['i18n'],
	schemas: ['schemas', 'i18n'],
	plan: ['schemas', 'plan', 'i18n'],
	store: ['schemas', 'plan', 'store', 'i18n'],
	islands: ['schemas', 'plan', 'store', 'islands', 'styles', 'i18n'],
	components: ['schemas', 'plan', 'islands', 'components', 'styles', 'i18n'],
	pages: ['schemas', 'plan', 'islands', 'components', 'pages', 'styles', 'i18n'],
	styles: ['styles'],
	build: ['schemas', 'plan', 'build', 'i18n'],
	'(root)': ['schemas', 'components', 'build', 'i18n'],
};

/** The one folder outside `src/` code may import from: the catalogs, read by `i18n` alone. */
const CATALOG_FOLDER = '../content/i18n/';

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
			if (layer === 'i18n' && target.startsWith(CATALOG_FOLDER)) continue;
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
