import { existsSync } from 'node:fs';

/** Debian's Chromium, or the one named by CHROME_PATH; a clear error when there is none. */
export function chromiumPath(): string {
	const candidates = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(Boolean) as string[];
	const found = candidates.find((path) => existsSync(path));
	if (!found)
		throw new Error(
			'No Chromium found for the browser tests. Install Debian\'s package (sudo apt-get install -y chromium) or set CHROME_PATH to a Chromium binary.',
		);
	return found;
}

/** Flags that keep headless Chromium quiet on a machine with no outside network. */
export const CHROMIUM_ARGS = [
	'--headless',
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
];
