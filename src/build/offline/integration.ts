import type { StarlightPlugin } from '@astrojs/starlight/types';
import type { AstroIntegration } from 'astro';
import { readFileSync, writeFileSync } from 'node:fs';
import { transformSync } from 'esbuild';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { precacheFor, type Precache } from './precache';

const source = (name: string) => fileURLToPath(new URL(`./${name}`, import.meta.url));

/** The script that registers `sw.js`, as every built page carries it inline (minified: its comments are for readers of the source). */
export const REGISTER_SW = transformSync(readFileSync(source('register-sw.js'), 'utf8'), { minify: true }).code.trim();

/** Writes `sw.js` into a built site, precaching the whole site. */
export function writeServiceWorker(outDir: string): Precache {
	const precache = precacheFor(outDir);
	writeFileSync(join(outDir, 'sw.js'), `const PRECACHE = ${JSON.stringify(precache)};\n${readFileSync(source('sw.js'), 'utf8')}`);
	return precache;
}

/** Writes the service worker once the build output, Pagefind's index included, is complete. */
export function offlineIntegration(): AstroIntegration {
	return {
		name: 'coaching-workbook:offline',
		hooks: {
			'astro:build:done': ({ dir, logger }) => {
				const precache = writeServiceWorker(fileURLToPath(dir));
				const shared = Object.keys(precache.files).length - Object.keys(precache.langs).length;
				logger.info(`sw.js precaches ${shared} shared files and each language's own as ${precache.cache}`);
			},
		},
	};
}

/**
 * Makes the site installable and usable offline: links the web app manifest on every page and, in
 * built sites only (a worker would cache the dev server), adds the script that registers `sw.js`
 * (allowed by its hash in the CSP: see `astro.config.mjs`).
 */
export function offline(): StarlightPlugin {
	return {
		name: 'coaching-workbook:offline',
		hooks: {
			'config:setup': ({ config, updateConfig, addIntegration, astroConfig, command }) => {
				const base = astroConfig.base.endsWith('/') ? astroConfig.base : `${astroConfig.base}/`;
				updateConfig({
					head: [
						...(config.head ?? []),
						{ tag: 'link', attrs: { rel: 'manifest', href: `${base}manifest.webmanifest` } },
						{ tag: 'link', attrs: { rel: 'apple-touch-icon', href: `${base}apple-touch-icon.png` } },
						{ tag: 'meta', attrs: { name: 'theme-color', content: '#3451b2' } },
						// After the manifest link, which the script reads the site's base from.
						...(command === 'build' ? [{ tag: 'script' as const, content: REGISTER_SW }] : []),
					],
				});
				if (command === 'build') addIntegration(offlineIntegration());
			},
		},
	};
}
