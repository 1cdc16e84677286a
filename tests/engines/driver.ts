import { afterAll, beforeAll, describe, inject, it } from 'vitest';

/**
 * The small driver interface every cross-engine flow is written against, once. Each engine has
 * one adapter (firefox.ts over WebDriver BiDi with puppeteer-core, webkit.ts over W3C WebDriver
 * HTTP with WebKitWebDriver and MiniBrowser). A flow file in flows/ calls `forEachEngine` and
 * gets one test per engine, named `[engine] what it checks`.
 */

export type EngineName = 'firefox' | 'webkit';
/** Every engine, or those CW_ENGINES names (`CW_ENGINES=webkit`). */
export const ENGINES: EngineName[] = (process.env.CW_ENGINES?.split(',') as EngineName[] | undefined) ?? ['firefox', 'webkit'];

/** Keys a flow may press on the focused element. `SelectAll` is Ctrl+A. */
export type Key = 'Enter' | 'Space' | 'Tab' | 'ArrowRight' | 'ArrowLeft' | 'SelectAll';

/** A file the page saved through the browser's download. */
export interface Download {
	name: string;
	text: string;
	/** Where it is on disk, for opening it again with a file input. */
	path: string;
}

/** A browser window with a fresh profile: its own localStorage, nothing saved before. */
export interface Session {
	readonly engine: EngineName;
	/** Opens a path of the site (`/worksheets/grow/`) or a full address, and waits for it to load. */
	goto(pathOrUrl: string): Promise<void>;
	reload(): Promise<void>;
	url(): Promise<string>;
	/** Runs a function in the page with JSON arguments and returns its (awaited) JSON result. */
	evaluate<T, A extends unknown[]>(fn: (...args: A) => T | Promise<T>, ...args: A): Promise<T>;
	/** Evaluates a JavaScript expression in the page and returns its (awaited) JSON result. */
	evaluateSource<T>(expression: string): Promise<T>;
	/** Focuses the first element matching a CSS selector. */
	focus(selector: string): Promise<void>;
	/** Focuses a text box, selects what it holds, and types `text` over it with the keyboard. */
	fill(selector: string, text: string): Promise<void>;
	/** Types text with the keyboard into whatever has focus. */
	type(text: string): Promise<void>;
	press(key: Key): Promise<void>;
	/** Types a date into a focused `<input type="date">` the way this engine's date field takes keys. */
	typeDate(selector: string, iso: string): Promise<void>;
	/** A real pointer click on the element a finder (see `FIND`) returns. */
	click(target: Target): Promise<void>;
	/** Chooses a file in an `<input type="file">`. */
	setFile(selector: string, path: string): Promise<void>;
	/** Runs `action` and returns the file it made the browser download. */
	download(action: () => Promise<void>): Promise<Download>;
	/** The page printed to PDF by the engine, where the driver can print; undefined where it cannot. */
	readonly pdf?: () => Promise<Buffer>;
	close(): Promise<void>;
}

export interface Engine {
	readonly name: EngineName;
	/** A new window with a fresh profile. `beforeScripts` should run before any page script. */
	newSession(options?: { beforeScripts?: string }): Promise<Session>;
	stop(): Promise<void>;
}

/** An element by CSS selector, or by role and accessible name (optionally inside a selector). */
export type Target = string | { role: 'button' | 'link'; name: string | RegExp; within?: string };

/** Serialisable form of a Target, for the in-page finder. */
export const targetArg = (target: Target) =>
	typeof target === 'string'
		? { selector: target }
		: { role: target.role, within: target.within ?? null, name: typeof target.name === 'string' ? target.name : null, pattern: typeof target.name === 'string' ? null : target.name.source };

/**
 * Finds a visible element in the page: by selector, or a button/link by its accessible name
 * (aria-label, else its text, whitespace collapsed). Runs inside the page.
 */
export function FIND(arg: { selector?: string; role?: string; within?: string | null; name?: string | null; pattern?: string | null }): Element | null {
	if (arg.selector) return document.querySelector(arg.selector);
	const visible = (el: Element) => {
		const box = (el as HTMLElement).getBoundingClientRect();
		return box.width > 0 && box.height > 0 && getComputedStyle(el).visibility !== 'hidden';
	};
	// The first visible match: a page may hold a hidden one too (an island's alert for words that never came).
	const scope = arg.within ? [...document.querySelectorAll(arg.within)].find(visible) : document;
	if (!scope) return null;
	const query = arg.role === 'link' ? 'a[href], [role=link]' : 'button, [role=button], input[type=button], input[type=submit]';
	for (const el of scope.querySelectorAll(query)) {
		const name = (el.getAttribute('aria-label') || (el.tagName === 'INPUT' ? (el as HTMLInputElement).value : el.textContent) || '').replace(/\s+/g, ' ').trim();
		const matches = arg.pattern ? new RegExp(arg.pattern).test(name) : name === arg.name;
		if (matches && visible(el)) return el;
	}
	return null;
}

/**
 * The source of an expression calling `fn` with JSON arguments in the page. `__name` is defined
 * because the test transform may wrap named inner functions in it.
 */
export const callSource = (fn: Function, args: unknown[]) =>
	`(() => { const __name = (f) => f; return (${fn.toString()})(...${JSON.stringify(args)}); })()`;

