// @ts-check
import nodeDestination from 'astro/logger/node';

/**
 * Warnings every build printed that say nothing wrong about this site, each matched exactly with why it
 * is harmless. Everything else, every other warning included, is printed as Astro prints it.
 */
const KNOWN_HARMLESS = [
	{
		label: 'content',
		text: 'The collection "i18n" does not exist or is empty.',
		// Starlight asks for its optional `i18n` collection (translated UI strings) on every build and means
		// to hush this very warning by stubbing console.warn around the call (utils/translations.js), but
		// Astro 7 logs warnings through console.info, so the stub misses. The site has no translations.
	},
	{
		label: 'build',
		text: 'Could not render `/404` from route `/[...slug]` as it conflicts with higher priority route `/404`.',
		// Starlight's catch-all docs route lists every page of the docs collection, content/docs/404.mdx
		// included, and its own /404 route renders that same page into dist/404.html. The higher-priority
		// route wins, as intended; the page is built once.
	},
];

/**
 * Astro's Node log destination minus the known-harmless warnings above.
 * @param {Record<string, unknown> | undefined} config
 */
export default function quietLogger(config) {
	const destination = nodeDestination(config);
	return {
		/** @param {{ level: string; label: string | null; message: string }} event */
		write(event) {
			if (event.level === 'warn' && KNOWN_HARMLESS.some((known) => event.label === known.label && event.message.includes(known.text))) return;
			destination.write(/** @type {any} */ (event));
		},
	};
}
