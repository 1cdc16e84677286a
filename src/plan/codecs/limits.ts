/**
 * Size limits for what visitors bring in from outside: plan files and share links.
 * Both come from strangers as often as from friends, so each is checked against a limit before it
 * is parsed or inflated; the limits sit far above any real plan and far below what hurts a phone.
 */

/**
 * Largest plan file read, in bytes (UTF-8), checked before `JSON.parse`.
 * Every plan lives in localStorage, which browsers cap at about 5 MB per site; a "Download all plans"
 * file cannot hold more than that, and a bigger file could not be saved here anyway.
 */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;

/**
 * Longest share or coach link data read, in characters of the URL fragment after `#plan=` / `#coach=`.
 * Browsers accept fragments of megabytes, but chat apps, mail clients and link shorteners cut long
 * links; 32,000 characters (about 24 kB deflated, 100 kB or more of typed text) carries a very full
 * plan, and a longer plan is better sent as a file.
 */
export const MAX_LINK_CHARS = 32_000;

/**
 * Most bytes a share link may inflate to. A 32,000-character link of deflated text rarely inflates
 * past 10 times its size (about 250 kB); deflate can reach 1,000 to 1, so without this cap a crafted
 * link could inflate to some 25 MB. Inflation stops as soon as the output passes this limit.
 */
export const MAX_INFLATED_BYTES = 1024 * 1024;

/**
 * Largest bundle file read (`codecs/bundle.ts`), in bytes, checked with `File.size` before it is read.
 * A bundle is deflated, so even 10,000 full plans stay well under this.
 */
export const MAX_BUNDLE_BYTES = 16 * 1024 * 1024;

/** Most bytes a bundle's contents may inflate to: twice what localStorage can hold in any browser. */
export const MAX_BUNDLE_INFLATED_BYTES = 64 * 1024 * 1024;

/** Most plans one bundle may hold. */
export const MAX_BUNDLE_PLANS = 50_000;
