/**
 * The catalog's namespaces the coach page passes down (the passphrase option is the share tools' own).
 * Apart from the island, whose exports all ship to the browser.
 */
export const COACH_WORDS = ['coach', 'link', 'share'] as const;