export const siteUrl = () => inject('siteUrl');
export const absolute = (pathOrUrl: string) => (/^[a-z]+:/.test(pathOrUrl) ? pathOrUrl : new URL(pathOrUrl.replace(/^\//, ''), siteUrl()).href);

/** Polls a function in the page until it returns something truthy; fails with `what` after `timeout` ms. */
export const waitUntil = <A extends unknown[]>(session: Session, what: string, fn: (...args: A) => unknown, args: A, timeout = 10_000) =>
	waitUntilSource(session, what, callSource(fn, args), timeout);

export async function waitUntilSource(session: Session, what: string, expression: string, timeout = 10_000) {
	const end = Date.now() + timeout;
	let last: unknown;
	for (;;) {
		try {
			last = await session.evaluateSource(expression);
			if (last) return last;
		} catch (error) {
			last = error;
		}
		if (Date.now() > end) throw new Error(`[${session.engine}] timed out waiting for ${what} (last: ${String(last)})`);
		await new Promise((r) => setTimeout(r, 100));
	}
}

/** The expression finding a target in the page (see FIND). */
export const findSource = (target: Target) => `(() => { const __name = (f) => f; return (${FIND.toString()})(${JSON.stringify(targetArg(target))}); })()`;

/** Waits until an element exists (and, for role targets, is visible). */
export const waitForTarget = (session: Session, target: Target, timeout = 10_000) =>
	waitUntilSource(session, `element ${JSON.stringify(targetArg(target))}`, `!!${findSource(target)}`, timeout);

/** Waits for the element, then clicks it. */
export async function clickWhenReady(session: Session, target: Target) {
	await waitForTarget(session, target);
	await session.click(target);
}

/** Waits until a form control holds `value`. */
export const waitForValue = (session: Session, selector: string, value: string, timeout = 10_000) =>
	waitUntil(session, `${selector} to hold ${JSON.stringify(value)}`, (sel: string, expected: string) => (document.querySelector(sel) as HTMLInputElement | null)?.value === expected, [selector, value], timeout);

/** Waits until some element matching `selector` contains `text`. */
export const waitForText = (session: Session, selector: string, text: string, timeout = 10_000) =>
	waitUntil(session, `${selector} to contain ${JSON.stringify(text)}`, (sel: string, t: string) => [...document.querySelectorAll(sel)].some((el) => el.textContent?.includes(t)), [selector, text], timeout);

export const valueOf = (session: Session, selector: string) => session.evaluate((sel: string) => (document.querySelector(sel) as HTMLInputElement | null)?.value ?? null, selector);

/** Waits until the worksheet island has hydrated and accepts typing. */
export const worksheetReady = (session: Session) => waitForTarget(session, '.worksheet[data-ready="true"]', 20_000);

/** Focuses a field and replaces its text by typing, as a keyboard user does. */
export const typeInto = (session: Session, selector: string, text: string) => session.fill(selector, text);

/** In the page: focuses the element and selects its text; returns it, or null when there is none. */
export function focusAndSelect(selector: string): Element | null {
	const el = document.querySelector(selector) as HTMLInputElement | null;
	if (!el) return null;
	el.focus();
	el.select?.();
	return el;
}

/** Picks an option of a `<select>` as the browser does for a choice: sets it and fires input and change. */
export const selectOption = (session: Session, selector: string, value: string) =>
	session.evaluate(
		(sel: string, v: string) => {
			const select = document.querySelector(sel) as HTMLSelectElement;
			select.focus();
			select.value = v;
			select.dispatchEvent(new Event('input', { bubbles: true }));
			select.dispatchEvent(new Event('change', { bubbles: true }));
		},
		selector,
		value,
	);

/** Every value in the worksheet's text boxes, in page order. */
export const textValues = (session: Session) =>
	session.evaluate(() => [...document.querySelectorAll('.worksheet :is(input[type=text], textarea)')].map((el) => (el as HTMLInputElement).value));

/** Every plan record in this profile's localStorage, by plan id. */
export const storedPlans = (session: Session): Promise<Record<string, Record<string, any>>> =>
	session.evaluate(() =>
		Object.fromEntries(
			Object.keys(localStorage)
				.filter((key) => key.startsWith('cw:plan:'))
				.map((key) => [key.slice('cw:plan:'.length), JSON.parse(localStorage.getItem(key)!)]),
		),
	);

/** Waits until this profile's localStorage holds `count` plans. */
export const waitForSavedPlans = (session: Session, count: number) =>
	waitUntil(session, `${count} saved plan(s)`, (n: number) => Object.keys(localStorage).filter((key) => key.startsWith('cw:plan:')).length === n, [count]);

async function launch(name: EngineName): Promise<Engine> {
	if (name === 'firefox') return (await import('./firefox')).launchFirefox();
	return (await import('./webkit')).launchWebKit();
}

/**
 * Defines a flow's tests once per engine. Each engine is started once per flow file; `test`
 * names every test `[engine] title`, and `session` opens a fresh profile closed after the test.
 */
export function forEachEngine(
	define: (api: {
		name: EngineName;
		test: (title: string, body: (open: (options?: { beforeScripts?: string }) => Promise<Session>) => Promise<void>, timeout?: number) => void;
	}) => void,
	engines: EngineName[] = ENGINES,
) {
	for (const name of engines) {
		describe(name, () => {
			let engine: Engine | undefined;
			beforeAll(async () => {
				engine = await launch(name);
			});
			afterAll(() => engine?.stop());
			define({
				name,
				test: (title, body, timeout) =>
					it(`[${name}] ${title}`, async () => {
						const opened: Session[] = [];
						try {
							await body(async (options) => {
								const session = await engine!.newSession(options);
								opened.push(session);
								return session;
							});
						} finally {
							for (const session of opened) await session.close().catch(() => {});
						}
					}, timeout),
			});
		});
	}
}
