import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inject } from 'vitest';
import { freePort } from '../browser/setup/server';
import { absolute, callSource, findSource, focusAndSelect, type Download, type Engine, type Key, type Session, type Target } from './driver';

/** WebKitWebDriver (Debian's webkit2gtk-driver) and WebKitGTK's MiniBrowser, or the ones named by the environment. */
export function webkitPaths(): { driver: string; browser: string } {
	const driver = [process.env.WEBKIT_WEBDRIVER, '/usr/bin/WebKitWebDriver'].filter(Boolean).find((p) => existsSync(p!));
	const browser = [process.env.WEBKIT_MINIBROWSER, '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser', '/usr/lib/aarch64-linux-gnu/webkit2gtk-4.1/MiniBrowser', '/usr/libexec/webkit2gtk-4.1/MiniBrowser']
		.filter(Boolean)
		.find((p) => existsSync(p!));
	if (!driver || !browser)
		throw new Error(
			"No WebKitWebDriver or MiniBrowser found for the cross-engine tests. Install Debian's package (sudo apt-get install -y webkit2gtk-driver), or set WEBKIT_WEBDRIVER and WEBKIT_MINIBROWSER.",
		);
	return { driver, browser };
}

/** W3C WebDriver key codes. */
const KEYS: Record<Exclude<Key, 'SelectAll'>, string> = { Enter: '\uE007', Space: ' ', Tab: '\uE004', ArrowRight: '\uE014', ArrowLeft: '\uE012' };
const CONTROL = '\uE009';
const ELEMENT = 'element-6066-11e4-a52e-4f735466cecf';

/** A tiny W3C WebDriver client: one call per command, errors carry the driver's message. */
async function command(base: string, method: 'GET' | 'POST' | 'DELETE', path: string, body?: unknown): Promise<any> {
	const response = await fetch(`${base}${path}`, {
		method,
		headers: body === undefined ? undefined : { 'content-type': 'application/json' },
		body: body === undefined ? undefined : JSON.stringify(body),
	});
	const json = (await response.json()) as { value: any };
	if (!response.ok) throw new Error(`[webkit] ${method} ${path}: ${json.value?.error}: ${json.value?.message}`);
	return json.value;
}

const keyActions = (keys: string[]) => [{ type: 'key', id: 'keyboard', actions: keys.flatMap((value) => [{ type: 'keyDown', value }, { type: 'keyUp', value }]) }];

/**
 * Where a blob download goes in this page: MiniBrowser under automation saves no downloads, so
 * the adapter keeps a copy of what an `<a download>` click hands the browser.
 */
function captureDownloads() {
	const w = window as unknown as { __cwDownloads?: { name: string; text: string }[] };
	if (w.__cwDownloads) return;
	w.__cwDownloads = [];
	// The blob is kept as it is handed to `createObjectURL`: the site's CSP (connect-src 'self') refuses fetching a blob: address.
	const blobs = new Map<string, Blob>();
	const createObjectURL = URL.createObjectURL;
	URL.createObjectURL = (object: Blob | MediaSource) => {
		const url = createObjectURL(object);
		if (object instanceof Blob) blobs.set(url, object);
		return url;
	};
	const click = HTMLAnchorElement.prototype.click;
	HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
		const blob = blobs.get(this.href);
		if (this.download && blob) {
			const name = this.download;
			blob.text().then((text) => w.__cwDownloads!.push({ name, text }));
		}
		return click.call(this);
	};
}

