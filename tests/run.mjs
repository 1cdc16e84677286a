// `npm test`: installs the Debian packages the tests need when missing (tests/debian-packages.txt),
// builds the site, type-checks it, runs every unit, browser and cross-engine test, and ends with one
// plain line "N passed, N failed" that CI reads. The exit code agrees with that line.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { installMissing } from './packages.mjs';
import { fileTimes, summarise, summaryLine } from './report.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const run = (command, args) => spawnSync(command, args, { stdio: 'inherit', env: process.env, cwd: root });

installMissing();

// A clean content cache: Astro keeps parsed entries across builds, and a schema change must not
// leave tests running against entries parsed by the old schema.
rmSync(join(root, 'node_modules/.astro'), { recursive: true, force: true });
const build = run('npx', ['astro', 'build']);
if (build.status !== 0) {
	console.log('The site did not build; no tests ran.');
	console.log('0 passed, 1 failed');
	process.exit(1);
}

// Strict TypeScript over the whole project counts as one test.
const check = run('npx', ['astro', 'check']);

// The cross-engine project runs after the others, not beside them: the machines have two cores.
const runVitest = (projects) => {
	const file = join(mkdtempSync(join(tmpdir(), 'cw-tests-')), 'report.json');
	const args = ['vitest', 'run', ...projects.flatMap((name) => ['--project', name]), '--reporter=default', '--reporter=json', `--outputFile.json=${file}`];
	const { status } = run('npx', args);
	try {
		return { status, report: JSON.parse(readFileSync(file, 'utf8')) };
	} catch {
		return { status, report: null }; // summarise counts a missing report as a failure
	}
};
const runs = [runVitest(['unit', 'browser']), runVitest(['engines'])];
const report = runs.map((one) => one.report);
const tests = { status: runs.find((one) => one.status !== 0)?.status ?? 0 };
const summary = summarise(report, { vitestStatus: tests.status, checkPassed: check.status === 0, root });
console.log('\nTime per test file, slowest first:');
for (const line of fileTimes(report, root)) console.log(line);
for (const line of summary.lines) console.log(line);
console.log(summaryLine(summary));
process.exit(summary.exitCode);
