// Apart from the island, whose code would otherwise carry this list to the browser for nothing.
/**
 * The namespaces the worksheet's page passes: its own, its fields', sharing and print, and those of the
 * parts it shows from other islands (the coach's note) and of the stores and codecs whose messages it shows.
 */
export const WORKSHEET_WORDS = ['worksheet', 'fields', 'share', 'print', 'coach', 'storage', 'link', 'export'] as const;
