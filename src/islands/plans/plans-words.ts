/**
 * The catalog's namespaces My plans passes down (`coach` and `share` for the coach note and passphrase
 * prompt of a pasted link). Apart from the island, whose exports all ship to the browser.
 */
export const PLANS_WORDS = ['plans', 'storage', 'coach', 'share', 'link', 'export', 'print'] as const;
