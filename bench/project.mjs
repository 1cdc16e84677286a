// Copies the project into a scratch directory and builds it there, so the bench never touches
// the project's dist/, .astro/ or Astro's content cache while another build may be running.
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';

/** Top-level entries that are build output, caches or history, never copied. */
const SKIPPED = new Set(['node_modules', 'dist', '.astro', '.git', 'test-results']);

/** Caches inside node_modules that a copy must not share with the project folder. */
const CACHES = ['.astro', '.vite', '.cache'];

/**
 * Copies the project's sources into a new scratch directory under $TMPDIR. node_modules is copied
 * as hard links (fast, no extra disk; needs $TMPDIR on node_modules' filesystem) so packages sit
 * inside the copy exactly as in the real project: with a symlinked node_modules Astro's compiler
 * looks for files under the wrong root. Its caches are dropped so each build starts cold and
 * writes only into the copy.
 */
export function copyProject(projectRoot, label) {
	const dir = mkdtempSync(join(tmpdir(), `cw-bench-${label}-`));
	cpSync(projectRoot, dir, {
		recursive: true,
		filter: (source) => !SKIPPED.has(relative(projectRoot, source).split('/')[0]),
	});
	return linkPackages(projectRoot, dir);
}

/**
 * The project as it was at git revision `rev`, in a scratch directory, with today's node_modules
 * (so "before" and "after" differ only in the project's own files).
 */
export function copyRevision(projectRoot, rev, label) {
	const dir = mkdtempSync(join(tmpdir(), `cw-bench-${label}-`));
	const archive = spawnSync('sh', ['-c', `git -C "${projectRoot}" archive "${rev}" | tar -x -C "${dir}"`], { encoding: 'utf8' });
	if (archive.status !== 0) {
		rmSync(dir, { recursive: true, force: true });
		throw new Error(`could not check out ${rev}: ${archive.stderr.split('\n')[0]}`);
	}
	return linkPackages(projectRoot, dir);
}

/** Hard-links node_modules into a copy and drops its caches (see copyProject). */
function linkPackages(projectRoot, dir) {
	const linked = spawnSync('cp', ['-al', join(projectRoot, 'node_modules'), join(dir, 'node_modules')], { encoding: 'utf8' });
	if (linked.status !== 0) {
		rmSync(dir, { recursive: true, force: true });
		const reason = linked.stderr.split('\n')[0];
		throw new Error(`could not hard-link node_modules (set TMPDIR to a folder on its filesystem): ${reason}`);
	}
	for (const cache of CACHES) rmSync(join(dir, 'node_modules', cache), { recursive: true, force: true });
	return dir;
}

/** Runs `astro build` in `dir`; resolves to its wall-clock ms, output directory and Astro's page count. */
export function buildSite(dir) {
	const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };
	delete env.BASE_PATH;
	delete env.SITE;
	return new Promise((resolve, reject) => {
		const started = performance.now();
		const child = spawn('npx', ['astro', 'build'], { cwd: dir, env, stdio: ['ignore', 'pipe', 'pipe'] });
		let output = '';
		child.stdout.on('data', (chunk) => (output += chunk));
		child.stderr.on('data', (chunk) => (output += chunk));
		child.on('error', reject);
		child.on('close', (code) => {
			const ms = performance.now() - started;
			if (code === 0) resolve({ ms, outDir: join(dir, 'dist'), pages: pagesBuilt(output) });
			else reject(new Error(`astro build exited ${code}:\n${output.split('\n').slice(-25).join('\n')}`));
		});
	});
}

/** The page count from Astro's "N page(s) built" line. */
function pagesBuilt(output) {
	const match = output.match(/(\d+) page\(s\) built/);
	return match ? Number(match[1]) : NaN;
}

const PARAGRAPHS = [
	'A goal that is written down is easier to review. This page describes one small step, why it matters and how you will know it is done.',
	'Start from what is true today. Note what you have already tried, what helped, and what got in the way, before choosing what to do next.',
	'List several options before picking one. The first idea is rarely the only one, and comparing a few makes the choice deliberate.',
	'Finish with a dated action and a way to check progress. A plan without a date tends to drift, and a check-in keeps it honest.',
];

/** Writes `count` MDX pages under content/docs/generated/ of a project copy. */
export function generatePages(dir, count) {
	// Every English page has its Spanish twin, as the content check requires.
	for (const [lang, title, description, part] of [
		['', 'Generated practice page', (i) => `Generated page ${i} of ${count} for the build benchmark; it walks through one practice goal.`, 'part'],
		['es', 'Página de práctica generada', (i) => `Página generada ${i} de ${count} para medir la compilación; recorre un objetivo de práctica.`, 'parte'],
	]) {
		const folder = join(dir, 'content/docs', lang, 'generated');
		mkdirSync(folder, { recursive: true });
		for (let i = 1; i <= count; i++) {
			const body = PARAGRAPHS.map((text, p) => `${p === 2 ? '## Options\n\n' : ''}${text} (${i}, ${part} ${p + 1}.)`).join('\n\n');
			const page = ['---', `title: ${title} ${i}`, `description: ${description(i)}`, 'sources: [doran-smart]', '---', '', body, ''].join('\n');
			writeFileSync(join(folder, `page-${String(i).padStart(4, '0')}.mdx`), page);
		}
	}
}
