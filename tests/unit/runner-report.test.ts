import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { engineOf, fileTimes, projectOf, summarise, summaryLine } from '../report.mjs';

const fixture = JSON.parse(readFileSync(new URL('../fixtures/vitest-report/engine-failure.json', import.meta.url), 'utf8'));

describe("npm test's report", () => {
	it('names a failing cross-engine test with its project and engine, and counts a file that failed before its tests', () => {
		const summary = summarise(fixture, { vitestStatus: 1, checkPassed: true, root: '/repo' });
		expect(summary.passed).toBe(4); // three tests and astro check
		expect(summary.failed).toBe(2);
		expect(summary.exitCode).toBe(1);
		expect(summaryLine(summary)).toBe('4 passed, 2 failed');
		expect(summary.lines).toHaveLength(2);
		expect(summary.lines[0]).toMatch(/^FAILED engines \(webkit\): .*\[webkit\] a share link opens with every answer \[tests\/engines\/flows\/share-link\.test\.ts\]: AssertionError/);
		expect(summary.lines[1]).toMatch(/^FAILED engines: tests\/engines\/flows\/coach-round-trip\.test\.ts failed before its tests ran: Error: No WebKitWebDriver/);
	});

	it('never prints "0 failed" with a failing exit: a setup that throws before any test counts as a failure', () => {
		const empty = { numTotalTestSuites: 0, numPassedTests: 0, numFailedTests: 0, success: false, testResults: [] };
		const summary = summarise(empty, { vitestStatus: 1, checkPassed: true });
		expect(summaryLine(summary)).toBe('1 passed, 1 failed');
		expect(summary.exitCode).toBe(1);
		expect(summary.lines[0]).toMatch(/setup step failed before any test ran/);
	});

	it('counts a missing report and a failed type check, and exits 0 only with nothing failed', () => {
		expect(summarise(null, { vitestStatus: 1, checkPassed: false })).toMatchObject({ passed: 0, failed: 2, exitCode: 1 });
		const clean = { testResults: [{ name: '/r/tests/unit/a.test.ts', status: 'passed', assertionResults: [{ title: 'a', fullName: 'a', status: 'passed' }] }] };
		expect(summarise(clean, { vitestStatus: 0, checkPassed: true })).toMatchObject({ passed: 2, failed: 0, exitCode: 0, lines: [] });
		for (const vitestStatus of [0, 1, null])
			for (const checkPassed of [true, false])
				for (const report of [null, clean, fixture]) {
					const summary = summarise(report, { vitestStatus, checkPassed });
					expect(summary.exitCode === 0, summaryLine(summary)).toBe(summary.failed === 0);
				}
	});

	it('adds up one report per vitest run, and counts a run that wrote none', () => {
		const one = { testResults: [{ name: '/repo/tests/unit/a.test.ts', status: 'passed', assertionResults: [{ status: 'passed', title: 'a' }] }] };
		const summary = summarise([one, null], { vitestStatus: 1, checkPassed: true, root: '/repo' });
		expect(summary).toMatchObject({ passed: 2, failed: 1, exitCode: 1 });
		expect(summary.lines[0]).toMatch(/no test report was written/);
	});

	it('reads the project from the path and the engine from the test name', () => {
		expect(projectOf('/x/tests/engines/flows/a.test.ts')).toBe('engines');
		expect(projectOf('/x/tests/browser/a.test.ts')).toBe('browser');
		expect(projectOf('/x/src/store/a.test.ts')).toBe('unit');
		expect(engineOf('[webkit] opens', 'engines')).toBe('webkit');
		expect(engineOf('opens', 'browser')).toBe('chromium');
		expect(engineOf('adds', 'unit')).toBeNull();
	});

	it('lists the time per test file, slowest first, across runs', () => {
		const file = (name: string, startTime: number, endTime: number) => ({ name: `/repo/${name}`, startTime, endTime, assertionResults: [] });
		const lines = fileTimes(
			[
				{ testResults: [file('tests/unit/a.test.ts', 0, 1_500), file('tests/browser/b.test.ts', 0, 93_200)] },
				{ testResults: [{ name: '/repo/tests/engines/flows/c.test.ts', assertionResults: [{ duration: 4_000 }, { duration: 6_000 }] }] },
			],
			'/repo',
		);
		expect(lines).toEqual(['   93.2 s  tests/browser/b.test.ts', '   10.0 s  tests/engines/flows/c.test.ts', '    1.5 s  tests/unit/a.test.ts']);
	});
});
