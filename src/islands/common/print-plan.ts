/**
 * Prints the worksheet's plan. A model overview that embeds a worksheet prints its article when the
 * browser's own Print command is used; the worksheet's Print button asks for the plan instead, by
 * marking the document for as long as the print lasts (src/styles/print.css reads the mark).
 */
export function printPlan() {
	const root = document.documentElement;
	const events = ['afterprint', 'pointerdown', 'keydown'] as const;
	const clear = () => {
		delete root.dataset.print;
		for (const type of events) window.removeEventListener(type, clear, true);
	};
	root.dataset.print = 'plan';
	window.print();
	// Browsers whose print() returns before the dialog closes, or that never send afterprint, still drop
	// the mark at the visitor's next key or click, so a later Ctrl+P prints the article again.
	for (const type of events) window.addEventListener(type, clear, true);
}
