// The offline service worker. src/offline/integration.ts writes `const PRECACHE = { cache, files }`
// above this code at build time: the cache name (a hash of the build) and every file to keep.
const scope = self.registration.scope;
const astroAssets = new URL('_astro/', scope).href;
// A page from the network wins, so a new deploy is seen at once; a slow network loses after this long.
const NETWORK_TIMEOUT_MS = 3000;

self.addEventListener('install', (event) => {
	event.waitUntil(
		(async () => {
			const cache = await caches.open(PRECACHE.cache);
			// A retried install keeps what it already fetched: the cache name pins the bytes.
			const have = new Set((await cache.keys()).map((request) => request.url));
			const missing = PRECACHE.files.map((file) => new URL(file, scope).href).filter((url) => !have.has(url));
			for (let i = 0; i < missing.length; i += 20)
				await cache.addAll(missing.slice(i, i + 20).map((url) => new Request(url, { cache: 'no-cache' })));
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
	else if (request.url.startsWith(astroAssets)) event.respondWith(cacheFirst(request));
	else event.respondWith(staleWhileRevalidate(event));
});

// A static file is the same whatever the query (Pagefind adds `?ts=`) or a `Vary` header (a module
// script's request carries `Origin`, and some servers answer `Vary: Origin`).
const MATCH = { cacheName: PRECACHE.cache, ignoreSearch: true, ignoreVary: true };
const fromCache = (request) => caches.match(request, MATCH);

async function networkFirst(request) {
	const network = fetch(request);
	network.catch(() => undefined); // Its failure is handled below; no unhandled rejection when the cache answers first.
	try {
		const response = await Promise.race([network, new Promise((resolve) => setTimeout(resolve, NETWORK_TIMEOUT_MS))]);
		if (response) return response;
	} catch {
		// Offline: the copy below.
	}
	const cached = await fromCache(request);
	if (cached) return cached;
	try {
		return await network;
	} catch {
		return (await caches.match(new URL('404.html', scope).href, MATCH)) ?? Response.error();
	}
}

// Files under _astro/ are named by their content hash, so a stored copy is always right.
async function cacheFirst(request) {
	const cached = await fromCache(request);
	if (cached) return cached;
	const response = await fetch(request);
	if (response.ok) await (await caches.open(PRECACHE.cache)).put(request, response.clone());
	return response;
}

async function staleWhileRevalidate(event) {
	const cache = await caches.open(PRECACHE.cache);
	const cached = await cache.match(event.request, MATCH);
	const network = fetch(event.request).then(async (response) => {
		if (response.ok) await cache.put(event.request.url.split('?')[0], response.clone());
		return response;
	});
	if (!cached) return network;
	event.waitUntil(network.catch(() => undefined));
	return cached;
}
