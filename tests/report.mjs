// The counting and reporting part of `npm test`, pure: from vitest's JSON report (and how vitest and
// `astro check` ended) to the numbers of the one line CI reads, and a line naming each failure.

/** The vitest project a test file belongs to, from its path (see vitest.config.ts). */
export function projectOf(file) {
	const path = String(file ?? '').replace(/\\/g, '/');
	if (/(^|\/)tests\/engines\//.test(path)) return 'engines';
	if (/(^|\/)tests\/browser\//.test(path)) return 'browser';
	return 'unit';
}

/** The engine a test ran in, from the `[engine]` its name starts with; for the Chromium tests, chromium. */
export function engineOf(title, project) {
	const match = /^\[([a-z]+)\]/.exec(String(title ?? ''));
	if (match) return match[1];
	return project === 'browser' ? 'chromium' : null;
}

const relative = (file, root) => (root && String(file).startsWith(root) ? String(file).slice(root.length).replace(/^\//, '') : String(file));
const firstLine = (text) => String(text ?? '').trim().split('\n')[0].slice(0, 300);

/**
 * @param {object|null|(object|null)[]} report vitest's JSON report, or null when it wrote none; or one per run
 * @param {{ vitestStatus: number|null, checkPassed: boolean, root?: string }} ended
 * @returns {{ passed: number, failed: number, lines: string[], exitCode: number }}
 */
export function summarise(report, { vitestStatus, checkPassed, root = '' }) {
	let passed = 0;
	let failed = 0;
	const lines = [];
	const fail = (line) => {
		failed += 1;
		lines.push(`FAILED ${line}`);
	};

	// One report, or one per vitest run (npm test runs the cross-engine project after the others).
	const reports = Array.isArray(report) ? report : [report];
	for (const one of reports) {
		if (!one || !Array.isArray(one.testResults)) {
			fail(`vitest: no test report was written (vitest exited with status ${vitestStatus}); see its output above`);
			continue;
		}
		for (const file of one.testResults) {
			const project = projectOf(file.name);
			const where = relative(file.name, root);
			const tests = Array.isArray(file.assertionResults) ? file.assertionResults : [];
			let failedHere = 0;
			for (const test of tests) {
				if (test.status === 'passed') passed += 1;
				else if (test.status === 'failed') {
					failedHere += 1;
					const engine = engineOf(test.title, project);
					const name = test.fullName || [...(test.ancestorTitles ?? []), test.title].join(' > ');
					fail(`${project}${engine ? ` (${engine})` : ''}: ${name} [${where}]${test.failureMessages?.length ? `: ${firstLine(test.failureMessages[0])}` : ''}`);
				}
			}
			// A file that failed before or around its tests (an import, a hook, a global setup) counts once.
			if (file.status === 'failed' && failedHere === 0) fail(`${project}: ${where} failed before its tests ran${file.message ? `: ${firstLine(file.message)}` : ''}`);
		}
	}
	// vitest failed but nothing above says why (say, a global setup threw): that is a failure too.
	if (vitestStatus !== 0 && failed === 0) fail(`vitest exited with status ${vitestStatus} without a failing test: a setup step failed before any test ran; see its output above`);

	if (checkPassed) passed += 1;
	else fail('astro check: strict TypeScript found errors; see its output above');

	return { passed, failed, lines, exitCode: failed === 0 ? 0 : 1 };
}

/** The last line `npm test` prints, which CI reads. */
export const summaryLine = ({ passed, failed }) => `${passed} passed, ${failed} failed`;

/**
 * Time per test file, slowest first, so whoever runs `npm test` sees where the time goes. A file's time
 * is its end minus its start in the report, or the sum of its tests' durations where those are missing.
 * @returns {string[]} lines like "  93.2 s  tests/browser/worksheets.test.ts"
 */
export function fileTimes(report, root = '') {
	const reports = (Array.isArray(report) ? report : [report]).filter((one) => one && Array.isArray(one.testResults));
	const times = reports.flatMap((one) =>
		one.testResults.map((file) => {
			const tests = Array.isArray(file.assertionResults) ? file.assertionResults : [];
			const ms =
				Number.isFinite(file.startTime) && Number.isFinite(file.endTime)
					? file.endTime - file.startTime
					: tests.reduce((sum, test) => sum + (Number.isFinite(test.duration) ? test.duration : 0), 0);
			return { where: relative(file.name, root), ms };
		}),
	);
	return times.sort((a, b) => b.ms - a.ms).map(({ where, ms }) => `${(ms / 1000).toFixed(1).padStart(7)} s  ${where}`);
}
