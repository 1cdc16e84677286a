// Registers the offline service worker that sits beside this script, for the whole site (works under any base).
if ('serviceWorker' in navigator) {
	const base = new URL('./', document.currentScript.src);
	addEventListener('load', () =>
		navigator.serviceWorker
			// The page's language: the worker stores the files of this language on a first visit (see sw.js).
			.register(new URL(`sw.js?lang=${encodeURIComponent(document.documentElement.lang || 'en')}`, base), { scope: base.pathname })
			.catch((error) => console.warn('This site will not work offline:', error)),
	);
}
