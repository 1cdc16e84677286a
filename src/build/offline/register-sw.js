// Registers the offline service worker, for the whole site. Inline in every page's head (a file of its
// own cost a request and 74 B more gzip); the site's base is where its web app manifest is, linked just
// before, so the same text (and CSP hash) serves any base.
if ('serviceWorker' in navigator) {
	const base = new URL('./', document.querySelector('link[rel="manifest"]').href);
	const register = () =>
		navigator.serviceWorker
			// The page's language (set by the build, always a plain tag): the worker stores the files of this
			// language on a first visit (see sw.js).
			.register(new URL(`sw.js?lang=${document.documentElement.lang}`, base), { scope: base.pathname })
			.catch((error) => console.warn('This site will not work offline:', error));
	// Registering took 15 ms of the load event's task (60 ms on a slow phone), and the worker's first
	// download competes with the page's own: it waits until the page is idle (at most 3 s).
	addEventListener('load', () => (window.requestIdleCallback ? requestIdleCallback(register, { timeout: 3000 }) : setTimeout(register, 1000)));
}
