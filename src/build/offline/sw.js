// The offline service worker. src/build/offline/integration.ts writes `const PRECACHE = { cache, files }`
// above this code at build time: the cache name (a hash of the build) and each file with its revision.
const scope = self.registration.scope;
const astroAssets = new URL('_astro/', scope).href;
// A page from the network wins, so a new deploy is seen at once; a slow network loses after this long.
const NETWORK_TIMEOUT_MS = 3000;

// A stored file's key is its address plus its revision, so a file the new deploy did not change is
// copied from the old cache instead of downloaded again. A static file ignores the query (Pagefind adds `?ts=`).
const revisions = new Map(Object.entries(PRECACHE.files).map(([file, revision]) => [new URL(file, scope).href, revision]));
// The visitor's language (`sw.js?lang=es`, from the page that registered the worker): an install stores
// the files every language shares and this language's own; another language's page is stored when visited.
const LANG = new URL(location.href).searchParams.get('lang') ?? 'en';
const installed = [...revisions.keys()].filter((url) => (PRECACHE.langs[url.slice(scope.length) || './'] ?? LANG) === LANG);
const addressOf = (url) => url.split(/[?#]/)[0];
const keyFor = (url) => (revisions.has(addressOf(url)) ? `${addressOf(url)}?cw=${revisions.get(addressOf(url))}` : addressOf(url));
// `Vary` is ignored: a module script's request carries `Origin`, and some servers answer `Vary: Origin`.
const fromCache = (url) => caches.match(keyFor(url), { cacheName: PRECACHE.cache, ignoreVary: true });

self.addEventListener('install', (event) => {
	event.waitUntil(
		(async () => {
			const cache = await caches.open(PRECACHE.cache);
			const have = new Set((await cache.keys()).map((request) => request.url));
			const missing = installed.filter((url) => !have.has(keyFor(url)));
			for (let i = 0; i < missing.length; i += 20)
				await Promise.all(
					missing.slice(i, i + 20).map(async (url) => {
						const kept = await caches.match(keyFor(url), { ignoreVary: true });
						const response = kept ?? (await fetch(url, { cache: 'no-cache' }));
						if (!response.ok) throw new Error(`${url} answered ${response.status}`);
						await cache.put(keyFor(url), response);
					}),
				);
			// Only a complete copy takes over; an install that fails leaves the old worker in charge.
			await self.skipWaiting();
		})(),
	);
});

self.addEventListener('activate', (event) => {
	event.waitUntil(
		(async () => {
			for (const name of await caches.keys())
				if (name.startsWith('cw-') && name !== PRECACHE.cache) await caches.delete(name);
			await self.clients.claim();
		})(),
	);
});

self.addEventListener('fetch', (event) => {
	const { request } = event;
	if (request.method !== 'GET' || !request.url.startsWith(scope)) return;
	if (request.mode === 'navigate') event.respondWith(networkFirst(request));
	// Stored files belong to this build (its pages link them), and _astro/ names are content hashes.
	else if (revisions.has(addressOf(request.url)) || request.url.startsWith(astroAssets)) event.respondWith(cacheFirst(request));
	else event.respondWith(staleWhileRevalidate(event));
});

async function networkFirst(request) {
	const network = fetch(request);
	network.catch(() => undefined); // Handled below; no unhandled rejection when the cache answers first.
	try {
		const response = await Promise.race([network, new Promise((resolve) => setTimeout(resolve, NETWORK_TIMEOUT_MS))]);
		if (response) return response;
	} catch {
		// Offline: the stored copy below.
	}
	const cached = await fromCache(request.url);
	if (cached) return cached;
	try {
		return await network;
	} catch {
		return (await fromCache(new URL('404.html', scope).href)) ?? Response.error();
	}
}

async function cacheFirst(request) {
	const cached = await fromCache(request.url);
	if (cached) return cached;
	const response = await fetch(request);
	// A file of this build (another language's) is stored under its revision; one outside it by its address.
	if (response.ok) await (await caches.open(PRECACHE.cache)).put(keyFor(request.url), response.clone());
	return response;
}

async function staleWhileRevalidate(event) {
	const cache = await caches.open(PRECACHE.cache);
	const cached = await fromCache(event.request.url);
	const network = fetch(event.request).then(async (response) => {
		if (response.ok) await cache.put(addressOf(event.request.url), response.clone());
		return response;
	});
	if (!cached) return network;
	event.waitUntil(network.catch(() => undefined));
	return cached;
}
