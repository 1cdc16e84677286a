// @ts-check
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import preact from '@astrojs/preact';
import { contentCheck } from './src/build/content-check/integration.ts';
import { siteSidebar } from './src/build/sidebar.ts';
import { DEFAULT_LANG, LANGUAGES } from './src/plan/i18n/languages.ts';
import { cspHash, starlightInlineScriptHashes } from './src/build/inline-hashes.ts';
import { offline, REGISTER_SW } from './src/build/offline/integration.ts';
import { cspFirst } from './src/build/csp-first.ts';
import { minifyInline } from './src/build/minify-inline.ts';
import { noPreloadHelper } from './src/build/no-preload-helper.ts';
import { searchOnOpen } from './src/build/search-on-open.ts';
import { pageToc } from './src/build/page-toc.ts';
import { useStoreWithoutKeys } from './src/build/use-store-without-keys.ts';

/**
 * Astro marks every MDX page module with the directive "use astro:head-inject" for its own head handling,
 * and Rolldown warns once per MDX page that bundling may not preserve it. Astro reads the directive before
 * bundling, so nothing is lost (withastro/astro#18087, open); the warnings only bury real ones. This drops
 * exactly that warning, in every build environment (Astro sets each environment's bundler options itself,
 * so a top-level `build.rolldownOptions.onwarn` never reaches the page build).
 * @returns {import('vite').Plugin}
 */
function quietHeadInjectDirective() {
	return {
		name: 'coaching-workbook:quiet-head-inject-directive',
		configEnvironment() {
			return {
				build: {
					rolldownOptions: {
						onwarn(warning, warn) {
							if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('"use astro:head-inject"')) return;
							warn(warning);
						},
					},
				},
			};
		},
	};
}

const root = fileURLToPath(new URL('.', import.meta.url));
// What the worksheet island needs before it can take a keystroke. Anything else (storage health,
// clipboard, codecs, valibot, which only sessions and links use) stays out, or this chunk would carry
// it onto every island page.
const CORE_MODULES =
	/[\\/]src[\\/](store[\\/](plans|storage|keys|keeps-any)|islands[\\/]common[\\/](use-later|words|mount|in-turn)|plan[\\/](record\.|dates|i18n[\\/]translate|answers[\\/]plan-label))|[\\/]node_modules[\\/](nanostores|@nanostores|preact)[\\/]/;
const base = process.env.BASE_PATH ?? '/';

// SITE and BASE_PATH let the same build serve from a domain root or a sub-path (GitHub Pages project sites);
// OUT_DIR lets a test build and serve such a variant without touching dist/.
export default defineConfig({
	site: process.env.SITE ?? 'https://coaching-workbook.example',
	base,
	outDir: process.env.OUT_DIR ?? 'dist',
	trailingSlash: 'always',
	// Starlight would prefetch every link (1.1 KiB of script on each page); the service worker already
	// precaches the whole site on the first visit, so prefetching only doubled requests.
	prefetch: false,
	// Astro's own log output, minus two warnings Starlight causes on Astro 7 that say nothing wrong about
	// this site (each explained in the file). A newcomer's build is clean; any new warning still shows.
	logger: { entrypoint: './src/build/quiet-logger.js' },
	// Component CSS as files, never inlined: Astro's CSP does not hash styles of components used in
	// MDX, and files cache across pages anyway.
	build: { inlineStylesheets: 'never' },
	// A Content Security Policy in every page: scripts and styles only from this site (by hash for
	// inline ones), so text from a shared plan can never run as code.
	// Style attributes (Starlight's icon sizes, our ruled lines) are allowed; inline style elements and
	// every script are not, unless hashed.
	security: {
		csp: {
			// Everything else only from this site: no plugins, no <base> to redirect relative links, no form
			// posting anywhere, no fetch elsewhere, images from here or data: (the QR code). Framing is refused
			// by `public/_headers` (frame-ancestors has no effect in a meta tag).
			directives: [
				"default-src 'self'",
				"object-src 'none'",
				"base-uri 'none'",
				"form-action 'none'",
				"connect-src 'self'",
				"img-src 'self' data:",
			],
			scriptDirective: { hashes: [...starlightInlineScriptHashes(), cspHash(REGISTER_SW)] },
			// 'self' is scoped to elements (style-src-elem), where stylesheets load; a source in plain style-src
			// would not reach style-src-attr anyway, and Astro warns about that shadowing at every build.
			styleDirective: {
				resources: [
					{ resource: "'self'", kind: 'element' },
					{ resource: "'unsafe-inline'", kind: 'attribute' },
				],
			},
		},
	},
	// No page shows code, and Shiki's inline styles would be blocked by the CSP: no highlighter at all
	// (Astro warns about Shiki under CSP at every build otherwise).
	markdown: { syntaxHighlight: false },
	vite: {
		plugins: [quietHeadInjectDirective(), noPreloadHelper(), searchOnOpen(), pageToc(), useStoreWithoutKeys()],
		build: {
			sourcemap: process.env.SOURCEMAP === '1',
			// Terser, three passes: about 90 B gzip less than the default minifier on every page with an island,
			// for 5 s more build (the GROW overview needs them for its 20 KiB). Inline scripts too.
			minify: 'terser',
			terserOptions: { module: true, ecma: 2020, compress: { passes: 3 }, format: { wrap_func_args: false } },
			rolldownOptions: {
				output: {
					codeSplitting: {
						// What every island needs at once (the store, the answer model, the plan envelope and
						// their libraries) in one chunk, not six small ones. Codecs stay apart: they load on use.
						groups: [
							// Vite's small helper for dynamic imports stays on its own: in the core chunk it would
							// make every page's search script load the whole core.
							{ name: 'preload-helper', test: /preload-helper/, priority: 3 },
							{ name: 'core', test: CORE_MODULES, priority: 2 },
							// The field components and who reads them, shared by the worksheet and the session mode, in one chunk.
							{ name: 'fields', test: /[\\/]src[\\/](islands[\\/]worksheet[\\/](Field|fields[\\/])|plan[\\/]answers[\\/]reader-hints)/, priority: 1 },
						],
					},
				},
			},
		},
	},
	integrations: [
		contentCheck(),
		// Both before Starlight's service worker hashes the pages.
		minifyInline(),
		cspFirst(),
		starlight({
			title: 'Coaching Workbook',
			description: 'Learn coaching models phase by phase and work through them in worksheets saved only in your browser.',
			customCss: ['./src/styles/site.css', './src/styles/print.css'],
			plugins: [offline()],
			// The question bank's "On this page" menu, built from the model data its headings come from.
			routeMiddleware: './src/route-data.ts',
			// Expressive Code renders code blocks, and no page has one.
			expressiveCode: false,
			// Overrides: sources under every page; the theme script and picker guarded against full,
			// disabled or damaged storage; a search button whose name holds the shortcut it shows.
			components: {
				MarkdownContent: './src/components/overrides/MarkdownContent.astro',
				ThemeProvider: './src/components/overrides/ThemeProvider.astro',
				ThemeSelect: './src/components/overrides/ThemeSelect.astro',
				Search: './src/components/overrides/Search.astro',
			},
			// English at the root (today's addresses), every other language under its prefix with the same slugs.
			defaultLocale: 'root',
			locales: Object.fromEntries(
				LANGUAGES.map(({ lang, label, prefix }) => [prefix || 'root', { label, lang: lang === DEFAULT_LANG ? 'en' : lang }]),
			),
			sidebar: siteSidebar(root),
		}),
		preact(),
	],
});
