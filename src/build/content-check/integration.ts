import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { findContentProblems } from './check';
import { loadRawContent } from './load';

/** Stops the build (and warns in dev) when content files are invalid or reference something missing. */
export function contentCheck(): AstroIntegration {
	let root = '';
	const problems = () => findContentProblems(loadRawContent(root));
	return {
		name: 'coaching-workbook:content-check',
		hooks: {
			'astro:config:setup': ({ config }) => {
				root = fileURLToPath(config.root);
			},
			'astro:build:start': () => {
				const found = problems();
				if (found.length)
					throw new Error(`Content has ${found.length} problem(s):\n  ${found.join('\n  ')}`);
			},
			'astro:server:start': ({ logger }) => {
				for (const line of problems()) logger.warn(line);
			},
		},
	};
}
