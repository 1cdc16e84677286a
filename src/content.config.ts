import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { docsSchema } from '@astrojs/starlight/schema';
import { dialogueSchema } from './schemas/dialogue';
import { modelSchema } from './schemas/model';
import { pageSchema } from './schemas/page';
import { betterQuestionSchema, scenarioSchema } from './schemas/practice';
import { sourceSchema } from './schemas/source';
import { worksheetSchema } from './schemas/worksheet';
import { langFolders } from './build/lang-folders';

// Content lives at the top-level `content/` so writers never touch `src/`.
// Cross-references between collections are checked by `src/build/content-check` at build start.
export const collections = {
	docs: defineCollection({
		loader: glob({ pattern: '**/*.{md,mdx}', base: './content/docs' }),
		schema: docsSchema({ extend: pageSchema }),
	}),
	models: defineCollection({
		loader: glob({ pattern: '*.yaml', base: './content/models' }),
		schema: modelSchema,
	}),
	worksheets: defineCollection({
		loader: glob({ pattern: '*.yaml', base: './content/worksheets' }),
		schema: worksheetSchema,
	}),
	// One YAML file per dialogue; the id is the path under content/dialogues ("grow/goal").
	dialogues: defineCollection({
		loader: glob({ pattern: ['**/*.yaml', `!${langFolders}/**`], base: './content/dialogues' }),
		schema: dialogueSchema,
	}),
	sources: defineCollection({
		loader: file('./content/sources.yaml'),
		schema: sourceSchema,
	}),
	// Drill items written for practice; the other drills are generated from the models (`src/plan/practice`).
	betterQuestions: defineCollection({
		loader: file('./content/practice/better-questions.yaml'),
		schema: betterQuestionSchema,
	}),
	scenarios: defineCollection({
		loader: file('./content/practice/scenarios.yaml'),
		schema: scenarioSchema,
	}),
	// Other languages' texts of models, worksheets, dialogues and practice items (`models/es/grow`), each
	// mirroring its English twin; the build start checks them, and `components/content-in.ts` lays them over.
	translations: defineCollection({
		loader: glob({ pattern: `{models,worksheets,dialogues,practice}/${langFolders}/**/*.yaml`, base: './content' }),
	}),
};
