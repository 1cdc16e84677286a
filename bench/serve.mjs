// A tiny static file server for a built site on loopback, gzip-compressing text as a real host would.
import { createServer } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES = {
	'.html': 'text/html; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.json': 'application/json',
	'.svg': 'image/svg+xml',
	'.xml': 'application/xml',
	'.txt': 'text/plain; charset=utf-8',
	'.png': 'image/png',
	'.jpg': 'image/jpeg',
	'.webp': 'image/webp',
	'.ico': 'image/x-icon',
	'.woff2': 'font/woff2',
	'.wasm': 'application/wasm',
};
const COMPRESSIBLE = new Set(['.html', '.css', '.js', '.mjs', '.json', '.svg', '.xml', '.txt']);

/** The file a URL path maps to: directories serve their index.html; null when nothing is there. */
function fileFor(root, urlPath) {
	const path = normalize(join(root, decodeURIComponent(urlPath)));
	if (!path.startsWith(root)) return null;
	const file = existsSync(path) && statSync(path).isDirectory() ? join(path, 'index.html') : path;
	return existsSync(file) && statSync(file).isFile() ? file : null;
}

/** Serves `root` on a free loopback port; resolves to its origin and a close function. */
export function serve(root) {
	const gzipped = new Map();
	const server = createServer((request, response) => {
		const urlPath = new URL(request.url, 'http://localhost').pathname;
		const found = fileFor(root, urlPath);
		const file = found ?? join(root, '404.html');
		const ext = extname(file);
		const headers = { 'content-type': TYPES[ext] ?? 'application/octet-stream', 'cache-control': 'no-cache' };
		let body = readFileSync(file);
		if (COMPRESSIBLE.has(ext) && /\bgzip\b/.test(request.headers['accept-encoding'] ?? '')) {
			if (!gzipped.has(file)) gzipped.set(file, gzipSync(body));
			body = gzipped.get(file);
			headers['content-encoding'] = 'gzip';
			headers.vary = 'accept-encoding';
		}
		response.writeHead(found ? 200 : 404, { ...headers, 'content-length': body.length });
		response.end(request.method === 'HEAD' ? undefined : body);
	});
	return new Promise((resolve) => {
		server.listen(0, '127.0.0.1', () => {
			const origin = `http://127.0.0.1:${server.address().port}`;
			const close = () => new Promise((done) => {
				server.close(done);
				server.closeAllConnections();
			});
			resolve({ origin, close });
		});
	});
}
