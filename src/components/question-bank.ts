import type { CollectionEntry } from 'astro:content';

/**
 * The question bank's headings, named once: the component renders them and Starlight's "On this page"
 * menu lists them (src/route-data.ts), so the menu always points at headings that exist.
 */
export const modelHeadingId = (model: string) => `qb-${model}`;
export const phaseHeadingId = (model: string, phase: string) => `qb-${model}-${phase}`;

/** Models in teaching order, as the question bank and the compare table show them. */
export const inTeachingOrder = (models: CollectionEntry<'models'>[]) => [...models].sort((a, b) => a.data.order - b.data.order);
