/**
 * Prints the worksheet's plan. A model overview that embeds a worksheet prints its article when the
 * browser's own Print command is used; the worksheet's Print button asks for the plan instead, by
 * marking the document for as long as the print lasts (src/styles/print.css reads the mark).
 */
export function printPlan() {
	const root = document.documentElement;
	root.dataset.print = 'plan';
	const clear = () => {
		delete root.dataset.print;
		window.removeEventListener('afterprint', clear);
	};
	window.addEventListener('afterprint', clear);
	window.print();
}
