import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';
import { startPreview } from '../browser/setup/server';
import { firefoxPath } from './firefox';
import { webkitPaths } from './webkit';
import { startXvfb } from './xvfb';

declare module 'vitest' {
	export interface ProvidedContext {
		siteUrl: string;
		display: string;
	}
}

const root = fileURLToPath(new URL('../..', import.meta.url));

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
