// `npm test`: builds the site, type-checks it, runs every unit and browser test, and ends with one
// plain line "N passed, N failed" that CI reads.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const run = (command, args) => spawnSync(command, args, { stdio: 'inherit', env: process.env });

// A clean content cache: Astro keeps parsed entries across builds, and a schema change must not
// leave tests running against entries parsed by the old schema.
rmSync('node_modules/.astro', { recursive: true, force: true });
const build = run('npx', ['astro', 'build']);
if (build.status !== 0) {
	console.log('The site did not build; no tests ran.');
	console.log('0 passed, 1 failed');
	process.exit(1);
}

// Strict TypeScript over the whole project counts as one test.
const check = run('npx', ['astro', 'check']);

const report = join(mkdtempSync(join(tmpdir(), 'cw-tests-')), 'report.json');
const tests = run('npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`]);
let passed = 0;
let failed = 0;
try {
	const result = JSON.parse(readFileSync(report, 'utf8'));
	passed = result.numPassedTests;
	failed = result.numFailedTests + (result.numTotalTestSuites && !result.success && result.numFailedTests === 0 ? 1 : 0);
} catch {
	failed = 1;
}
if (check.status === 0) passed += 1;
else failed += 1;
console.log(`${passed} passed, ${failed} failed`);
process.exit(tests.status === 0 && failed === 0 ? 0 : 1);
