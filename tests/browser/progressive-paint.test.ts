import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launch, layoutShiftTotal, recordLayoutShifts } from './support';

// On a slow connection a browser paints the part of a page that has arrived. This server sends the
// built site, but holds each page back just before its main column until the browser has painted
// what came first, as a slow network would, so the test sees the page in the order a visitor does.
const root = fileURLToPath(new URL('../..', import.meta.url));
const builtSite = resolve(root, process.env.OUT_DIR ?? 'dist');
const MAIN_COLUMN = '<div class="main-pane';
const TYPES: Record<string, string> = { '.html': 'text/html', '.css': 'text/css', '.js': 'text/javascript', '.svg': 'image/svg+xml' };

let server: Server;
let origin: string;
/** Called when the browser has painted the first part of a page; the server then sends the rest. */
let painted = () => {};

beforeAll(async () => {
	server = createServer(async (request, response) => {
		const path = decodeURIComponent(new URL(request.url ?? '/', 'http://site.invalid').pathname);
		const file = join(builtSite, path.endsWith('/') ? `${path}index.html` : path);
		const body = await readFile(file).catch(() => null);
		if (!body) return response.writeHead(404).end();
		response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
		const text = body.toString('utf8');
		const cut = text.indexOf(MAIN_COLUMN);
		if (extname(file) !== '.html' || cut < 0) return response.end(body);
		response.write(text.slice(0, cut));
		await new Promise<void>((resume) => (painted = resume));
		response.end(text.slice(cut));
	});
	await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening));
	origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise((closed) => server?.close(closed)));

let browser: Browser;
beforeAll(async () => {
	browser = await launch();
});
afterAll(() => browser?.close());

describe('a page painted before its main column has arrived', () => {
	it.each([
		['/grow/goal/', 1280],
		['/grow/goal/', 1920],
		['/plans/', 1440],
	])('%s at %i px keeps its columns where they are once the rest arrives', async (path, width) => {
		const context = await browser.newContext({ serviceWorkers: 'block', viewport: { width, height: 900 } });
		await context.addInitScript(recordLayoutShifts);
		const page = await context.newPage();
		const loaded = page.goto(origin + path);
		// The first part is on screen: the page's own paint timing says so.
		await page.waitForFunction(() => performance.getEntriesByName('first-contentful-paint').length > 0);
		await expect.poll(() => page.locator('.main-pane').count()).toBe(0);
		painted();
		await loaded;
		await page.locator('.main-pane').waitFor();
		await expect(layoutShiftTotal(page)).resolves.toBeLessThan(0.01);
		await context.close();
	});
});
