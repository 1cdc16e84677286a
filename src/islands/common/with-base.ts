/**
 * Prefixes a root-absolute path with the site's base, so links work under a sub-path host. Components
 * and pages use it at build time, islands in the browser. Its own module, apart from `site-base.ts`,
 * which the worksheet's core chunk carries.
 */
export function withBase(path: string, base: string = import.meta.env.BASE_URL): string {
	if (!path.startsWith('/') || path.startsWith('//')) return path;
	return `${base.replace(/\/$/, '')}${path}`;
}
