import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';
import { startPreview } from '../browser/setup/server';
import { firefoxPath } from './firefox';
import { webkitPaths } from './webkit';

declare module 'vitest' {
	export interface ProvidedContext {
		siteUrl: string;
		display: string;
	}
}

const root = fileURLToPath(new URL('../..', import.meta.url));

/** Starts Xvfb on the first free display from :90 (WebKitGTK's MiniBrowser needs a display; its headless mode hangs). */
async function startXvfb(): Promise<{ display: string; stop: () => void }> {
	if (!existsSync('/usr/bin/Xvfb')) throw new Error("No Xvfb for the WebKit tests. Install Debian's package (sudo apt-get install -y xvfb).");
	for (let n = 90; n < 140; n++) {
		if (existsSync(`/tmp/.X${n}-lock`) || existsSync(`/tmp/.X11-unix/X${n}`)) continue;
		const child: ChildProcess = spawn('/usr/bin/Xvfb', [`:${n}`, '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], { stdio: 'ignore' });
		for (let i = 0; i < 50 && child.exitCode === null && !existsSync(`/tmp/.X11-unix/X${n}`); i++) await new Promise((r) => setTimeout(r, 100));
		if (child.exitCode === null && existsSync(`/tmp/.X11-unix/X${n}`)) return { display: `:${n}`, stop: () => child.kill('SIGTERM') };
		child.kill('SIGTERM');
	}
	throw new Error('Xvfb could not start on any display from :90 to :139.');
}

/** Serves the built site and starts a virtual display for the cross-engine flows. */
export default async function setup(project: TestProject) {
	firefoxPath();
	webkitPaths();
	if (!existsSync(`${root}/dist/index.html`)) throw new Error('No built site in dist/: run `npm run build` first (npm test does).');
	const xvfb = await startXvfb();
	const preview = await startPreview(root).catch((error) => {
		xvfb.stop();
		throw error;
	});
	project.provide('siteUrl', preview.url);
	project.provide('display', xvfb.display);
	return () => {
		preview.stop();
		xvfb.stop();
	};
}
