import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser, type ElementHandle, type Page } from 'puppeteer-core';
import { absolute, callSource, findSource, focusAndSelect, type Download, type Engine, type Key, type Session, type Target } from './driver';

/** Debian's Firefox ESR, or the one named by FIREFOX_PATH. */
export function firefoxPath(): string {
	const candidates = [process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox'].filter(Boolean) as string[];
	const found = candidates.find((path) => existsSync(path));
	if (!found) throw new Error("No Firefox found for the cross-engine tests. Install Debian's package (sudo apt-get install -y firefox-esr) or set FIREFOX_PATH.");
	return found;
}

const KEYS: Record<Key, string> = { Enter: 'Enter', Space: ' ', Tab: 'Tab', ArrowRight: 'ArrowRight', ArrowLeft: 'ArrowLeft', SelectAll: '' };

/** Waits for a new finished file in `dir` that was not in `before`. */
async function newFile(dir: string, before: Set<string>, timeout = 15_000): Promise<string> {
	const end = Date.now() + timeout;
	let last: string | undefined;
	while (Date.now() < end) {
		const found = readdirSync(dir).find((name) => !before.has(name) && !name.endsWith('.part'));
		// Firefox writes a `.part` file beside the download until it is complete, and may first write the
		// download under a temporary name and then rename it: a name counts once two polls agree on it.
		if (found && found === last && !readdirSync(dir).some((name) => name.endsWith('.part'))) return found;
		last = found;
		await new Promise((r) => setTimeout(r, 150));
	}
	throw new Error(`[firefox] no download appeared in ${dir}`);
}

function session(page: Page, close: () => Promise<void>, downloads: string): Session {
	const evaluateSource = <T>(expression: string) => page.evaluate(expression) as Promise<T>;
	const element = async (target: Target) => {
		const handle = await page.evaluateHandle(findSource(target));
		const el = handle.asElement() as ElementHandle<Element> | null;
		if (!el) throw new Error(`[firefox] no element for ${JSON.stringify(target)}`);
		return el;
	};
	const s: Session = {
		engine: 'firefox',
		goto: async (where) => {
			await page.goto(absolute(where), { waitUntil: 'load' });
		},
		reload: async () => {
			await page.reload({ waitUntil: 'load' });
		},
		url: async () => page.url(),
		evaluate: (fn, ...args) => evaluateSource(callSource(fn, args)),
		evaluateSource,
		focus: async (selector) => {
			await page.focus(selector);
		},
		fill: async (selector, text) => {
			// One call to focus and select, one to type (puppeteer sends the whole text as one action chain).
			if (!(await evaluateSource<boolean>(`!!(${focusAndSelect})(${JSON.stringify(selector)})`)))
				throw new Error(`[firefox] no element ${selector} to type into`);
			await page.keyboard.type(text);
		},
		type: (text) => page.keyboard.type(text),
		press: async (key) => {
			if (key === 'SelectAll') {
				await page.keyboard.down('Control');
				await page.keyboard.press('a');
				await page.keyboard.up('Control');
			} else await page.keyboard.press(KEYS[key] as never);
		},
		typeDate: async (selector, iso) => {
			// Firefox's date field takes digits in the locale's order and moves on by itself.
			const [y, m, d] = iso.split('-');
			await page.focus(selector);
			await page.keyboard.type(`${m}${d}${y}`);
		},
		click: async (target) => {
			const el = await element(target);
			// Two frames first, so effects the page runs after its paint (a focus that scrolls) go before the click.
			await el.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
			await el.click();
		},
		setFile: async (selector, path) => {
			const input = await page.$(selector);
			if (!input) throw new Error(`[firefox] no file input ${selector}`);
			await (input as unknown as { uploadFile(path: string): Promise<void> }).uploadFile(path);
		},
		download: async (action) => {
			const before = new Set(readdirSync(downloads));
			await action();
			const name = await newFile(downloads, before);
			const path = join(downloads, name);
			return { name, path, text: readFileSync(path, 'utf8') } satisfies Download;
		},
		pdf: async () => Buffer.from(await page.pdf({ format: 'A4', printBackground: false })),
		close,
	};
	return s;
}

/**
 * Firefox ESR over WebDriver BiDi with puppeteer-core, in a fresh temporary profile. Each session
 * is a new user context (its own cookies and storage) with one page.
 */
export async function launchFirefox(): Promise<Engine> {
	const downloads = mkdtempSync(join(tmpdir(), 'cw-firefox-downloads-'));
	const browser: Browser = await puppeteer.launch({
		browser: 'firefox',
		executablePath: firefoxPath(),
		headless: true,
		extraPrefsFirefox: {
			'browser.download.dir': downloads,
			'browser.download.folderList': 2,
			'browser.download.useDownloadDir': true,
			'browser.download.always_ask_before_handling_new_types': false,
			'browser.download.start_downloads_in_tmp_dir': false,
			'browser.helperApps.neverAsk.saveToDisk': 'application/json,text/calendar,application/octet-stream',
			'intl.locale.requested': 'en-US',
			'intl.accept_languages': 'en-US, en',
			'dom.serviceWorkers.enabled': false,
		},
	});
	return {
		name: 'firefox',
		newSession: async ({ beforeScripts } = {}) => {
			const context = await browser.createBrowserContext();
			const page = await context.newPage();
			if (beforeScripts) await page.evaluateOnNewDocument(beforeScripts);
			return session(page, () => context.close(), downloads);
		},
		stop: async () => {
			await browser.close().catch(() => {});
			rmSync(downloads, { recursive: true, force: true });
		},
	};
}
