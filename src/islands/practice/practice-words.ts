/** The catalog's namespaces the practice page passes down. Apart from the island, whose exports all ship to the browser. */
export const PRACTICE_WORDS = ['practice'] as const;
