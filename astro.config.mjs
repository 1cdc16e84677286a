// @ts-check
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import preact from '@astrojs/preact';
import { contentCheck } from './src/build/content-check/integration.ts';
import { modelSidebar } from './src/build/sidebar.ts';
import { starlightInlineScriptHashes } from './src/build/inline-hashes.ts';
import { offline } from './src/build/offline/integration.ts';

const root = fileURLToPath(new URL('.', import.meta.url));
const CORE_MODULES =
	/[\\/]src[\\/](store|islands[\\/]common|plan[\\/](record|dates|migrate|answers[\\/]))|[\\/]node_modules[\\/](nanostores|@nanostores|valibot)[\\/]/;
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
	// Component CSS as files, never inlined: Astro's CSP does not hash styles of components used in
	// MDX, and files cache across pages anyway.
	build: { inlineStylesheets: 'never' },
	// A Content Security Policy in every page: scripts and styles only from this site (by hash for
	// inline ones), so text from a shared plan can never run as code.
	// Style attributes (Starlight's icon sizes, our ruled lines) are allowed; inline style elements and
	// every script are not, unless hashed.
	security: {
		csp: {
			scriptDirective: { hashes: starlightInlineScriptHashes() },
			styleDirective: { resources: ["'self'", { resource: "'unsafe-inline'", kind: 'attribute' }] },
		},
	},
	vite: {
		build: {
			// Islands load the code after hydration by dynamic import; preloading those chunks would only
			// add Vite's preload helper to every island page.
			modulePreload: false,
			rolldownOptions: {
				output: {
					codeSplitting: {
						// What every island needs at once (the store, the answer model, the plan envelope and
						// their libraries) in one chunk, not six small ones. Codecs stay apart: they load on use.
						groups: [{ name: 'core', test: CORE_MODULES }],
					},
				},
			},
		},
	},
	integrations: [
		contentCheck(),
		starlight({
			title: 'Coaching Workbook',
			description: 'Learn coaching models phase by phase and work through them in worksheets saved only in your browser.',
			customCss: ['./src/styles/site.css', './src/styles/print.css'],
			plugins: [offline()],
			components: {
				MarkdownContent: './src/components/overrides/MarkdownContent.astro',
			},
			sidebar: [
				{
					label: 'Start here',
					items: [
						{ label: 'Choose a model', slug: '' },
						{ label: 'Compare the models', slug: 'compare' },
						{ label: 'How to run a session', slug: 'how-to-run-a-session' },
						{ label: 'A whole session, annotated', slug: 'a-whole-session' },
						{ label: 'Question bank', slug: 'questions' },
						{ label: 'My plans', link: '/plans/' },
						{ label: 'Send a worksheet to a client', link: '/coach/' },
					],
				},
				...modelSidebar(root),
				{
					label: 'Reference',
					items: [
						{ label: 'Glossary', slug: 'glossary' },
						{ label: 'Sources', slug: 'sources' },
						{ label: 'About and privacy', slug: 'about' },
					],
				},
			],
		}),
		preact(),
	],
});
