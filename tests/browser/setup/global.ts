import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';
import { chromiumPath } from './chromium';
import { startPreview } from './server';

declare module 'vitest' {
	export interface ProvidedContext {
		siteUrl: string;
		chromium: string;
	}
}

const root = fileURLToPath(new URL('../../..', import.meta.url));

/** Serves the built site (`npm test` builds it first) for every browser test file. */
export default async function setup(project: TestProject) {
	const chromium = chromiumPath();
	if (!existsSync(`${root}/dist/index.html`)) throw new Error('No built site in dist/: run `npm run build` first (npm test does).');
	const preview = await startPreview(root);
	project.provide('siteUrl', preview.url);
	project.provide('chromium', chromium);
	return () => preview.stop();
}
