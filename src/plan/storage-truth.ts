/**
 * What the visitor is told when the browser has not promised to keep the site's data: in one or two
 * plain sentences for that browser, what may delete the plans and what prevents it. Shared by My
 * plans and the worksheet's first save.
 */

/** What the page knows of the browser. */
export interface BrowserStorageFacts {
	/** `navigator.storage.persisted()`: true when the browser promised to keep the data; null when it did not say. */
	persisted: boolean | null;
	/** Opened as an installed app (display-mode standalone, or iOS's `navigator.standalone`). */
	standalone: boolean;
	/** Safari or any iPhone/iPad browser (all use WebKit's storage rules). */
	safari: boolean;
}

/**
 * Whether a user agent is Safari's engine with its seven-day rule: Safari itself, or any browser on iOS.
 * The other browsers' names are matched inside words too: headless Chromium says "HeadlessChrome/".
 */
export const isSafariAgent = (userAgent: string): boolean =>
	/\b(iPhone|iPad|iPod)\b/.test(userAgent) || (/\bSafari\//.test(userAgent) && !/(Chrome|Chromium|CriOS|FxiOS|Edg|OPR|Android)\//.test(userAgent));

/** The catalog key of the sentences to show, or null: nothing to say when storage is persistent or the site is installed. */
export function storageTruth(facts: BrowserStorageFacts): 'common.truth-safari' | 'common.truth-browser' | null {
	if (facts.persisted === true || facts.standalone) return null;
	return facts.safari ? 'common.truth-safari' : 'common.truth-browser';
}
