/** Where link data sits in an address: the worksheet page's fragment, which never reaches a server. */

/** Which kind of link a fragment holds. */
export type LinkKind = 'plan' | 'coach';

/**
 * The full link to open a worksheet with link data in its fragment.
 * @param baseUrl the site's origin and base, ending in `/`, e.g. `location.origin + import.meta.env.BASE_URL`.
 * @example shareUrl('https://example.org/sub/', 'grow', '1.abc', 'plan') // 'https://example.org/sub/worksheets/grow/#plan=1.abc'
 */
export function shareUrl(baseUrl: string, worksheetId: string, encoded: string, kind: LinkKind): string {
	const base = baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`;
	return `${base}worksheets/${encodeURIComponent(worksheetId)}/#${kind}=${encoded}`;
}

/**
 * Which link data a page's `location.hash` holds, or `null` when it holds none.
 * @example readFragment('#coach=1.abc') // { kind: 'coach', data: '1.abc' }
 */
export function readFragment(hash: string): { kind: LinkKind; data: string } | null {
	const match = /^#?(plan|coach)=(.*)$/s.exec(hash);
	return match ? { kind: match[1] as LinkKind, data: match[2] } : null;
}

/**
 * Longest link put into a `mailto:` address. Mail programs cut or refuse long addresses (some near
 * 2,000 characters), so a longer link is offered for copying only.
 */
export const MAIL_LIMIT = 1800;

/** A `mailto:` address with this subject and body, or `undefined` when `link` is too long to mail. */
export function mailtoFor(link: string, subject: string, body: string): string | undefined {
	return link.length <= MAIL_LIMIT ? `mailto:?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}` : undefined;
}
