import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';

/**
 * Starts Xvfb on the first free display from :90 (WebKitGTK's MiniBrowser needs a display; its
 * headless mode hangs). Used by the flows' global setup and by the bench.
 */
export async function startXvfb(): Promise<{ display: string; stop: () => void }> {
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
