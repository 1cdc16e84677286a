/**
 * Resolves in a task of its own, so the browser can answer a tap or paint before long work goes on.
 * A message, not `setTimeout`: chained timeouts are held back at least 4 ms each after the fifth, which
 * a sweep of 5,000 plans in slices would pay sixty times over.
 */
export function nextTask(): Promise<void> {
	return new Promise((resolve) => {
		const { port1, port2 } = new MessageChannel();
		port1.onmessage = () => {
			port1.close();
			resolve();
		};
		port2.postMessage(null);
	});
}
