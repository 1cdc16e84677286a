/** The site's address with its base path, ending in `/` (for links people take elsewhere). */
export function siteBase(): string {
	return new URL(import.meta.env.BASE_URL, location.origin).href;
}
