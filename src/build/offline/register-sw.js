// Registers the offline service worker that sits beside this script, for the whole site (works under any base).
if ('serviceWorker' in navigator) {
	const base = new URL('./', document.currentScript.src);
	addEventListener('load', () =>
		navigator.serviceWorker
			.register(new URL('sw.js', base), { scope: base.pathname })
			.catch((error) => console.warn('This site will not work offline:', error)),
	);
}