function session(base: string, id: string, beforeScripts: string | undefined, files: string): Session {
	const call = (method: 'GET' | 'POST' | 'DELETE', path: string, body?: unknown) => command(base, method, `/session/${id}${path}`, body);
	const evaluateSource = <T>(expression: string): Promise<T> => call('POST', '/execute/sync', { script: `return ${expression};`, args: [] });
	const element = async (target: Target): Promise<string> => {
		const found = await call('POST', '/execute/sync', { script: `return ${findSource(target)};`, args: [] });
		if (!found?.[ELEMENT]) throw new Error(`[webkit] no element for ${JSON.stringify(target)}`);
		return found[ELEMENT];
	};
	// Classic WebDriver cannot run a script before the page's own: the nearest is right after load.
	const afterLoad = async () => {
		if (beforeScripts) await evaluateSource(`(() => { ${beforeScripts}; return true; })()`);
	};
	const focus = async (selector: string) => {
		const ok = await evaluateSource<boolean>(`(() => { const el = document.querySelector(${JSON.stringify(selector)}); if (!el) return false; el.focus(); return true; })()`);
		if (!ok) throw new Error(`[webkit] no element ${selector} to focus`);
	};
	// Element Send Keys to the focused element: the same key events as a keyboard action chain, three times faster.
	const type = async (text: string) => {
		const active = await call('GET', '/element/active');
		await call('POST', `/element/${active[ELEMENT]}/value`, { text });
	};
	return {
		engine: 'webkit',
		goto: async (where) => {
			await call('POST', '/url', { url: absolute(where) });
			await afterLoad();
		},
		reload: async () => {
			await call('POST', '/refresh', {});
			await afterLoad();
		},
		url: () => call('GET', '/url'),
		evaluate: (fn, ...args) => evaluateSource(callSource(fn, args)),
		evaluateSource,
		focus,
		fill: async (selector, text) => {
			// WebKitWebDriver now and then answers "unknown error" when the field was re-rendered between
			// finding and typing (once in a CI run); the field is found afresh and typed into again.
			for (let attempt = 1; ; attempt++) {
				const el = await evaluateSource<Record<string, string> | null>(`(${focusAndSelect})(${JSON.stringify(selector)})`);
				if (!el?.[ELEMENT]) throw new Error(`[webkit] no element ${selector} to type into`);
				try {
					return void (await call('POST', `/element/${el[ELEMENT]}/value`, { text }));
				} catch (error) {
					if (attempt === 3 || !/unknown error|stale element/.test((error as Error).message)) throw error;
					await new Promise((done) => setTimeout(done, 100));
				}
			}
		},
		type: async (text) => {
			await type(text);
		},
		press: async (key) => {
			if (key === 'SelectAll')
				await call('POST', '/actions', {
					actions: [{ type: 'key', id: 'keyboard', actions: [{ type: 'keyDown', value: CONTROL }, { type: 'keyDown', value: 'a' }, { type: 'keyUp', value: 'a' }, { type: 'keyUp', value: CONTROL }] }],
				});
			else await call('POST', '/actions', { actions: keyActions([KEYS[key]]) });
			await call('DELETE', '/actions');
		},
		typeDate: async (selector, iso) => {
			// WebKit's date field (month/day/year) takes each part followed by its separator.
			const [y, m, d] = iso.split('-');
			await focus(selector);
			await type(`${m}/${d}/${y}`);
		},
		click: async (target) => {
			// Into the middle of the window first: WebKitWebDriver scrolls it only just into view, under the site's fixed header.
			// Then, as Playwright does, wait until the element stays put for two frames and is what a click there
			// would hit: a focus the page moves in an effect after its paint can still scroll it away, and the
			// click would land on something else. (Two frames let Preact's effects, run after a frame, go first.)
			const id = await element(target);
			const hit = `const el = arguments[0]; el.scrollIntoView({ block: "center" });
				const place = () => { const b = el.getBoundingClientRect(); return [b.left, b.top, b.width, b.height].join(); };
				const before = place();
				return new Promise((done) => { setTimeout(() => done(false), 500); requestAnimationFrame(() => requestAnimationFrame(() => {
					const box = el.getBoundingClientRect(); const at = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
					done(place() === before && !!at && el.contains(at)); })); });`;
			for (let tries = 0; !(await call('POST', '/execute/sync', { script: hit, args: [{ [ELEMENT]: id }] })) && tries < 40; tries++) await new Promise((done) => setTimeout(done, 50));
			await call('POST', `/element/${id}/click`, {});
		},
		setFile: async (selector, path) => {
			await call('POST', `/element/${await element(selector)}/value`, { text: path });
		},
		download: async (action) => {
			await evaluateSource(`(() => { const __name = (f) => f; (${captureDownloads.toString()})(); return true; })()`);
			const before = await evaluateSource<number>('window.__cwDownloads.length');
			await action();
			const end = Date.now() + 15_000;
			while (Date.now() < end) {
				const got = await evaluateSource<{ name: string; text: string }[]>('window.__cwDownloads');
				if (got.length > before) {
					const { name, text } = got[got.length - 1];
					const path = join(mkdtempSync(join(files, 'download-')), name);
					writeFileSync(path, text);
					return { name, text, path } satisfies Download;
				}
				await new Promise((r) => setTimeout(r, 100));
			}
			throw new Error('[webkit] no download was handed to the browser');
		},
		// WebKitWebDriver has no Print command: no PDF from this engine.
		pdf: undefined,
		close: async () => {
			await call('DELETE', '').catch(() => {});
		},
	};
}

async function waitForDriver(base: string, output: () => string) {
	for (let i = 0; i < 100; i++) {
		try {
			const status = await command(base, 'GET', '/status');
			if (status.ready) return;
		} catch {
			// Not listening yet.
		}
		await new Promise((r) => setTimeout(r, 100));
	}
	throw new Error(`WebKitWebDriver did not answer at ${base}:\n${output()}`);
}

/** Starts a WebKitWebDriver on a free port; it serves one session at a time. */
async function startDriver(driver: string) {
	const port = await freePort();
	let output = '';
	const child = spawn(driver, [`--port=${port}`, '--host=127.0.0.1'], {
		env: { ...process.env, DISPLAY: inject('display'), LANG: 'en_US.UTF-8', LANGUAGE: 'en_US' },
		stdio: ['ignore', 'pipe', 'pipe'],
	});
	child.stdout!.on('data', (chunk) => (output += chunk));
	child.stderr!.on('data', (chunk) => (output += chunk));
	const base = `http://127.0.0.1:${port}`;
	try {
		await waitForDriver(base, () => output);
	} catch (error) {
		child.kill('SIGTERM');
		throw error;
	}
	return { base, stop: () => child.kill('SIGTERM') };
}

/**
 * WebKitGTK's MiniBrowser driven by WebKitWebDriver over W3C WebDriver HTTP, on the X display the
 * global setup started. WebKitWebDriver allows one session at a time, so each session (a new
 * MiniBrowser with an ephemeral profile) has its own driver process.
 */
export async function launchWebKit(): Promise<Engine> {
	const { driver, browser } = webkitPaths();
	const files = mkdtempSync(join(tmpdir(), 'cw-webkit-files-'));
	const running = new Set<() => void>();
	return {
		name: 'webkit',
		newSession: async ({ beforeScripts } = {}) => {
			const { base, stop } = await startDriver(driver);
			running.add(stop);
			try {
				const created = await command(base, 'POST', '/session', {
					capabilities: { alwaysMatch: { 'webkitgtk:browserOptions': { binary: browser, args: ['--automation'] } } },
				});
				const s = session(base, created.sessionId, beforeScripts, files);
				return {
					...s,
					close: async () => {
						await s.close();
						stop();
						running.delete(stop);
					},
				};
			} catch (error) {
				stop();
				running.delete(stop);
				throw error;
			}
		},
		stop: async () => {
			for (const stop of running) stop();
			rmSync(files, { recursive: true, force: true });
		},
	};
}
