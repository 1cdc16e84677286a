import { z } from 'astro/zod';

/** Frontmatter fields our pages add to Starlight's own. */
export const pageSchema = z.object({
	/** Id of the model this page explains. @example 'grow' */
	model: z.string().optional(),
	/** Id of the phase this page explains; absent on a model's overview page. @example 'goal' */
	phase: z.string().optional(),
	/** Ids from `content/sources.yaml` that this page relies on; listed at the foot of the page. */
	sources: z.array(z.string()).default([]),
	/** Id of a worksheet from `content/worksheets/` that this page embeds. */
	worksheet: z.string().optional(),
});

export type PageData = z.infer<typeof pageSchema>;
