// The goals the bench prints its figures beside (issue 21). The bench asserts none of them: byte
// budgets are guarded by tests/browser/size-budget.test.ts, and times are never asserted.
const KIB = 1024;

/** Gzip JS per page, inline scripts counted, by the page's kind. */
export function jsGoal(path) {
	if (path.startsWith('/worksheets/') || path === '/grow/') return 20 * KIB;
	if (['/plans/', '/coach/'].includes(path) || path.startsWith('/session/')) return 22 * KIB;
	return 6 * KIB;
}

export const GOALS = {
	lighthousePerformance: 100,
	/** Keystroke to stored, median, with 500 other plans stored: one frame. */
	keystrokeMs: 16,
	/** My plans: 500 plans' rows at most this much later than the same page with none (difference of medians). */
	myPlansExtraMs: 100,
	/** My plans with 5,000 plans: each key typed into the filter answered within this (slowest key). */
	filterKeyMs: 100,
};
