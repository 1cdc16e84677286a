import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';

/** A free loopback port, picked by the OS. */
export function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const server = createServer();
		server.listen(0, '127.0.0.1', () => {
			const address = server.address();
			server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
		});
	});
}

async function waitFor(url: string, child: ChildProcess, output: () => string) {
	// Up to a minute: on a loaded two-core machine astro preview can take more than 20 s to answer.
	for (let i = 0; i < 600; i++) {
		if (child.exitCode !== null) throw new Error(`astro preview exited early:\n${output()}`);
		try {
			const response = await fetch(url);
			if (response.ok) return;
		} catch {
			// Not listening yet.
		}
		await new Promise((r) => setTimeout(r, 100));
	}
	throw new Error(`astro preview did not answer at ${url}:\n${output()}`);
}

/** Serves an already built site with `astro preview` on a free port; resolves to its URL and a stop function. */
export async function startPreview(root: string, env: Record<string, string> = {}, base = '/') {
	const port = await freePort();
	let output = '';
	const child = spawn('npx', ['astro', 'preview', '--ignore-lock', '--host', '127.0.0.1', '--port', String(port)], {
		cwd: root,
		env: { ...process.env, ...env },
		stdio: ['ignore', 'pipe', 'pipe'],
		detached: true,
	});
	child.stdout!.on('data', (chunk) => (output += chunk));
	child.stderr!.on('data', (chunk) => (output += chunk));
	const url = `http://127.0.0.1:${port}${base}`;
	const stop = () => {
		try {
			process.kill(-child.pid!, 'SIGTERM');
		} catch {
			// Already gone.
		}
	};
	// A server that never answered must not outlive the run.
	await waitFor(url, child, () => output).catch((error) => {
		stop();
		throw error;
	});
	return { url, stop };
}
