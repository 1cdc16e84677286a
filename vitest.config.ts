import { defineConfig } from 'vitest/config';

export default defineConfig({
	test: {
		projects: [
			{ test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], environment: 'node' } },
			{
				test: {
					name: 'browser',
					include: ['tests/browser/**/*.test.ts'],
					environment: 'node',
					globalSetup: ['tests/browser/setup/global.ts'],
					testTimeout: 60_000,
					hookTimeout: 120_000,
					// Failures print whole values (the console errors a page logged), so CI's one-line summary names the cause.
					chaiConfig: { truncateThreshold: 0 },
					// A page answers an action in its own time, later still on a loaded machine: reads after an action poll.
					expect: { poll: { timeout: 15_000 } },
					// One Chromium at a time: the machines have two cores.
					fileParallelism: false,
				},
			},
			{
				test: {
					name: 'engines',
					include: ['tests/engines/flows/**/*.test.ts'],
					environment: 'node',
					globalSetup: ['tests/engines/setup.ts'],
					testTimeout: 300_000,
					hookTimeout: 120_000,
					// One browser at a time: the machines have two cores. npm test runs this project after the others.
					fileParallelism: false,
				},
			},
		],
	},
});
