/**
 * The catalog's namespaces the session page passes down: the session's own, and those of the components it
 * borrows (the worksheet's fields, the summary's share link, calendar file and link messages). Kept out
 * of the island's module, whose exports all ship to the browser.
 */
export const SESSION_WORDS = ['session', 'link', 'worksheet', 'fields', 'share', 'print', 'storage', 'coach', 'export'] as const;
