import { z } from 'astro/zod';

/** One published work the site relies on; pages cite it by `id`. */
export const sourceSchema = z.object({
	/**
	 * Stable id that pages and models cite.
	 * @example 'whitmore-coaching-for-performance'
	 */
	id: z.string().regex(/^[a-z0-9-]+$/, 'use lowercase letters, digits and hyphens'),
	/** Title of the work as published. */
	title: z.string().min(1),
	/** Author or publishing organisation. */
	author: z.string().min(1),
	/** Year of publication (or of the version consulted). */
	year: z.number().int().optional(),
	/** Where it appeared: publisher, journal with volume and issue, or website. */
	publisher: z.string().optional(),
	/** Public address, when the work is online. */
	url: z.url().optional(),
	/** What the site takes from it, or a caution about it, in a sentence. */
	note: z.string().optional(),
});

export type Source = z.infer<typeof sourceSchema>;
